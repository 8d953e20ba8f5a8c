package evaluation

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/batch"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openai"
)

// memBatch is an in-memory batch.API: every batch completes at the first
// poll, output lines come back shuffled, and the items listed in failOnce
// fail (500) in their first round so that internal/batch re-queues them.
// The wire format itself is internal/batch's and internal/llm/openai's to
// test; this fake checks the join and the decoding of verdicts.
type memBatch struct {
	mu       sync.Mutex
	files    map[string][]byte
	failOnce map[string]bool // keyed by the row's description
	failed   map[string]bool
	lines    int
	rng      *rand.Rand
}

// newMemBatch is an empty fake Batch API; the rows whose descriptions are in
// failOnce fail their first attempt.
func newMemBatch(failOnce map[string]bool) *memBatch {
	if failOnce == nil {
		failOnce = map[string]bool{}
	}
	return &memBatch{files: map[string][]byte{}, failed: map[string]bool{}, failOnce: failOnce, rng: rand.New(rand.NewPCG(1, 2))}
}

type memResult struct {
	ID      string `json:"custom_id"`
	Status  int    `json:"status"`
	Content string `json:"content"`
}

func (m *memBatch) UploadBatchInput(_ context.Context, name string, jsonl []byte) (string, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	id := fmt.Sprintf("file-%d", len(m.files))
	m.files[id] = jsonl
	return id, nil
}

func (m *memBatch) CreateBatch(_ context.Context, fileID string, _ map[string]string) (openai.BatchStatus, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out bytes.Buffer
	for _, line := range bytes.Split(bytes.TrimSpace(m.files[fileID]), []byte("\n")) {
		m.lines++
		var in struct {
			ID   string `json:"custom_id"`
			Body struct {
				Messages []llm.Message `json:"messages"`
			} `json:"body"`
		}
		if err := json.Unmarshal(line, &in); err != nil {
			return openai.BatchStatus{}, err
		}
		user := in.Body.Messages[len(in.Body.Messages)-1].Content
		res := memResult{ID: in.ID, Status: 200}
		for desc := range m.failOnce {
			if strings.Contains(user, desc) && !m.failed[desc] {
				m.failed[desc] = true
				res.Status = 500
			}
		}
		var ids, names []string
		for _, mm := range nameLineRE.FindAllStringSubmatch(user, -1) {
			ids, names = append(ids, mm[1]), append(names, mm[2])
		}
		v := map[string]any{"appropriate": !strings.Contains(strings.ToLower(user), "ransomware"), "reason": "batch"}
		if len(ids) > 0 {
			sc := map[string]any{}
			for i, id := range ids {
				sc[id] = fakeScores(names[i], false)
			}
			v["names"] = sc
		}
		b, _ := json.Marshal(v)
		res.Content = string(b)
		l, _ := json.Marshal(res)
		out.Write(append(l, '\n'))
	}
	lines := bytes.Split(bytes.TrimSpace(out.Bytes()), []byte("\n"))
	m.rng.Shuffle(len(lines), func(i, j int) { lines[i], lines[j] = lines[j], lines[i] })
	outID := fileID + "-out"
	m.files[outID] = append(bytes.Join(lines, []byte("\n")), '\n')
	return openai.BatchStatus{ID: "batch-" + fileID, Status: openai.BatchCompleted, OutputFileID: outID, Total: len(lines)}, nil
}

func (m *memBatch) RetrieveBatch(_ context.Context, id string) (openai.BatchStatus, error) {
	fileID := strings.TrimPrefix(id, "batch-")
	return openai.BatchStatus{ID: id, Status: openai.BatchCompleted, OutputFileID: fileID + "-out"}, nil
}

func (m *memBatch) DownloadFile(_ context.Context, fileID string) ([]byte, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.files[fileID], nil
}

func (m *memBatch) ParseResult(line []byte) (openai.BatchItem, error) {
	var r memResult
	if err := json.Unmarshal(line, &r); err != nil {
		return openai.BatchItem{}, err
	}
	it := openai.BatchItem{CustomID: r.ID, Response: llm.Response{Text: r.Content, Usage: llm.Usage{PromptTokens: 10, CompletionTokens: 5}}}
	if r.Status != 200 {
		it.Err = &llm.Error{Class: llm.ServerError, Status: r.Status, Message: "fake server error"}
	}
	return it, nil
}

func TestRunWithBatchJudgeMatchesLiveJudge(t *testing.T) {
	rows := testSet(t)[:12]
	js := newJudgeServer(t)
	live := newTestJudge(t, js, "", 4)
	want, err := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: live, Rows: rows, Repeats: 2})
	if err != nil {
		t.Fatal(err)
	}
	api := newMemBatch(map[string]bool{rows[1].Description: true, rows[7].Description: true})
	bj := NewBatchJudge(newTestJudge(t, js, "", 4), api, batch.Options{PollInitial: time.Millisecond, PollMax: time.Millisecond,
		Sleep: func(context.Context, time.Duration) error { return nil }})
	before := js.Hits()
	got, err := Run(context.Background(), Config{Version: "builtin", Generator: builtin(), Judge: bj, Batch: bj, Rows: rows, Repeats: 2})
	if err != nil {
		t.Fatal(err)
	}
	if js.Hits() != before {
		t.Errorf("the batch run made %d live judge calls", js.Hits()-before)
	}
	for i := range rows {
		w, g := want.Rows[i], got.Rows[i]
		if g.Failed() || len(g.Verdicts) != 2 {
			t.Fatalf("row %d: %+v", i, g)
		}
		for r := range g.Verdicts {
			for k := range g.Verdicts[r].Names {
				if g.Verdicts[r].Names[k].Scores() != w.Verdicts[r].Names[k].Scores() || g.Verdicts[r].Names[k].Name != w.Verdicts[r].Names[k].Name {
					t.Errorf("row %d repeat %d name %d: batch %+v, live %+v", i, r, k, g.Verdicts[r].Names[k], w.Verdicts[r].Names[k])
				}
			}
			if g.Verdicts[r].Appropriate != w.Verdicts[r].Appropriate {
				t.Errorf("row %d: safety label differs", i)
			}
		}
	}
	sum := bj.BatchSummary()
	if sum.Requeued < 2 || sum.Failed != 0 {
		t.Errorf("batch summary %+v; want the failed items re-queued and none lost", sum)
	}
}
