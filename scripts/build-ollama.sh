#!/usr/bin/env bash
# Builds the Ollama server pinned by go.mod from the Go module proxy and caches it.
#
# The tests in internal/ollamatest start this binary; no prebuilt download is possible in CI,
# so it is compiled from source. The module zip omits the C/C++ headers Ollama vendors
# (nlohmann/json, stb, miniaudio), so they come from Debian and from the malgo Go module.
#
# Usage: scripts/build-ollama.sh
# Env:   DOMAINYOURS_CACHE   cache root (default: $HOME/.cache/domainyours)
# Output: the path of the server binary, as the last line of stdout.
set -euo pipefail

# Pinned source of miniaudio.h; Ollama v0.17.4 compiles against this release's copy.
readonly MALGO_MODULE="github.com/gen2brain/malgo@v0.11.24"

log() { printf 'build-ollama: %s\n' "$*" >&2; }
die() {
	printf 'build-ollama: error: %s\n' "$*" >&2
	exit 1
}

script_dir=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd -- "$script_dir/.." && pwd)

command -v go >/dev/null 2>&1 || die "go is not on PATH; install the Go toolchain named in go.mod first"

version=$(cd "$repo_root" && go list -m -f '{{.Version}}' github.com/ollama/ollama) ||
	die "cannot read the github.com/ollama/ollama version from $repo_root/go.mod"
[[ -n "$version" ]] || die "go.mod does not require github.com/ollama/ollama"

cache_root=${DOMAINYOURS_CACHE:-${HOME:?HOME is unset; set DOMAINYOURS_CACHE instead}/.cache/domainyours}
dest_dir="$cache_root/ollama-$version"
dest="$dest_dir/ollama"

if [[ -x "$dest" ]]; then
	printf '%s\n' "$dest"
	exit 0
fi

if ! command -v cc >/dev/null 2>&1 || ! command -v c++ >/dev/null 2>&1; then
	die "a C and C++ compiler are needed (cgo); install them with: apt-get install -y build-essential"
fi

# Debian ships nlohmann/json and stb; install them only when their headers are missing.
if [[ ! -f /usr/include/nlohmann/json.hpp || ! -f /usr/include/stb/stb_image.h ]]; then
	apt_prefix=()
	if [[ $(id -u) -ne 0 ]]; then
		command -v sudo >/dev/null 2>&1 ||
			die "headers missing and not root: run 'apt-get install -y nlohmann-json3-dev libstb-dev' as root"
		apt_prefix=(sudo)
	fi
	log "installing nlohmann-json3-dev and libstb-dev with apt-get"
	"${apt_prefix[@]}" apt-get update -qq ||
		die "apt-get update failed; check the Debian mirror, then re-run this script"
	DEBIAN_FRONTEND=noninteractive "${apt_prefix[@]}" apt-get install -y -qq nlohmann-json3-dev libstb-dev >&2 ||
		die "apt-get install nlohmann-json3-dev libstb-dev failed"
fi

mkdir -p "$dest_dir" || die "cannot create cache directory $dest_dir"
# The work folder sits beside the destination so the final rename stays on one filesystem.
work=$(mktemp -d "$dest_dir/.build.XXXXXX") || die "cannot create a temporary folder in $dest_dir"
trap 'rm -rf -- "$work"' EXIT

# A throwaway module keeps the download from touching any go.mod above the cache folder.
printf 'module buildollama\n' >"$work/go.mod"
malgo_dir=$(cd "$work" && GOWORK=off go mod download -json "$MALGO_MODULE" |
	sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p') ||
	die "go mod download $MALGO_MODULE failed; check GOPROXY"
[[ -f "$malgo_dir/miniaudio.h" ]] || die "miniaudio.h not found in $MALGO_MODULE (looked in '$malgo_dir')"
# A fixed include path keeps CGO_CPPFLAGS, and so Go's build cache key, the same across runs.
include_dir="$dest_dir/include"
mkdir -p "$include_dir/miniaudio"
cp "$malgo_dir/miniaudio.h" "$include_dir/miniaudio/miniaudio.h"

log "compiling github.com/ollama/ollama@$version (several minutes on 2 cores)"
start=$SECONDS
(
	cd "$work"
	CGO_ENABLED=1 \
		CGO_CPPFLAGS="-I/usr/include/stb -I$include_dir${CGO_CPPFLAGS:+ $CGO_CPPFLAGS}" \
		GOBIN="$work/bin" GOWORK=off \
		go install -ldflags="-X github.com/ollama/ollama/version.Version=${version#v}" \
		"github.com/ollama/ollama@$version"
) || die "go install github.com/ollama/ollama@$version failed; the compiler output is above"

[[ -x "$work/bin/ollama" ]] || die "go install finished but $work/bin/ollama is missing"
mv -f -- "$work/bin/ollama" "$dest" || die "cannot move the binary to $dest"
log "built $dest in $((SECONDS - start))s"
printf '%s\n' "$dest"
