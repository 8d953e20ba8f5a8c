package trainer_test

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/ollamatest"
	"github.com/domainyours/domainyours/internal/trainer"
)

// fakeDir holds the fake trainer built once for the package's tests.
var fakeDir string

func TestMain(m *testing.M) {
	code := func() int {
		dir, err := os.MkdirTemp("", "faketrainer-")
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		defer os.RemoveAll(dir)
		fakeDir = dir
		return m.Run()
	}()
	os.Exit(code)
}

// fakeScript is the fake trainer's behaviour (see testdata/faketrainer).
type fakeScript struct {
	Mode       string    `json:"mode,omitempty"`
	CrashAfter int       `json:"crash_after,omitempty"`
	TrainLoss  []float64 `json:"train_loss,omitempty"`
	ValLoss    []float64 `json:"val_loss,omitempty"`
	DivergeAt  int       `json:"diverge_at,omitempty"`
	StepMS     int       `json:"step_ms,omitempty"`
	EnvDump    string    `json:"env_dump,omitempty"`
	ArgsDump   string    `json:"args_dump,omitempty"`
	ChildPID   string    `json:"child_pid,omitempty"`
	SkipEvery  int       `json:"skip_every,omitempty"`
}

var builtFake string

// fakeTrainer builds the fake (once) and copies it into a test folder with
// its script beside it; it returns the executable's path.
func fakeTrainer(t testing.TB, s fakeScript) string {
	t.Helper()
	if builtFake == "" {
		out := filepath.Join(fakeDir, "faketrainer")
		if runtime.GOOS == "windows" {
			out += ".exe"
		}
		cmd := exec.Command("go", "build", "-o", out, "./testdata/faketrainer")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("build the fake trainer: %v\n%s", err, b)
		}
		builtFake = out
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "llama-finetune-lora")
	copyExe(t, builtFake, bin)
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bin+".json", b, 0o644); err != nil {
		t.Fatal(err)
	}
	return bin
}

func setScript(t *testing.T, bin string, s fakeScript) {
	t.Helper()
	b, _ := json.Marshal(s)
	if err := os.WriteFile(bin+".json", b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyExe(t testing.TB, src, dst string) {
	t.Helper()
	in, err := os.Open(src)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// project lays out data/ (a copy of the seed dataset as version v1, and
// the test set) and a tiny base model, and returns a Config for them.
func project(t testing.TB, bin string) trainer.Config {
	t.Helper()
	root := t.TempDir()
	data := filepath.Join(root, "data")
	if err := os.MkdirAll(data, 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, "../../data/dataset_v1.csv", filepath.Join(data, "dataset_v1.csv"))
	copyFile(t, "../../data/test_set.csv", filepath.Join(data, "test_set.csv"))
	base := filepath.Join(root, "tiny.gguf")
	if err := ollamatest.WriteTinyModel(base, ollamatest.TinySeed); err != nil {
		t.Fatal(err)
	}
	h := trainer.DefaultHyper()
	h.Epochs = 6
	return trainer.Config{
		Version: "v1", DataDir: data, ModelsDir: filepath.Join(root, "models"),
		TestSet: filepath.Join(data, "test_set.csv"), TrainerBin: bin, BaseGGUF: base, Hyper: h,
		Log: &strings.Builder{}, Grace: 2 * time.Second,
	}
}

func copyFile(t testing.TB, src, dst string) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
