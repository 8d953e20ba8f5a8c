package batch

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/llm/llmtest"

	"github.com/domainyours/domainyours/internal/journal"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
)

const scoreSchema = `{"type":"object","properties":{"id":{"type":"string"},"score":{"type":"integer","minimum":1,"maximum":5}},"required":["id","score"],"additionalProperties":false}`

func requests(n int) []llm.Request {
	out := make([]llm.Request, n)
	for i := range out {
		out[i] = llm.Request{
			ID: fmt.Sprintf("row-%d", i), Model: "gpt-4o-mini",
			Messages: []llm.Message{{Role: llm.RoleUser, Content: fmt.Sprintf("judge description %d", i)}},
			Schema:   &llm.Schema{Name: "judge", JSON: json.RawMessage(scoreSchema), Strict: true},
		}
	}
	return out
}

func client(t *testing.T, f *fakeBatchServer) *openai.BatchClient {
	t.Helper()
	c, err := openai.NewBatchClient(openai.Config{BaseURL: f.srv.URL + "/v1", APIKey: "sk-test"})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func class(err error) llm.Class { return llm.ClassOf(err) }

func TestRunJoinsShuffledOutputAndRequeues(t *testing.T) {
	// Round 1 outcomes by row; every item not listed succeeds.
	first := map[string]string{
		"row-3": "500", "row-7": "500", // transient: submitted again
		"row-11": "400",                        // permanent: not retried
		"row-13": "expire", "row-14": "expire", // the window closed: again
		"row-20": "drop",      // missing from both files: again
		"row-22": "malformed", // prose instead of JSON: not retried
		"row-25": "500",       // fails every round
		"row-27": "refusal",
	}
	f := newFakeBatchServer(t, func(round int, id string) string {
		if id == "row-25" {
			return "500"
		}
		if o, ok := first[id]; ok && round == 1 {
			return o
		}
		return "ok"
	})
	f.failFirst = true
	f.failFirstUpload()
	rec := &llmtest.SleepRecorder{}
	var progress []Progress
	res, sum, err := Run(context.Background(), client(t, f), requests(30), Options{
		MaxRounds: 3, PollInitial: time.Second, PollMax: 4 * time.Second, Sleep: rec.Sleep,
		OnProgress: func(p Progress) { progress = append(progress, p) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 30 {
		t.Fatalf("%d results, want 30", len(res))
	}
	wantErr := map[string]llm.Class{"row-11": llm.BadRequest, "row-22": llm.Malformed, "row-25": llm.ServerError, "row-27": llm.Refusal}
	wantRounds := map[string]int{"row-3": 2, "row-7": 2, "row-13": 2, "row-14": 2, "row-20": 2, "row-25": 3}
	for i, r := range res {
		if want := fmt.Sprintf("row-%d", i); r.ID != want {
			t.Fatalf("result %d is %s; results must follow the input order", i, r.ID)
		}
		rounds := wantRounds[r.ID]
		if rounds == 0 {
			rounds = 1
		}
		if r.Rounds != rounds {
			t.Errorf("%s submitted %d times, want %d", r.ID, r.Rounds, rounds)
		}
		if c, bad := wantErr[r.ID]; bad {
			if class(r.Err) != c {
				t.Errorf("%s: err = %v, want class %s", r.ID, r.Err, c)
			}
			continue
		}
		if r.Err != nil {
			t.Errorf("%s: %v", r.ID, r.Err)
			continue
		}
		// The reply names its own custom_id: a wrong join would show here.
		var got struct {
			ID    string `json:"id"`
			Score int    `json:"score"`
		}
		if err := json.Unmarshal(r.Response.JSON, &got); err != nil || got.ID != r.ID || got.Score != 4 {
			t.Errorf("%s: decoded reply %s (%v)", r.ID, r.Response.JSON, err)
		}
	}

	f.mu.Lock()
	polledAgain := f.failed["retrieve"]
	f.mu.Unlock()
	if tries, uploads := f.srv.Count("POST /files"), len(f.srv.Purposes()); !polledAgain || tries <= uploads {
		t.Errorf("the fake never answered 503/429 (%d upload requests for %d uploads, poll refused %v); the wire retry went untested", tries, uploads, polledAgain)
	}
	submits, uploads, _ := f.snapshot()
	if len(submits) != 3 || uploads != 3 {
		t.Fatalf("%d batches from %d uploads, want 3 and 3", len(submits), uploads)
	}
	again := slices.Sorted(slices.Values(submits[1]))
	if want := []string{"row-13", "row-14", "row-20", "row-25", "row-3", "row-7"}; !slices.Equal(again, want) {
		t.Errorf("round 2 submitted %v, want %v", again, want)
	}
	if !slices.Equal(submits[2], []string{"row-25"}) {
		t.Errorf("round 3 submitted %v, want [row-25]", submits[2])
	}
	want := Summary{Batches: 3, Rounds: 3, Succeeded: 26, Failed: 4, Requeued: 7,
		Usage: llm.Usage{PromptTokens: 280, CompletionTokens: 140}, Duplicates: 1, Unknown: 1, BadLines: 1}
	if sum != want {
		t.Errorf("summary\n got %+v\nwant %+v", sum, want)
	}
	for _, d := range rec.Waits() {
		if d < 900*time.Millisecond || d > 4400*time.Millisecond {
			t.Errorf("waited %v; polls must stay between PollInitial and PollMax (±10%% jitter)", d)
		}
	}
	if last := progress[len(progress)-1]; last.Pending != 0 || last.Round != 3 {
		t.Errorf("last progress %+v, want nothing pending in round 3", last)
	}
}

func TestRunReportsRejectedBatch(t *testing.T) {
	f := newFakeBatchServer(t, func(int, string) string { return "ok" })
	f.rejectAll = true
	res, _, err := Run(context.Background(), client(t, f), requests(4), Options{Sleep: (&llmtest.SleepRecorder{}).Sleep})
	if err == nil || !strings.Contains(err.Error(), "rejected batch batch_1") || !strings.Contains(err.Error(), "not parseable") {
		t.Fatalf("err = %v, want the batch id and the server's reason", err)
	}
	for _, r := range res {
		if r.Err == nil || !strings.Contains(r.Err.Error(), "not finished") {
			t.Errorf("%s: err = %v, want not finished", r.ID, r.Err)
		}
	}
}

func TestRunRejectsAmbiguousIDs(t *testing.T) {
	reqs := requests(3)
	reqs[2].ID = reqs[0].ID
	if _, _, err := Run(context.Background(), nil, reqs, Options{}); err == nil || !strings.Contains(err.Error(), "twice") {
		t.Errorf("duplicate IDs: err = %v", err)
	}
	reqs[2].ID = ""
	if _, _, err := Run(context.Background(), nil, reqs, Options{}); err == nil || !strings.Contains(err.Error(), "no ID") {
		t.Errorf("empty ID: err = %v", err)
	}
}

func TestRunResumesAfterInterruption(t *testing.T) {
	path := filepath.Join(t.TempDir(), "batch.journal")
	f := newFakeBatchServer(t, func(int, string) string { return "ok" })
	reqs := requests(12)

	// The first run is interrupted while waiting for its batch (Ctrl-C).
	j, err := journal.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	interrupt := func(ctx context.Context, d time.Duration) error { cancel(); return ctx.Err() }
	res, _, err := Run(ctx, client(t, f), reqs, Options{Journal: j, Sleep: interrupt})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted run: err = %v, want context.Canceled", err)
	}
	if res[0].Err == nil {
		t.Error("an interrupted item reports success")
	}
	j.Close()

	// The re-run (a new process: the journal is reopened) polls the batch it
	// already paid for instead of uploading again.
	j, err = journal.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	res, sum, err := Run(context.Background(), client(t, f), reqs, Options{Journal: j, Sleep: (&llmtest.SleepRecorder{}).Sleep})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if r.Err != nil || r.Response.JSON == nil {
			t.Errorf("%s after resume: %v", r.ID, r.Err)
		}
	}
	submits, uploads, _ := f.snapshot()
	if len(submits) != 1 || uploads != 1 || sum.Resumed != 1 || sum.Batches != 0 {
		t.Errorf("resume created %d batches from %d uploads (summary %+v); want the one batch reused", len(submits), uploads, sum)
	}
	j.Close()

	// A third run finds every item done and makes no request at all.
	j, err = journal.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	_, _, before := f.snapshot()
	res, sum, err = Run(context.Background(), client(t, f), reqs, Options{Journal: j, Sleep: (&llmtest.SleepRecorder{}).Sleep})
	if err != nil {
		t.Fatal(err)
	}
	if _, _, after := f.snapshot(); after != before || sum.Reused != 12 {
		t.Errorf("a finished run made %d requests and reused %d items; want 0 and 12", after-before, sum.Reused)
	}
	if string(res[5].Response.JSON) != `{"id":"row-5","score":4}` {
		t.Errorf("journaled reply = %s", res[5].Response.JSON)
	}
}

func TestRunSplitsLargeRequestSets(t *testing.T) {
	f := newFakeBatchServer(t, func(int, string) string { return "ok" })
	res, sum, err := Run(context.Background(), client(t, f), requests(7), Options{MaxPerBatch: 3, Sleep: (&llmtest.SleepRecorder{}).Sleep})
	if err != nil {
		t.Fatal(err)
	}
	submits, _, _ := f.snapshot()
	if len(submits) != 3 || len(submits[0]) != 3 || len(submits[2]) != 1 || sum.Batches != 3 || sum.Rounds != 1 {
		t.Errorf("7 requests at 3 per batch: batches %v, summary %+v", submits, sum)
	}
	for _, r := range res {
		if r.Err != nil {
			t.Errorf("%s: %v", r.ID, r.Err)
		}
	}
}
