package trainer_test

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/trainer"
)

// fakeTrainerSource is a source tree shaped like llama.cpp's for
// scripts/build-trainer.sh: a CMakeLists that builds the three programs (a
// C++ stub each, which answers --version) into build/bin, and logs each
// configure run with the options it got beside the tree.
var fakeTrainerSource = map[string]string{
	"CMakeLists.txt": `cmake_minimum_required(VERSION 3.13)
project(faketrainer CXX)
set(CMAKE_RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/bin)
file(APPEND ${CMAKE_SOURCE_DIR}/../configured.log "vulkan=${GGML_VULKAN} cuda=${GGML_CUDA} shared=${BUILD_SHARED_LIBS} curl=${LLAMA_CURL} tests=${LLAMA_BUILD_TESTS} server=${LLAMA_BUILD_SERVER} type=${CMAKE_BUILD_TYPE}\n")
foreach(t llama-finetune-lora llama-export-lora llama-finetune other-tool)
  add_executable(${t} stub.cpp)
  target_compile_definitions(${t} PRIVATE NAME="${t}")
endforeach()
`,
	"stub.cpp": `#include <cstdio>
#include <cstring>
int main(int argc, char **argv) {
	if (argc > 1 && std::strcmp(argv[1], "--version") == 0) {
		std::fprintf(stderr, "version: 1 (0123abc) %s\n", NAME);
		return 0;
	}
	std::printf("%s\n", NAME);
	return 0;
}
`,
}

type scriptRun struct {
	code           int
	stdout, stderr string
}

func buildTrainer(t *testing.T, env []string, args ...string) scriptRun {
	t.Helper()
	cmd := exec.Command("/bin/bash", append([]string{"../../scripts/build-trainer.sh"}, args...)...)
	cmd.Env = env
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	r := scriptRun{stdout: out.String(), stderr: errOut.String()}
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return r
}

// make trainer builds the three programs from a local source tree into the
// cache, prints the variables to set, reuses the build the second time,
// passes the GPU option to cmake, and says what is missing and how to get it.
func TestBuildTrainerScript(t *testing.T) {
	if _, err := exec.LookPath("cmake"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("cmake is not installed; .ci/run installs it")
		}
		t.Skip("cmake is not installed (apt-get install -y cmake); .ci/run installs it")
	}
	root := t.TempDir()
	src := filepath.Join(root, "src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, body := range fakeTrainerSource {
		if err := os.WriteFile(filepath.Join(src, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cache := filepath.Join(root, "cache")
	env := []string{"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=" + root, "DOMAINYOURS_CACHE=" + cache, "DOMAINYOURS_TRAINER_SRC=" + src, "JOBS=1"}
	configured := func() []string {
		b, _ := os.ReadFile(filepath.Join(root, "configured.log"))
		return strings.Split(strings.TrimSpace(string(b)), "\n")
	}

	r := buildTrainer(t, env)
	if r.code != 0 {
		t.Fatalf("code %d\nstderr:\n%s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	last := lines[len(lines)-1]
	bin, ok := strings.CutPrefix(last, "DOMAINYOURS_TRAINER=")
	if !ok || len(lines) != 3 || !strings.HasPrefix(bin, filepath.Join(cache, "trainer", "local-")) || !strings.HasSuffix(bin, "/cpu/llama-finetune-lora") {
		t.Fatalf("stdout:\n%s", r.stdout)
	}
	dir := filepath.Dir(bin)
	for _, line := range lines {
		k, path, _ := strings.Cut(line, "=")
		out, err := exec.Command(path).Output()
		if err != nil || strings.TrimSpace(string(out)) != filepath.Base(path) || filepath.Dir(path) != dir {
			t.Errorf("%s: %s ran with %q, %v", k, path, out, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "other-tool")); !os.IsNotExist(err) {
		t.Errorf("a target that was not asked for was installed: %v", err)
	}
	var rec trainer.BuildRecord
	b, err := os.ReadFile(filepath.Join(dir, trainer.BuildRecordFile))
	if err != nil || json.Unmarshal(b, &rec) != nil || rec.GPU != "cpu" || rec.Repo != "local checkout" || rec.Commit != filepath.Base(filepath.Dir(dir)) {
		t.Errorf("build record %s: %+v (%v)", b, rec, err)
	}
	if got := configured(); len(got) != 1 || got[0] != "vulkan= cuda= shared=OFF curl=OFF tests=OFF server=OFF type=Release" {
		t.Errorf("cmake options: %q", got)
	}

	// Idempotent: the second run reuses the build without configuring.
	r = buildTrainer(t, env)
	if r.code != 0 || !strings.HasSuffix(strings.TrimSpace(r.stdout), last) || !strings.Contains(r.stderr, "reusing") || len(configured()) != 1 {
		t.Errorf("second run: code %d, configured %d times\nstdout:\n%s\nstderr:\n%s", r.code, len(configured()), r.stdout, r.stderr)
	}

	// GPU=vulkan (make trainer GPU=vulkan) passes ggml's option, into its own folder.
	r = buildTrainer(t, append(env, "GPU=vulkan"))
	if r.code != 0 || !strings.HasSuffix(strings.TrimSpace(r.stdout), "/vulkan/llama-finetune-lora") {
		t.Fatalf("GPU=vulkan: code %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
	}
	if got := configured(); len(got) != 2 || !strings.HasPrefix(got[1], "vulkan=ON cuda= ") {
		t.Errorf("cmake options with --gpu vulkan: %q", got)
	}

	for _, tc := range []struct {
		name string
		env  []string
		args []string
		code int
		want string
	}{
		{"unknown GPU", env, []string{"--gpu", "rocm"}, 2, "is not cuda, vulkan or metal"},
		{"unknown argument", env, []string{"--fast"}, 2, "unknown argument"},
		{"no cmake", append(append([]string{}, env...), "PATH=/nonexistent"), nil, 1, "cmake is not installed; install it (Debian/Ubuntu: apt-get install -y cmake"},
		{"no C++ compiler", append(append([]string{}, env...), "CXX=/nonexistent/c++"), nil, 1, "no C++ compiler found; install one (Debian/Ubuntu: apt-get install -y build-essential"},
	} {
		r := buildTrainer(t, tc.env, tc.args...)
		if r.code != tc.code || !strings.Contains(r.stderr, tc.want) || r.stdout != "" {
			t.Errorf("%s: code %d, want %d\nstdout: %s\nstderr:\n%s", tc.name, r.code, tc.code, r.stdout, r.stderr)
		}
	}
}

// A mirror is cloned at the pinned commit; one that lacks it is refused
// with the commit named, before anything is built.
func TestBuildTrainerScriptMirrorWithoutThePinnedCommit(t *testing.T) {
	if _, err := exec.LookPath("cmake"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("cmake is not installed; .ci/run installs it")
		}
		t.Skip("cmake is not installed (apt-get install -y cmake); .ci/run installs it")
	}
	root := t.TempDir()
	src := filepath.Join(root, "work")
	os.MkdirAll(src, 0o755)
	for name, body := range fakeTrainerSource {
		os.WriteFile(filepath.Join(src, name), []byte(body), 0o644)
	}
	mirror := filepath.Join(root, "mirror.git")
	for _, args := range [][]string{{"init", "-q", src}, {"-C", src, "add", "."}, {"-C", src, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "fake"},
		{"clone", "-q", "--bare", src, mirror}} {
		if b, err := exec.Command("git", args...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, b)
		}
	}
	env := []string{"PATH=/usr/local/bin:/usr/bin:/bin", "HOME=" + root, "DOMAINYOURS_CACHE=" + filepath.Join(root, "cache"), "DOMAINYOURS_TRAINER_SRC=" + mirror}
	r := buildTrainer(t, env)
	if r.code != 1 || !strings.Contains(r.stderr, "has no commit 57d4c9849a2dff5118843cc9e675b006d8493e04") {
		t.Errorf("code %d\nstderr:\n%s", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(root, "configured.log")); !os.IsNotExist(err) {
		t.Error("cmake ran on a mirror without the pinned commit")
	}
}
