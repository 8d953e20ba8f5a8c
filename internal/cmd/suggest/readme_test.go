package suggest_test

import (
	"os"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/cmd/clitest"
)

// README's table of examples shows what the offline default answers for
// each description with --seed 1; the `make run` row runs as make run does,
// without --seed (whose default is 1, so the column header holds for it too). A guardrail or generator change that alters an answer must
// update the table: one example was refused for a whole session while the
// table still showed names for it.
func TestREADMEExamplesTable(t *testing.T) {
	readme, err := os.ReadFile("../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(readme), "| Description | v1 (before) | now (`--seed 1`) |\n|---|---|---|\n")
	if !ok {
		t.Fatal("README.md has no examples table headed | Description | v1 (before) | now (`--seed 1`) |")
	}
	table, _, _ = strings.Cut(table, "\n\n")
	rows := 0
	for line := range strings.SplitSeq(table, "\n") {
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		if len(cells) != 3 {
			t.Fatalf("README table row %q has %d cells, want 3", line, len(cells))
		}
		rows++
		desc, want := cells[0], cells[2]
		args := []string{"suggest", "--backend", "builtin", "--seed", "1"}
		if d, ok := strings.CutSuffix(desc, " (`make run`)"); ok {
			desc, args = d, []string{"suggest", "--backend", "builtin"}
		}
		r := clitest.Run(t, nil, append(args, desc)...)
		got := strings.Join(strings.Fields(r.Stdout), " ")
		if r.Code != 0 || got != want {
			t.Errorf("%q: exit %d, names %q; README shows %q\n%s", desc, r.Code, got, want, r.Stderr)
		}
	}
	if rows < 5 {
		t.Errorf("README's examples table has %d rows, want the issue's five examples at least", rows)
	}
}
