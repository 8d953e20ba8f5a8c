package suggest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/app"
	"github.com/domainyours/domainyours/internal/cmd/clitest"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
)

// --max-rows is counted before any model is called: a file over it never
// reaches the server, from a file or from stdin, and the default (10000)
// holds for a model backend or guard but not for builtin alone.
func TestMaxRows(t *testing.T) {
	srv := openaitest.New(t)
	srv.OnChat(func(openaitest.ChatRequest) openaitest.Reply {
		return openaitest.Completion{Content: `{"domains":["crumbhaus","levainly","ovenlight"],"refusal":""}`}
	})
	dir := t.TempDir()
	env := map[string]string{
		"DOMAINYOURS_CACHE_DIR": t.TempDir(),
		"DOMAINYOURS_ENV_FILE":  filepath.Join(dir, "none.env"),
		"OPENAI_API_KEY":        "sk-test",
		"OPENAI_BASE_URL":       srv.BaseURL(),
	}
	os.WriteFile(env["DOMAINYOURS_ENV_FILE"], nil, 0o644)
	file := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	four := file("four.txt", "a bakery\na florist\na baker\na tailor\n")
	three := file("three.csv", "description\na bakery\na florist\n\"a baker\nin Lyon\"\n")
	// 10001 rows the reader rejects (two fields), so builtin answers fast.
	big := file("big.csv", "description\n"+strings.Repeat("a bakery,in Lyon\n", 10001))
	openai := []string{"suggest", "--backend", "openai", "--model", "gpt-test", "--count", "3"}

	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		requests int    // reaching the server
		stderr   string // a substring of stderr
	}{
		{name: "over the limit: refused before any call", args: append(openai, "--max-rows", "3", "--file", four),
			code: 2, stderr: "--file has more than 3 inputs"},
		{name: "at the limit: runs", args: append(openai, "--max-rows", "3", "--file", three),
			requests: 3, stderr: "batch: 3 inputs: 3 named"},
		{name: "stdin over the limit: refused before any call", args: append(openai, "--max-rows", "3", "--file", "-"),
			stdin: "a bakery\na florist\na baker\na tailor\n", code: 2, stderr: "--file has more than 3 inputs"},
		{name: "stdin at the limit: runs", args: append(openai, "--max-rows", "4", "--file", "-"),
			stdin: "a bakery\na florist\na baker\na tailor\n", requests: 4, stderr: "batch: 4 inputs: 4 named"},
		{name: "0 is no limit", args: append(openai, "--max-rows", "0", "--file", four),
			requests: 4, stderr: "batch: 4 inputs: 4 named"},
		{name: "the default holds for a model", args: append(openai, "--file", big),
			code: 2, stderr: "--file has more than 10000 inputs"},
		{name: "and for a model guard after builtin", args: []string{"suggest", "--backend", "builtin", "--guard", "openai", "--file", big},
			code: 2, stderr: "--file has more than 10000 inputs"},
		{name: "builtin alone has no default limit", args: []string{"suggest", "--backend", "builtin", "--file", big},
			code: 2, stderr: "batch: 10001 inputs: 0 named, 0 refused, 10001 bad input"},
		{name: "builtin with a limit given keeps it", args: []string{"suggest", "--backend", "builtin", "--max-rows", "3", "--file", four},
			code: 2, stderr: "--file has more than 3 inputs"},
		{name: "a negative limit is a usage error", args: append(openai, "--max-rows", "-1", "--file", four),
			code: 2, stderr: "--max-rows"},
		{name: "--max-rows needs --file", args: append(openai, "--max-rows", "3", "a bakery"),
			code: 2, stderr: "--max-rows"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := srv.Requests()
			var r clitest.Result
			if tt.stdin != "" {
				ios, in, out, errOut := iostreams.Test()
				in.WriteString(tt.stdin)
				code := app.Run(context.Background(), tt.args, ios, func(k string) (string, bool) { v, ok := env[k]; return v, ok })
				r = clitest.Result{Code: int(code), Stdout: out.String(), Stderr: errOut.String()}
			} else {
				r = clitest.Run(t, env, tt.args...)
			}
			if got := srv.Requests() - before; r.Code != tt.code || got != tt.requests || !strings.Contains(r.Stderr, tt.stderr) {
				t.Errorf("exit %d, %d requests, stderr:\n%s\nwant exit %d, %d requests, stderr with %q", r.Code, got, r.Stderr, tt.code, tt.requests, tt.stderr)
			}
			if tt.code == 2 && strings.Contains(tt.stderr, "more than") && r.Stdout != "" {
				t.Errorf("a refused file wrote %d bytes of output", len(r.Stdout))
			}
			if tt.requests > 0 && strings.Count(r.Stdout, "\n") != tt.requests {
				t.Errorf("output %q, want %d records", r.Stdout, tt.requests)
			}
		})
	}
}
