package llmcache

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/domainyours/domainyours/internal/llm"
)

type counting struct {
	calls int
	err   error
}

func (c *counting) Complete(_ context.Context, req llm.Request) (llm.Response, error) {
	c.calls++
	if c.err != nil {
		return llm.Response{}, c.err
	}
	return llm.Response{Text: `{"domains":[]}`, JSON: []byte(`{"domains":[]}`), Usage: llm.Usage{PromptTokens: 10, CompletionTokens: 3}, Model: req.Model}, nil
}

func f(v float64) *float64 { return &v }
func i(v int64) *int64     { return &v }

func baseReq() llm.Request {
	return llm.Request{Model: "m", Messages: []llm.Message{{Role: "user", Content: "a bakery"}}, Temperature: f(0.2), Seed: i(1), ID: "row-1"}
}

func TestUnchangedRerunMakesZeroCalls(t *testing.T) {
	p := filepath.Join(t.TempDir(), "cache.journal")
	ca, _ := Open(p, "fake")
	up := &counting{}
	if _, hit, err := ca.Complete(context.Background(), up, baseReq(), 0); hit || err != nil {
		t.Fatal(hit, err)
	}
	ca.Close()
	ca, _ = Open(p, "fake") // a new process
	defer ca.Close()
	r, hit, err := ca.Complete(context.Background(), up, baseReq(), 0)
	if !hit || err != nil || up.calls != 1 || string(r.JSON) != `{"domains":[]}` || r.Usage.PromptTokens != 10 {
		t.Fatalf("hit=%v err=%v calls=%d resp=%+v", hit, err, up.calls, r)
	}
	// The caller's ID does not change the answer.
	req := baseReq()
	req.ID = "row-2"
	if _, hit, _ := ca.Complete(context.Background(), up, req, 0); !hit {
		t.Fatal("a different ID must still hit")
	}
}

func TestAnyChangeMisses(t *testing.T) {
	ca, _ := Open(filepath.Join(t.TempDir(), "c"), "fake")
	defer ca.Close()
	up := &counting{}
	ca.Complete(context.Background(), up, baseReq(), 0)
	changes := map[string]func(*llm.Request) int{
		"model":  func(r *llm.Request) int { r.Model = "m2"; return 0 },
		"prompt": func(r *llm.Request) int { r.Messages[0].Content = "a florist"; return 0 },
		"system": func(r *llm.Request) int { r.System = "be brief"; return 0 },
		"schema": func(r *llm.Request) int {
			r.Schema = &llm.Schema{Name: "s", JSON: []byte(`{"type":"object"}`)}
			return 0
		},
		"temperature": func(r *llm.Request) int { r.Temperature = f(0.3); return 0 },
		"seed":        func(r *llm.Request) int { r.Seed = i(2); return 0 },
		"repeat":      func(r *llm.Request) int { return 1 },
	}
	for name, change := range changes {
		req := baseReq()
		rep := change(&req)
		before := up.calls
		if _, hit, _ := ca.Complete(context.Background(), up, req, rep); hit || up.calls != before+1 {
			t.Errorf("changing the %s must miss", name)
		}
	}
	other, _ := Open(filepath.Join(t.TempDir(), "c2"), "other-provider")
	defer other.Close()
	if Key("fake", baseReq(), 0) == Key("other-provider", baseReq(), 0) {
		t.Error("provider must be part of the key")
	}
}

func TestErrorsAreNeverCached(t *testing.T) {
	ca, _ := Open(filepath.Join(t.TempDir(), "c"), "fake")
	defer ca.Close()
	up := &counting{err: &llm.Error{Class: llm.ServerError}}
	for range 2 {
		if _, hit, err := ca.Complete(context.Background(), up, baseReq(), 0); hit || !errors.As(err, new(*llm.Error)) {
			t.Fatal("an error must pass through uncached")
		}
	}
	up.err = nil
	if _, hit, err := ca.Complete(context.Background(), up, baseReq(), 0); hit || err != nil || up.calls != 3 {
		t.Fatalf("after errors the call must be made: hit=%v err=%v calls=%d", hit, err, up.calls)
	}
}

func TestNilCacheBypasses(t *testing.T) {
	var ca *Cache
	up := &counting{}
	ca.Complete(context.Background(), up, baseReq(), 0)
	ca.Complete(context.Background(), up, baseReq(), 0)
	if up.calls != 2 {
		t.Fatalf("--no-cache must call every time, got %d calls", up.calls)
	}
}
