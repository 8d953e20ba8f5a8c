package datagen

import (
	"context"
	"os"
	"testing"

	"github.com/domainyours/domainyours/internal/datagen/fakellm"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/workspace"
)

// TestSession runs generate-data in-process from the options the command
// parses: a table of options, the outcome and what is left on disk.
func TestSession(t *testing.T) {
	const priced = `{"gpt-fake": {"input": 1, "output": 2}}`
	tests := []struct {
		name       string
		opts       func(*SessionOptions)
		existing   bool          // a dataset_v1.csv is already there
		wantErr    exitcode.Code // 0: the run completes
		inputErr   bool          // the error is Prepare's input error
		clientUsed bool
		cache      bool // the response cache file exists afterwards
		shownCost  bool // a cost is shown (the model has a price)
	}{
		{name: "priced run with a cache", opts: func(o *SessionOptions) { o.PricesPath = priced }, clientUsed: true, cache: true, shownCost: true},
		{name: "no cache, no prices", opts: func(o *SessionOptions) { o.NoCache = true }, clientUsed: true},
		{name: "--max-cost without a price is refused before any client", opts: func(o *SessionOptions) { o.Spec.MaxCostUSD = 1 }, wantErr: exitcode.Usage},
		{name: "an unreadable price table", opts: func(o *SessionOptions) { o.PricesPath = "{not json" }, wantErr: exitcode.Usage},
		{name: "an existing dataset is refused before any client", existing: true, inputErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := fakellm.Start(t)
			e := newEnv(t, srv)
			if tt.existing {
				if err := os.WriteFile(e.layout().Dataset(workspace.MustVersion("v1")), []byte("description,suggestions,label,category\n"), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			clientUsed := false
			o := SessionOptions{Spec: e.spec(10, 2), Client: func(backend string, cfg llm.Config) (*llm.Client, string, error) {
				clientUsed = true
				if backend != "openai" || cfg.MaxAttempts != 4 || cfg.Concurrency != 2 {
					t.Errorf("client for %s with %+v", backend, cfg)
				}
				p, err := openai.New(openai.Config{BaseURL: srv.URL + "/v1", APIKey: "sk-test"})
				if err != nil {
					return nil, "", err
				}
				c, err := llm.NewClient(p, cfg)
				return c, "openai@fake", err
			}}
			o.Spec.Endpoint = ""
			if tt.opts != nil {
				tt.opts(&o)
			}
			s, err := Open(o)
			if clientUsed != tt.clientUsed {
				t.Errorf("client built: %v, want %v", clientUsed, tt.clientUsed)
			}
			switch {
			case tt.inputErr:
				if !exitcode.IsInput(err) || exitcode.HintOf(err) == "" {
					t.Fatalf("err %v, want an input error with a hint", err)
				}
				return
			case tt.wantErr != 0:
				if code, _ := exitcode.Carried(err); code != tt.wantErr || exitcode.HintOf(err) == "" {
					t.Fatalf("err %v (code %d), want code %d with a hint", err, code, tt.wantErr)
				}
				return
			case err != nil:
				t.Fatal(err)
			}
			defer s.Close()
			var last Progress
			m, err := s.Generate(context.Background(), func(p Progress) { last = p })
			if err != nil || !m.Complete || m.Counts.Requested != 10 || last.RowsDone != last.RowsTotal {
				t.Fatalf("meta %+v progress %+v err %v", m.Counts, last, err)
			}
			if s.Spec.Endpoint != "openai@fake" {
				t.Errorf("endpoint %q, want the client's id", s.Spec.Endpoint)
			}
			if _, err := os.Stat(s.Output); err != nil {
				t.Errorf("output: %v", err)
			}
			if _, err := os.Stat(e.layout().GenerateDataCache()); (err == nil) != tt.cache {
				t.Errorf("cache file: %v, want it: %v", err, tt.cache)
			}
			if got := s.ShownCost(0.5); (got == 0.5) != tt.shownCost || (!tt.shownCost && got != -1) {
				t.Errorf("shown cost %g (priced %v)", got, tt.shownCost)
			}
		})
	}
}

func TestAccounting(t *testing.T) {
	c := Counts{Dropped: map[string]int{"reply_refused": 2, "invalid_name:too_short": 3}}
	if c.DroppedTotal() != 5 {
		t.Errorf("dropped total %d", c.DroppedTotal())
	}
	if got := ByReason(c.Dropped); got != "invalid_name:too_short 3, reply_refused 2" {
		t.Errorf("by reason %q", got)
	}
}
