package ollamatest

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goModVersion reads the required version of module from the repository's go.mod.
func goModVersion(t *testing.T, module string) string {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(strings.TrimPrefix(strings.TrimSpace(sc.Text()), "require "))
		if len(fields) >= 2 && fields[0] == module {
			return fields[1]
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Fatalf("go.mod does not require %s", module)
	return ""
}

func TestPinnedVersionMatchesGoMod(t *testing.T) {
	want := goModVersion(t, ollamaModule)
	if PinnedVersion != want {
		t.Errorf("PinnedVersion = %s, go.mod requires %s %s; update the constant", PinnedVersion, ollamaModule, want)
	}
	if got := Version(); got != want {
		t.Errorf("Version() = %s, go.mod requires %s", got, want)
	}
}

func TestBinary(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "ollama-exe")
	plain := filepath.Join(dir, "ollama-plain")
	if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(plain, []byte("data"), 0o644); err != nil {
		t.Fatal(err)
	}
	cacheRoot := t.TempDir()
	cached := filepath.Join(cacheRoot, "ollama-"+Version(), "ollama")
	if err := os.MkdirAll(filepath.Dir(cached), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cached, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name      string
		bin       string
		cache     string
		want      string
		wantErr   string
		noBinary  bool
		buildHint bool
	}{
		{name: "env binary wins over cache", bin: exe, cache: cacheRoot, want: exe},
		{name: "cached build", cache: cacheRoot, want: cached},
		{name: "env binary missing", bin: filepath.Join(dir, "absent"), wantErr: EnvBinary, noBinary: true},
		{name: "env binary not executable", bin: plain, wantErr: "not executable", noBinary: true},
		{name: "env binary is a directory", bin: dir, wantErr: "directory", noBinary: true},
		{name: "empty cache", cache: t.TempDir(), wantErr: BuildCommand, noBinary: true, buildHint: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv(EnvBinary, tt.bin)
			t.Setenv(EnvCache, tt.cache)
			got, err := Binary()
			if tt.wantErr == "" {
				if err != nil || got != tt.want {
					t.Fatalf("Binary() = %q, %v; want %q, nil", got, err, tt.want)
				}
				return
			}
			if err == nil {
				t.Fatalf("Binary() = %q, nil; want an error", got)
			}
			if !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error %q does not mention %q", err, tt.wantErr)
			}
			if errors.Is(err, ErrNoBinary) != tt.noBinary {
				t.Errorf("errors.Is(err, ErrNoBinary) = %v, want %v (err: %v)", !tt.noBinary, tt.noBinary, err)
			}
			if tt.buildHint && !strings.Contains(err.Error(), EnvBinary) {
				t.Errorf("error %q does not name %s as the alternative", err, EnvBinary)
			}
		})
	}
}
