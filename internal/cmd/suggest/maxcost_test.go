package suggest_test

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/cmd/clitest"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
)

// --max-cost and --max-tokens stop a batch once the model's spend reaches
// them: the rows named are written, every row not attempted gets a record
// saying the cap stopped it, and the exit code is 1 (generate-data's at a
// cap). Each call of the fake server costs 100 prompt + 20 completion
// tokens, $0.02 at the prices below.
func TestSpendCap(t *testing.T) {
	srv := openaitest.New(t)
	srv.OnChat(func(openaitest.ChatRequest) openaitest.Reply {
		return openaitest.Completion{Content: `{"domains":["crumbhaus","levainly","ovenlight"],"refusal":""}`,
			PromptTokens: 100, CompletionTokens: 20}
	})
	dir := t.TempDir()
	env := map[string]string{
		"DOMAINYOURS_CACHE_DIR": t.TempDir(),
		"DOMAINYOURS_ENV_FILE":  filepath.Join(dir, "none.env"),
		"OPENAI_API_KEY":        "sk-test",
		"OPENAI_BASE_URL":       srv.BaseURL(),
		"DOMAINYOURS_PRICES":    `{"gpt-test": {"input": 100, "output": 500}}`,
	}
	os.WriteFile(env["DOMAINYOURS_ENV_FILE"], nil, 0o644)
	five := filepath.Join(dir, "five.txt")
	// Line 3 is blank (skipped) and line 5 is too long for a description: a bad input.
	body := "a bakery\na florist\n\na baker\n" + strings.Repeat("x", 2001) + "\na tailor\n"
	if err := os.WriteFile(five, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	openai := []string{"suggest", "--backend", "openai", "--model", "gpt-test", "--count", "3", "--file", five}

	tests := []struct {
		name     string
		args     []string
		env      map[string]string
		code     int
		requests int
		stderr   string
		capped   []int // line numbers of the records not attempted
	}{
		{name: "no cap: every row (the bad one exits 2)", args: openai, code: 2, requests: 4, stderr: "batch: 5 inputs: 4 named, 0 refused, 1 bad input, 0 failed\n"},
		{name: "tokens: the third call passes 250", args: append(openai, "--max-tokens", "250"), code: 1, requests: 3,
			stderr: "batch: 5 inputs: 3 named, 0 refused, 0 bad input, 0 failed, 2 not attempted", capped: []int{5, 6}},
		{name: "tokens: one call passes 1", args: append(openai, "--max-tokens", "1"), code: 1, requests: 1,
			stderr: "stopped at --max-tokens", capped: []int{2, 4, 5, 6}},
		{name: "cost: the second call reaches $0.03", args: append(openai, "--max-cost", "0.03"), code: 1, requests: 2,
			stderr: "stopped at --max-cost: 2 of 5 inputs named, 3 not attempted", capped: []int{4, 5, 6}},
		{name: "a cap not reached changes nothing", args: append(openai, "--max-cost", "10", "--max-tokens", "100000"), code: 2, requests: 4,
			stderr: "4 named, 0 refused, 1 bad input, 0 failed\n"},
		{name: "--max-cost without a price: refused before any call", args: append(openai, "--max-cost", "1"),
			env: map[string]string{"DOMAINYOURS_PRICES": ""}, code: 2, stderr: `needs the price of model "gpt-test"`},
		{name: "--max-tokens needs no price", args: append(openai, "--max-tokens", "250"),
			env: map[string]string{"DOMAINYOURS_PRICES": ""}, code: 1, requests: 3, capped: []int{5, 6}},
		{name: "a negative cap is a usage error", args: append(openai, "--max-tokens", "-1"), code: 2, stderr: "--max-tokens"},
		{name: "a non-finite cap is a usage error", args: append(openai, "--max-cost", "NaN"), code: 2, stderr: "--max-cost NaN is not a finite number"},
		{name: "a cap needs --file", args: []string{"suggest", "--backend", "openai", "--model", "gpt-test", "--max-cost", "1", "a bakery"},
			code: 2, stderr: "--max-cost and --max-tokens apply to batch mode (--file); one description is one model call"},
		{name: "builtin spends nothing: a cap is no stop", args: []string{"suggest", "--backend", "builtin", "--max-tokens", "1", "--file", five},
			code: 2, stderr: "batch: 5 inputs: 4 named, 0 refused, 1 bad input, 0 failed\n"},
	}
	t.Run("csv output: the rows not attempted are rows too", func(t *testing.T) {
		before := srv.Requests()
		r := clitest.Run(t, env, append(openai, "--format", "csv", "--max-tokens", "250")...)
		rows, err := csv.NewReader(strings.NewReader(r.Stdout)).ReadAll()
		if r.Code != 1 || srv.Requests()-before != 3 || err != nil || len(rows) != 6 {
			t.Fatalf("exit %d, %d requests, %v, csv:\n%s", r.Code, srv.Requests()-before, err, r.Stdout)
		}
		for i, want := range []string{"", "", "", "not attempted: the --max-tokens cap (250 tokens)", "not attempted: the --max-tokens cap (250 tokens)"} {
			if got := rows[i+1][5]; !strings.HasPrefix(got, want) || (want == "" && got != "") {
				t.Errorf("row %v: error %q, want %q", rows[i+1], got, want)
			}
		}
	})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := map[string]string{}
			for k, v := range env {
				e[k] = v
			}
			for k, v := range tt.env {
				e[k] = v
			}
			before := srv.Requests()
			r := clitest.Run(t, e, tt.args...)
			if got := srv.Requests() - before; r.Code != tt.code || got != tt.requests || !strings.Contains(r.Stderr, tt.stderr) {
				t.Fatalf("exit %d, %d requests, stderr:\n%s\nwant exit %d, %d requests, stderr with %q", r.Code, got, r.Stderr, tt.code, tt.requests, tt.stderr)
			}
			if strings.Contains(tt.name, "refused") || strings.Contains(tt.name, "usage error") || strings.Contains(tt.name, "needs --file") {
				if r.Stdout != "" {
					t.Errorf("a refused run wrote %q", r.Stdout)
				}
				return
			}
			// Every input has its record, in order: named, bad, or not attempted.
			var lines, capped []int
			for _, l := range strings.Split(strings.TrimSpace(r.Stdout), "\n") {
				var rec struct {
					Line        int
					Error       string
					Suggestions []struct{ Name string }
				}
				if err := json.Unmarshal([]byte(l), &rec); err != nil {
					t.Fatalf("record %q: %v", l, err)
				}
				lines = append(lines, rec.Line)
				if strings.Contains(rec.Error, "not attempted") {
					capped = append(capped, rec.Line)
					if len(rec.Suggestions) != 0 || !strings.Contains(rec.Error, "--max-") {
						t.Errorf("line %d: %+v; a row not attempted has no names and names the cap", rec.Line, rec)
					}
				}
			}
			if fmtInts(lines) != "[1,2,4,5,6]" {
				t.Errorf("records for lines %v, want one for each of 1,2,4,5,6", lines)
			}
			if fmtInts(capped) != fmtInts(tt.capped) {
				t.Errorf("not attempted: lines %v, want %v", capped, tt.capped)
			}
			if tt.code == 1 && !strings.Contains(r.Stderr, "not attempted") {
				t.Errorf("stderr must say how many rows were not attempted: %s", r.Stderr)
			}
		})
	}
}

func fmtInts(v []int) string {
	b, _ := json.Marshal(v)
	return string(b)
}
