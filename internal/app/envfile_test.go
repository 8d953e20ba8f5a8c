package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/exitcode"
)

// README's precedence: the real environment wins over the .env file, which
// wins over the defaults; and the file's quoting, comments and export
// prefix reach the configuration.
func TestLoadConfigEnvironmentWinsOverDotenv(t *testing.T) {
	path := filepath.Join(t.TempDir(), "my.env")
	file := "# settings\nexport DOMAINYOURS_BACKEND=ollama\nDOMAINYOURS_MODEL='domainyours:v3' # pinned\nDOMAINYOURS_LOG_LEVEL=\"error\"\n"
	if err := os.WriteFile(path, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DOMAINYOURS_ENV_FILE": path, "DOMAINYOURS_BACKEND": "builtin"}
	cfg, err := loadConfig(func(k string) (string, bool) { v, ok := env[k]; return v, ok })
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][2]string{
		"DOMAINYOURS_BACKEND":   {"builtin", "environment"},
		"DOMAINYOURS_MODEL":     {"domainyours:v3", ".env"},
		"DOMAINYOURS_LOG_LEVEL": {"error", ".env"},
		"DOMAINYOURS_DATA_DIR":  {"data", "default"},
	} {
		if v, src := cfg.Source(name); v != want[0] || src != want[1] {
			t.Errorf("%s = %q from %s, want %q from %s", name, v, src, want[0], want[1])
		}
	}
}

// A malformed .env is a usage error naming the file and the line, never
// quoting the line (it may hold the key); a missing default .env is fine,
// a missing named one is not.
func TestLoadConfigBadDotenv(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.env")
	if err := os.WriteFile(bad, []byte("DOMAINYOURS_BACKEND=builtin\nOPENAI_API_KEY sk-proj-SECRET\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := loadConfig(func(k string) (string, bool) {
		if k == "DOMAINYOURS_ENV_FILE" {
			return bad, true
		}
		return "", false
	})
	if code, _ := exitcode.Carried(err); code != exitcode.Usage {
		t.Fatalf("err %v carries code %d, want %d", err, code, exitcode.Usage)
	}
	msg := err.Error()
	if !strings.Contains(msg, bad) || !strings.Contains(msg, "first bad line: 2,") || strings.Contains(msg, "SECRET") {
		t.Errorf("error should name the file and line 2 without the secret: %s", msg)
	}

	t.Chdir(dir) // no .env here: the default file may be missing
	if _, err := loadConfig(func(string) (string, bool) { return "", false }); err != nil {
		t.Errorf("a missing default .env: %v", err)
	}
	_, err = loadConfig(func(k string) (string, bool) {
		if k == "DOMAINYOURS_ENV_FILE" {
			return filepath.Join(dir, "none.env"), true
		}
		return "", false
	})
	if code, _ := exitcode.Carried(err); code != exitcode.Usage {
		t.Errorf("a missing named .env: err %v, code %d, want %d", err, code, exitcode.Usage)
	}
}
