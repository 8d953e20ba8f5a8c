#!/usr/bin/env bash
# Builds the llama.cpp trainers domainyours runs (llama-finetune-lora, llama-export-lora and
# llama-finetune) from the qvac-fabric-llm.cpp fork at a pinned commit, and caches them.
#
# Usage: scripts/build-trainer.sh [--gpu cuda|vulkan|metal]      (make trainer [GPU=cuda])
# Env:   DOMAINYOURS_TRAINER_SRC  a local checkout to build as it is (a folder with CMakeLists.txt),
#                                 or a mirror (git URL or repository path) to clone the pinned
#                                 commit from, instead of TRAINER_REPO
#        DOMAINYOURS_CACHE        cache root (default: $HOME/.cache/domainyours)
#        GPU                      as --gpu
#        JOBS                     parallel build jobs (default: the number of CPUs)
# Output: under $DOMAINYOURS_CACHE/trainer/<commit>/<cpu|cuda|vulkan|metal>/, the three programs,
#         statically linked, and domainyours-trainer.json (repository, commit, GPU backend), which
#         train records in each manifest. stdout ends with the lines to set, the last one being
#         DOMAINYOURS_TRAINER=...; a second run with the same source reuses the build.
set -euo pipefail

# The trainer's source: the one place the repository and commit are named. This commit of
# 2026-03-14 trained, early-stopped, resumed and merged with domainyours (issue 14).
readonly TRAINER_REPO="https://github.com/tetherto/qvac-fabric-llm.cpp"
readonly TRAINER_COMMIT="57d4c9849a2dff5118843cc9e675b006d8493e04"
readonly TARGETS=(llama-finetune-lora llama-export-lora llama-finetune)

log() { printf 'build-trainer: %s\n' "$*" >&2; }
die() {
	printf 'build-trainer: error: %s\n' "$*" >&2
	exit "${2:-1}"
}

gpu=${GPU:-}
while [[ $# -gt 0 ]]; do
	case $1 in
	--gpu) [[ $# -ge 2 ]] || die "--gpu needs a value: cuda, vulkan or metal" 2; gpu=$2; shift 2 ;;
	--gpu=*) gpu=${1#--gpu=}; shift ;;
	-h | --help) sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
	*) die "unknown argument '$1'; usage: scripts/build-trainer.sh [--gpu cuda|vulkan|metal]" 2 ;;
	esac
done
cmake_gpu=()
case $gpu in
"" | cpu) gpu=cpu ;;
cuda) cmake_gpu=(-DGGML_CUDA=ON) ;;
vulkan) cmake_gpu=(-DGGML_VULKAN=ON) ;;
metal) cmake_gpu=(-DGGML_METAL=ON) ;;
*) die "--gpu '$gpu' is not cuda, vulkan or metal (leave it out for a CPU build)" 2 ;;
esac

# Prerequisites first, each with how to get it.
command -v cmake >/dev/null 2>&1 ||
	die "cmake is not installed; install it (Debian/Ubuntu: apt-get install -y cmake; macOS: brew install cmake) and run this again"
cxx=${CXX:-}
if [[ -z $cxx ]]; then
	for c in c++ g++ clang++; do
		if command -v "$c" >/dev/null 2>&1; then cxx=$c; break; fi
	done
fi
[[ -n $cxx ]] && command -v "$cxx" >/dev/null 2>&1 ||
	die "no C++ compiler found; install one (Debian/Ubuntu: apt-get install -y build-essential; macOS: xcode-select --install) and run this again"
case $gpu in
cuda) command -v nvcc >/dev/null 2>&1 || log "warning: nvcc is not on PATH; the CUDA build needs the CUDA toolkit" ;;
vulkan) command -v glslc >/dev/null 2>&1 || log "warning: glslc is not on PATH; the Vulkan build needs the Vulkan SDK (Debian: apt-get install -y libvulkan-dev glslc)" ;;
esac

cache_root=${DOMAINYOURS_CACHE:-${HOME:?HOME is unset; set DOMAINYOURS_CACHE instead}/.cache/domainyours}
src=${DOMAINYOURS_TRAINER_SRC:-}
repo=$TRAINER_REPO
commit=$TRAINER_COMMIT
local_tree=
if [[ -n $src && -f $src/CMakeLists.txt ]]; then
	# A local checkout is built as it is, out of tree. A clean git checkout is named by its
	# commit; anything else by a hash of its files, so an edit makes a new build.
	local_tree=$(cd -- "$src" && pwd)
	# Recorded in manifests: a remote's URL, never a local path.
	repo=$(git -C "$local_tree" remote get-url origin 2>/dev/null || echo "local checkout")
	if git -C "$local_tree" rev-parse --git-dir >/dev/null 2>&1 && [[ -z $(git -C "$local_tree" status --porcelain) ]]; then
		commit=$(git -C "$local_tree" rev-parse HEAD)
		[[ $commit == "$TRAINER_COMMIT" ]] || log "note: $local_tree is at $commit, not the pinned $TRAINER_COMMIT"
	else
		sum=$(cd -- "$local_tree" && find . -type f -not -path './.git/*' -not -path './build/*' -print0 | LC_ALL=C sort -z |
			xargs -0 sha256sum | sha256sum)
		commit="local-${sum:0:12}"
	fi
fi
fetch_from=${src:-$TRAINER_REPO}

dest_parent="$cache_root/trainer/$commit"
dest="$dest_parent/$gpu"
print_vars() {
	printf 'DOMAINYOURS_EXPORT_LORA=%s\n' "$dest/llama-export-lora"
	printf 'DOMAINYOURS_FINETUNE=%s\n' "$dest/llama-finetune"
	printf 'DOMAINYOURS_TRAINER=%s\n' "$dest/llama-finetune-lora"
}
complete() {
	local t
	for t in "${TARGETS[@]}"; do [[ -x "$dest/$t" ]] || return 1; done
	[[ -f "$dest/domainyours-trainer.json" ]]
}
if complete; then
	log "reusing the build in $dest"
	print_vars
	exit 0
fi

mkdir -p "$dest_parent" || die "cannot create $dest_parent"
# The work folder sits beside the destination so the final rename stays on one filesystem.
work=$(mktemp -d "$dest_parent/.build.XXXXXX") || die "cannot create a temporary folder in $dest_parent"
trap 'rm -rf -- "$work"' EXIT

if [[ -n $local_tree ]]; then
	source_dir=$local_tree
else
	command -v git >/dev/null 2>&1 || die "git is not installed; install it (apt-get install -y git) or set DOMAINYOURS_TRAINER_SRC to a local checkout"
	log "fetching $commit from $fetch_from"
	source_dir="$work/src"
	git init -q "$source_dir" || die "git init failed"
	git -C "$source_dir" fetch -q --depth 1 "$fetch_from" "$commit" >&2 2>&1 ||
		git -C "$source_dir" fetch -q "$fetch_from" >&2 2>&1 ||
		die "cannot fetch from $fetch_from; with no network, clone $TRAINER_REPO elsewhere and set DOMAINYOURS_TRAINER_SRC to the checkout or a mirror"
	git -C "$source_dir" -c advice.detachedHead=false checkout -q "$commit" 2>/dev/null ||
		die "$fetch_from has no commit $commit; point DOMAINYOURS_TRAINER_SRC at a mirror of $TRAINER_REPO that has it"
fi

jobs=${JOBS:-$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)}
log "configuring ($gpu) in $work/build"
# Static libraries: the programs then run from the cache folder alone, with no libllama or
# libggml beside them and no library path to set.
cmake -S "$source_dir" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER="$cxx" \
	-DLLAMA_CURL=OFF -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_SERVER=OFF -DBUILD_SHARED_LIBS=OFF \
	"${cmake_gpu[@]}" >&2 || die "cmake could not configure $source_dir; its output is above"
log "building ${TARGETS[*]} with $jobs jobs (about 10 minutes on 2 cores for the real source)"
start=$SECONDS
cmake --build "$work/build" --config Release --parallel "$jobs" --target "${TARGETS[@]}" >&2 ||
	die "the build failed; the compiler output is above"

mkdir -p "$work/out"
for t in "${TARGETS[@]}"; do
	found=
	for d in "$work/build/bin" "$work/build/bin/Release" "$work/build"; do
		if [[ -x "$d/$t" ]]; then found=$d/$t; break; fi
	done
	[[ -n $found ]] || die "the build finished but $t is not in $work/build/bin"
	cp -- "$found" "$work/out/$t"
	"$work/out/$t" --version >/dev/null 2>&1 || die "$t was built but does not run (a missing shared library?): try '$work/out/$t --version'"
done
printf '{"repo": "%s", "commit": "%s", "gpu": "%s"}\n' "$repo" "$commit" "$gpu" >"$work/out/domainyours-trainer.json"
rm -rf -- "$dest"
mv -- "$work/out" "$dest" || die "cannot move the build to $dest"
log "built $dest in $((SECONDS - start))s"
print_vars
