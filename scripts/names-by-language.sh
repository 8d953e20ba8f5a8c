#!/usr/bin/env bash
# names-by-language.sh BASE [LANG] : builds the built-in generator at git
# revision BASE and at the working tree, runs both over every description of
# the judged naming batches (docs/eval/namegen-blind*/) in language LANG
# ("en" by default; "xx" = every other language) and prints the
# descriptions whose five names differ. Exit 1 when any differ.
#
# A change meant for French, Spanish, German, Portuguese and Italian
# descriptions must leave English names unchanged:
#   scripts/names-by-language.sh main en
set -euo pipefail
base=${1:?usage: names-by-language.sh BASE [LANG]}
lang=${2:-en}
root=$(git rev-parse --show-toplevel)
tmp=$(mktemp -d)
trap 'git -C "$root" worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git -C "$root" worktree add --detach "$tmp/base" "$base" >/dev/null 2>&1
(cd "$tmp/base" && go build -o "$tmp/ng-base" ./cmd/domainyours)
(cd "$root" && go build -o "$tmp/ng-head" ./cmd/domainyours)
python3 - "$root/docs/eval" "$lang" >"$tmp/desc.txt" <<'PY'
import csv, glob, sys
root, lang = sys.argv[1], sys.argv[2]
seen = set()
for f in sorted(glob.glob(root + "/namegen-blind*/**/*.csv", recursive=True)):
    for r in csv.DictReader(open(f, encoding="utf-8")):
        d, l = r.get("description"), r.get("language", "")
        if not d or d in seen or (l == "en") != (lang == "en") or (lang not in ("en", "xx") and l != lang):
            continue
        seen.add(d)
        print(d.replace("\n", " "))
PY
for b in base head; do
  "$tmp/ng-$b" suggest --backend builtin --seed 1 --count 5 --file - <"$tmp/desc.txt" >"$tmp/$b.jsonl" 2>/dev/null || true
done
python3 - "$tmp/base.jsonl" "$tmp/head.jsonl" <<'PY'
import json, sys
def names(path):
    out = []
    for line in open(path, encoding="utf-8"):
        o = json.loads(line)
        out.append((o["description"], " ".join(s["name"] for s in o.get("suggestions") or []) or "ERROR " + str(o.get("error", ""))[:60]))
    return out
a, b = names(sys.argv[1]), names(sys.argv[2])
diff = [(x[0], x[1], y[1]) for x, y in zip(a, b) if x[1] != y[1]]
for d, x, y in diff:
    print(d[:140], "\n   -", x, "\n   +", y)
print(f"{len(diff)} of {len(a)} descriptions have different names")
sys.exit(1 if diff or len(a) != len(b) else 0)
PY
