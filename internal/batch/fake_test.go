package batch

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/domainyours/domainyours/internal/llm/openaitest"
)

// outcome decides what the fake does with one item: "ok", "500", "400",
// "expire", "drop", "malformed" or "refusal".
type outcome func(round int, customID string) string

// fakeBatchServer speaks the wire format of OpenAI's Batch API over the
// shared fake's Files API: batch objects that move validating → in_progress →
// finalizing → a terminal status, and output/error files whose lines come
// back shuffled.
type fakeBatchServer struct {
	t       *testing.T
	srv     *openaitest.Server
	outcome outcome
	// rejectAll makes every batch end "failed" with a validation error.
	rejectAll bool
	// failFirst makes the first upload answer 503 and the first poll 429.
	failFirst bool

	mu      sync.Mutex
	rng     *rand.Rand
	batches map[string]*fakeBatch
	submits [][]string // custom_ids of each created batch, in order
	failed  map[string]bool
}

type fakeBatch struct {
	ID, InputFileID, Status string
	Round, Polls            int
	OutputFileID, ErrorFile string
	Total, Done, Failed     int
}

// newFakeBatchServer is the shared fake OpenAI server (its files, a key
// it checks) with the Batch API's routes.
func newFakeBatchServer(t *testing.T, o outcome) *fakeBatchServer {
	f := &fakeBatchServer{t: t, outcome: o, rng: rand.New(rand.NewPCG(11, 12)),
		batches: map[string]*fakeBatch{}, failed: map[string]bool{}, srv: openaitest.New(t)}
	f.srv.RequireKey("sk-test", false)
	f.srv.Handle("POST /batches", f.create)
	f.srv.Handle("GET /batches/{id}", f.retrieve)
	return f
}

// failFirstUpload makes the first upload answer 503, as failFirst says.
func (f *fakeBatchServer) failFirstUpload() {
	if f.failFirst {
		f.srv.Fail("POST /files", 1, openaitest.Error{Status: http.StatusServiceUnavailable, Type: "server_error", Message: "overloaded"})
	}
}

func (f *fakeBatchServer) once(key string) bool {
	if !f.failFirst || f.failed[key] {
		return false
	}
	f.failed[key] = true
	return true
}

func writeJSON(w http.ResponseWriter, status int, v any) { openaitest.WriteJSON(w, status, v) }

func apiError(w http.ResponseWriter, status int, msg string) {
	openaitest.WriteError(w, openaitest.Error{Status: status, Type: "server_error", Message: msg})
}

func (f *fakeBatchServer) create(w http.ResponseWriter, r *http.Request) {
	var body struct {
		InputFileID      string `json:"input_file_id"`
		Endpoint         string `json:"endpoint"`
		CompletionWindow string `json:"completion_window"`
	}
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		apiError(w, http.StatusBadRequest, "bad json")
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	input, ok := f.srv.File(body.InputFileID)
	if !ok || body.Endpoint != "/v1/chat/completions" || body.CompletionWindow != "24h" {
		apiError(w, http.StatusBadRequest, fmt.Sprintf("bad batch request %+v", body))
		return
	}
	var ids []string
	for _, line := range strings.Split(strings.TrimSpace(string(input)), "\n") {
		var l struct {
			CustomID string `json:"custom_id"`
			Method   string `json:"method"`
			URL      string `json:"url"`
			Body     struct {
				Model          string `json:"model"`
				ResponseFormat struct {
					Type string `json:"type"`
				} `json:"response_format"`
			} `json:"body"`
		}
		if err := json.Unmarshal([]byte(line), &l); err != nil || l.Method != "POST" || l.URL != "/v1/chat/completions" ||
			l.Body.Model == "" || l.Body.ResponseFormat.Type != "json_schema" {
			f.t.Errorf("fake: malformed batch input line %s", line)
		}
		ids = append(ids, l.CustomID)
	}
	f.submits = append(f.submits, ids)
	b := &fakeBatch{ID: fmt.Sprintf("batch_%d", len(f.submits)), InputFileID: body.InputFileID,
		Status: "validating", Round: len(f.submits), Total: len(ids)}
	f.batches[b.ID] = b
	writeJSON(w, http.StatusOK, f.object(b))
}

func (f *fakeBatchServer) object(b *fakeBatch) map[string]any {
	o := map[string]any{"id": b.ID, "object": "batch", "endpoint": "/v1/chat/completions",
		"input_file_id": b.InputFileID, "completion_window": "24h", "status": b.Status, "created_at": 1,
		"output_file_id": nil, "error_file_id": nil,
		"request_counts": map[string]int{"total": b.Total, "completed": b.Done, "failed": b.Failed}}
	if b.OutputFileID != "" {
		o["output_file_id"] = b.OutputFileID
	}
	if b.ErrorFile != "" {
		o["error_file_id"] = b.ErrorFile
	}
	if b.Status == "failed" {
		line := 1
		o["errors"] = map[string]any{"object": "list", "data": []map[string]any{
			{"code": "invalid_json_line", "message": "This line is not parseable as valid JSON.", "line": line}}}
	}
	return o
}

func (f *fakeBatchServer) retrieve(w http.ResponseWriter, r *http.Request) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.once("retrieve") {
		w.Header().Set("Retry-After", "1")
		apiError(w, http.StatusTooManyRequests, "slow down")
		return
	}
	b, ok := f.batches[r.PathValue("id")]
	if !ok {
		apiError(w, http.StatusNotFound, "no such batch")
		return
	}
	b.Polls++
	switch {
	case b.Polls == 1:
		b.Status = "in_progress"
	case b.Polls == 2:
		b.Status = "finalizing"
	case b.Status == "finalizing":
		f.finish(b)
	}
	writeJSON(w, http.StatusOK, f.object(b))
}

func completion(content string) openaitest.Completion {
	return openaitest.Completion{Content: content, Model: "gpt-4o-mini-2024-07-18", PromptTokens: 10, CompletionTokens: 5}
}

// finish writes the output and error files of b the way the Batch API
// does, shuffling the lines.
func (f *fakeBatchServer) finish(b *fakeBatch) {
	if f.rejectAll {
		b.Status = "failed"
		return
	}
	var input []string
	in, _ := f.srv.File(b.InputFileID)
	for _, line := range strings.Split(strings.TrimSpace(string(in)), "\n") {
		var l struct {
			CustomID string `json:"custom_id"`
		}
		json.Unmarshal([]byte(line), &l)
		input = append(input, l.CustomID)
	}
	var out, errs []string
	add := func(dst *[]string, v any) {
		line, _ := json.Marshal(v)
		*dst = append(*dst, string(line))
	}
	resp := func(id string, status int, body any) map[string]any {
		return map[string]any{"id": "batch_req_" + id, "custom_id": id, "error": nil,
			"response": map[string]any{"status_code": status, "request_id": "req_" + id, "body": body}}
	}
	status := "completed"
	for _, id := range input {
		switch f.outcome(b.Round, id) {
		case "ok":
			add(&out, resp(id, 200, completion(fmt.Sprintf(`{"id":%q,"score":4}`, id)).Body()))
			b.Done++
		case "malformed":
			add(&out, resp(id, 200, completion(`Sure! The score is 4.`).Body()))
			b.Done++
		case "refusal":
			c := completion("")
			c.Refusal = "I can't help with that."
			add(&out, resp(id, 200, c.Body()))
			b.Done++
		case "500":
			add(&errs, resp(id, 500, map[string]any{"error": map[string]any{"message": "internal error", "type": "server_error"}}))
			b.Failed++
		case "400":
			add(&errs, resp(id, 400, map[string]any{"error": map[string]any{"message": "bad schema", "type": "invalid_request_error"}}))
			b.Failed++
		case "expire":
			add(&errs, map[string]any{"id": "batch_req_" + id, "custom_id": id, "response": nil,
				"error": map[string]any{"code": "batch_expired", "message": "This request could not be executed before the completion window expired."}})
			status = "expired"
		case "drop":
		default:
			f.t.Errorf("fake: unknown outcome for %s", id)
		}
	}
	if b.Round == 1 && len(out) > 0 {
		// Noise the joiner must survive: a repeated line, a line for an id
		// never submitted, and a line that is not JSON.
		out = append(out, out[0])
		add(&out, resp("row-999", 200, completion(`{"id":"row-999","score":1}`).Body()))
		out = append(out, `{"custom_id": "row-1", "response": {`)
	}
	f.rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	f.rng.Shuffle(len(errs), func(i, j int) { errs[i], errs[j] = errs[j], errs[i] })
	b.Status = status
	if len(out) > 0 {
		b.OutputFileID = "file-out-" + b.ID
		f.srv.AddFile(b.OutputFileID, []byte(strings.Join(out, "\n")+"\n"))
	}
	if len(errs) > 0 {
		b.ErrorFile = "file-err-" + b.ID
		f.srv.AddFile(b.ErrorFile, []byte(strings.Join(errs, "\n")+"\n"))
	}
}

func (f *fakeBatchServer) snapshot() (submits [][]string, uploads, requests int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([][]string(nil), f.submits...), len(f.srv.Purposes()), f.srv.Requests()
}
