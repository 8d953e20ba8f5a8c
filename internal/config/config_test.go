package config

import (
	"os"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/golden"
)

func TestEnvExampleInSync(t *testing.T) {
	const path = "../../.env.example"
	golden.Check(t, path, []byte(EnvExample()), "run: go test ./internal/config -update")
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range Vars {
		if !strings.Contains(string(got), v.Name+"=") {
			t.Errorf(".env.example lacks %s", v.Name)
		}
	}
}

func TestPrecedence(t *testing.T) {
	env := map[string]string{"DOMAINYOURS_BACKEND": "builtin"}
	l := NewLookup(func(k string) (string, bool) { v, ok := env[k]; return v, ok },
		map[string]string{"DOMAINYOURS_BACKEND": "ollama", "DOMAINYOURS_MODEL": "m1", "DOMAINYOURS_LOGLEVEL": "x"})
	if v, src := l.Source("DOMAINYOURS_BACKEND"); v != "builtin" || src != "environment" {
		t.Errorf("environment must win over .env: %q from %s", v, src)
	}
	if v, src := l.Source("DOMAINYOURS_MODEL"); v != "m1" || src != ".env" {
		t.Errorf(".env must win over default: %q from %s", v, src)
	}
	if v, src := l.Source("DOMAINYOURS_LOG_LEVEL"); v != "warn" || src != "default" {
		t.Errorf("default: %q from %s", v, src)
	}
	if u := l.Unknown(); len(u) != 1 || u[0] != "DOMAINYOURS_LOGLEVEL" {
		t.Errorf("Unknown() = %v, want the misspelt key", u)
	}
	defer func() {
		if recover() == nil {
			t.Error("unregistered variable must panic")
		}
	}()
	l.Get("NOT_REGISTERED")
}

func TestSecretsListed(t *testing.T) {
	l := NewLookup(func(k string) (string, bool) {
		if k == "OPENAI_API_KEY" {
			return "sk-test-123456789", true
		}
		return "", false
	}, nil)
	if s := l.Secrets(); len(s) != 1 || s[0] != "sk-test-123456789" {
		t.Fatalf("Secrets() = %v", s)
	}
	if strings.Contains(HelpText(), "sk-test") {
		t.Fatal("help must not print values")
	}
}
