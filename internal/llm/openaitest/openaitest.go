// Package openaitest is the one fake OpenAI-compatible server of the tests.
// It speaks the wire format go-openai sends and decodes: chat completions,
// models, moderations and files are built in; batches and fine-tuning jobs,
// whose life cycles are each test's own, are routes a test adds with
// Handle, writing its bodies with WriteJSON and WriteError. A test scripts
// every chat reply (a completion, an API error, a raw page, a hang, a delay)
// and reads back what arrived: counts per route, the bodies, the most
// requests in flight at once.
//
// Routes are matched with or without the /v1 prefix, so a base URL of
// s.URL or s.URL+"/v1" both work; counts are keyed without it
// ("POST /chat/completions").
package openaitest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// Server is a fake OpenAI-compatible API on the loopback interface.
type Server struct {
	*httptest.Server

	mux *http.ServeMux

	mu       sync.Mutex
	key      string // when set, other keys get 401
	echoKey  bool   // the 401 quotes the key it got, as some servers do
	chat     func(ChatRequest) Reply
	moderate func(input string) map[string]bool
	models   []string
	counts   map[string]int
	bodies   map[string][]byte
	headers  map[string]http.Header
	files    map[string][]byte
	purposes []string
	fails    map[string]*failure
	before   func(w http.ResponseWriter, r *http.Request) bool

	chatHits, inFlight, maxInFlight atomic.Int64
}

// DefaultContent is what the default chat script answers.
const DefaultContent = "ok"

// New starts a server that answers every chat request with DefaultContent
// and lists no models; it stops when the test ends.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{mux: http.NewServeMux(), counts: map[string]int{}, bodies: map[string][]byte{}, headers: map[string]http.Header{}, files: map[string][]byte{}, fails: map[string]*failure{},
		chat: func(ChatRequest) Reply { return Completion{Content: DefaultContent} }}
	s.mux.HandleFunc("POST /chat/completions", s.serveChat)
	s.mux.HandleFunc("GET /models", s.serveModels)
	s.mux.HandleFunc("POST /moderations", s.serveModeration)
	s.mux.HandleFunc("POST /files", s.serveUpload)
	s.mux.HandleFunc("GET /files/{id}/content", s.serveContent)
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// BaseURL is the API root to configure a client with (OPENAI_BASE_URL).
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// RequireKey makes every request without "Authorization: Bearer key" fail
// with 401 invalid_api_key; with echo, the error quotes the key it got, as
// some servers do, so a test can check that the key never leaks.
func (s *Server) RequireKey(key string, echo bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.key, s.echoKey = key, echo
}

// OnChat scripts the chat replies: f is called for every request, in order.
func (s *Server) OnChat(f func(ChatRequest) Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.chat = f
}

// OnModeration scripts /moderations: f returns the flagged categories of
// an input (none: not flagged).
func (s *Server) OnModeration(f func(input string) map[string]bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.moderate = f
}

// SetModels sets what GET /models lists.
func (s *Server) SetModels(ids ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.models = ids
}

// Handle adds a route, pattern as for http.ServeMux without /v1
// ("GET /batches/{id}"). It is counted like the built-in ones.
func (s *Server) Handle(pattern string, h http.HandlerFunc) { s.mux.HandleFunc(pattern, h) }

// Intercept runs f on every request before any route, the key check
// included; f may set headers (a server echoing the credentials it got)
// and returns true when it has answered the request itself.
func (s *Server) Intercept(f func(w http.ResponseWriter, r *http.Request) bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.before = f
}

// failure replaces a route's answers.
type failure struct {
	left  int // 0: every request
	reply Reply
}

// Fail makes the next n requests to route (0: all of them) answer reply
// instead, such as an Error for a failing upload: "POST /files".
func (s *Server) Fail(route string, n int, reply Reply) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.fails[route] = &failure{left: n, reply: reply}
}

// failure returns the reply replacing this request to route, if any.
func (s *Server) failure(route string) Reply {
	s.mu.Lock()
	defer s.mu.Unlock()
	f := s.fails[route]
	if f == nil {
		return nil
	}
	if f.left > 0 {
		if f.left--; f.left == 0 {
			delete(s.fails, route)
		}
	}
	return f.reply
}

// Count is how many requests a route had: "POST /chat/completions".
func (s *Server) Count(route string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.counts[route]
}

// Hits is the number of chat completion requests.
func (s *Server) Hits() int { return s.Count("POST /chat/completions") }

// Requests is the number of requests of any route, refused ones included.
func (s *Server) Requests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, c := range s.counts {
		n += c
	}
	return n
}

// LastBody is the body of the last request to route.
func (s *Server) LastBody(route string) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bodies[route]
}

// LastHeader is the header of the last request to route.
func (s *Server) LastHeader(route string) http.Header {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.headers[route]
}

// MaxInFlight is the most chat requests that were ever being answered at once.
func (s *Server) MaxInFlight() int { return int(s.maxInFlight.Load()) }

// File returns an uploaded (or AddFile'd) file's content.
func (s *Server) File(id string) ([]byte, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.files[id]
	return b, ok
}

// AddFile stores a file that GET /files/{id}/content serves, such as a
// batch's output or a fine-tuning job's result file.
func (s *Server) AddFile(id string, content []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[id] = content
}

// Purposes are the purposes of the uploads, in order.
func (s *Server) Purposes() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.purposes...)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	path := strings.TrimPrefix(r.URL.Path, "/v1")
	if path == "" || path[0] != '/' {
		path = r.URL.Path
	}
	route := r.Method + " " + path
	raw, _ := io.ReadAll(r.Body)
	r.Body = io.NopCloser(strings.NewReader(string(raw)))
	s.mu.Lock()
	s.counts[route]++
	s.bodies[route], s.headers[route] = raw, r.Header.Clone()
	key, echo, before := s.key, s.echoKey, s.before
	s.mu.Unlock()
	if before != nil && before(w, r) {
		return
	}
	if key != "" && r.Header.Get("Authorization") != "Bearer "+key {
		msg := "Incorrect API key provided."
		if echo {
			msg = "Incorrect API key provided: " + strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ") + "."
		}
		WriteError(w, Error{Status: http.StatusUnauthorized, Type: "invalid_request_error", Code: "invalid_api_key", Message: msg})
		return
	}
	if f := s.failure(route); f != nil {
		f.Write(w, r)
		return
	}
	r2 := r.Clone(r.Context())
	r2.URL.Path = path
	r2.Body = io.NopCloser(strings.NewReader(string(raw)))
	_, pattern := s.mux.Handler(r2)
	if pattern == "" {
		// What OpenAI answers for an unknown path.
		WriteError(w, Error{Status: http.StatusNotFound, Type: "invalid_request_error", Message: "Invalid URL (" + route + ")"})
		return
	}
	s.mux.ServeHTTP(w, r2)
}

// ChatRequest is a chat completion request as go-openai sends it.
type ChatRequest struct {
	Model    string `json:"model"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	Temperature    *float64 `json:"temperature"`
	Seed           *int64   `json:"seed"`
	MaxTokens      int      `json:"max_tokens"`
	LogProbs       bool     `json:"logprobs"`
	ResponseFormat *struct {
		Type       string `json:"type"`
		JSONSchema *struct {
			Name   string          `json:"name"`
			Schema json.RawMessage `json:"schema"`
			Strict bool            `json:"strict"`
		} `json:"json_schema"`
	} `json:"response_format"`

	Hit    int         `json:"-"` // 1-based number of this chat request
	Header http.Header `json:"-"`
	Body   []byte      `json:"-"` // as it arrived
}

// User is the content of the last user message.
func (c ChatRequest) User() string {
	for i := len(c.Messages) - 1; i >= 0; i-- {
		if c.Messages[i].Role == "user" {
			return c.Messages[i].Content
		}
	}
	return ""
}

func (s *Server) serveChat(w http.ResponseWriter, r *http.Request) {
	hit := int(s.chatHits.Add(1))
	n := s.inFlight.Add(1)
	defer s.inFlight.Add(-1)
	for m := s.maxInFlight.Load(); n > m && !s.maxInFlight.CompareAndSwap(m, n); m = s.maxInFlight.Load() {
	}
	raw, _ := io.ReadAll(r.Body)
	var req ChatRequest
	if err := json.Unmarshal(raw, &req); err != nil {
		WriteError(w, Error{Status: http.StatusBadRequest, Type: "invalid_request_error", Message: "We could not parse the JSON body of your request."})
		return
	}
	s.mu.Lock()
	req.Hit, req.Header, req.Body = hit, r.Header, raw
	chat := s.chat
	s.mu.Unlock()
	chat(req).Write(w, r)
}

func (s *Server) serveModels(w http.ResponseWriter, _ *http.Request) {
	s.mu.Lock()
	data := []map[string]any{}
	for _, m := range s.models {
		data = append(data, map[string]any{"id": m, "object": "model", "created": 1700000000, "owned_by": "test"})
	}
	s.mu.Unlock()
	WriteJSON(w, http.StatusOK, map[string]any{"object": "list", "data": data})
}

func (s *Server) serveModeration(w http.ResponseWriter, r *http.Request) {
	var req struct {
		Input string `json:"input"`
		Model string `json:"model"`
	}
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		WriteError(w, Error{Status: http.StatusBadRequest, Type: "invalid_request_error", Message: "bad moderation body"})
		return
	}
	s.mu.Lock()
	moderate := s.moderate
	s.mu.Unlock()
	cats := map[string]bool{}
	if moderate != nil {
		cats = moderate(req.Input)
	}
	flagged, scores := false, map[string]float64{}
	for c, on := range cats {
		flagged = flagged || on
		if on {
			scores[c] = 0.9
		}
	}
	model := req.Model
	if model == "" {
		model = "omni-moderation-latest"
	}
	WriteJSON(w, http.StatusOK, map[string]any{"id": "modr-1", "model": model,
		"results": []map[string]any{{"flagged": flagged, "categories": cats, "category_scores": scores}}})
}

func (s *Server) serveUpload(w http.ResponseWriter, r *http.Request) {
	file, hdr, err := r.FormFile("file")
	if err != nil {
		WriteError(w, Error{Status: http.StatusBadRequest, Type: "invalid_request_error", Message: "no file part: " + err.Error()})
		return
	}
	data, _ := io.ReadAll(file)
	purpose := r.FormValue("purpose")
	s.mu.Lock()
	s.purposes = append(s.purposes, purpose)
	id := fmt.Sprintf("file-%d", len(s.purposes))
	s.files[id] = data
	s.mu.Unlock()
	WriteJSON(w, http.StatusOK, map[string]any{"id": id, "object": "file", "bytes": len(data), "created_at": 1764900000,
		"filename": hdr.Filename, "purpose": purpose, "status": "processed"})
}

func (s *Server) serveContent(w http.ResponseWriter, r *http.Request) {
	data, ok := s.File(r.PathValue("id"))
	if !ok {
		WriteError(w, Error{Status: http.StatusNotFound, Type: "invalid_request_error", Message: "No such File object: " + r.PathValue("id")})
		return
	}
	_, _ = w.Write(data)
}

// Reply is one scripted answer to a chat request.
type Reply interface {
	Write(w http.ResponseWriter, r *http.Request)
}

// Completion is a chat completion body. Zero tokens mean 20 prompt and 7
// completion tokens; an empty Finish is "stop".
type Completion struct {
	Content          string
	Finish           string
	Refusal          string // sets message.refusal and a null content
	LogProbs         bool   // two token log-probabilities
	NoChoices        bool
	Model            string // default gpt-test-2025-01-01
	PromptTokens     int
	CompletionTokens int
	Delay            time.Duration // before answering; a client that gives up ends it
}

// Write writes the completion, after Delay.
func (c Completion) Write(w http.ResponseWriter, r *http.Request) {
	if wait(r, c.Delay) {
		WriteJSON(w, http.StatusOK, c.Body())
	}
}

// Body is the completion's JSON object, as a batch output line embeds it.
func (c Completion) Body() map[string]any {
	msg := map[string]any{"role": "assistant", "content": c.Content}
	if c.Refusal != "" {
		msg["content"] = nil
		msg["refusal"] = c.Refusal
	}
	finish := c.Finish
	if finish == "" {
		finish = "stop"
	}
	choice := map[string]any{"index": 0, "message": msg, "finish_reason": finish, "logprobs": nil}
	if c.LogProbs {
		choice["logprobs"] = map[string]any{"content": []any{
			map[string]any{"token": "{", "logprob": -0.01, "bytes": []int{123}, "top_logprobs": []any{}},
			map[string]any{"token": "\"", "logprob": -0.5, "bytes": []int{34}, "top_logprobs": []any{}},
		}}
	}
	choices := []any{choice}
	if c.NoChoices {
		choices = []any{}
	}
	pt, ot := c.PromptTokens, c.CompletionTokens
	if pt == 0 && ot == 0 {
		pt, ot = 20, 7
	}
	model := c.Model
	if model == "" {
		model = "gpt-test-2025-01-01"
	}
	return map[string]any{
		"id": "chatcmpl-test", "object": "chat.completion", "created": 1700000000,
		"model": model, "system_fingerprint": "fp_test", "choices": choices,
		"usage": map[string]any{"prompt_tokens": pt, "completion_tokens": ot, "total_tokens": pt + ot},
	}
}

// Error is an OpenAI error body ({"error": {...}}) with its status.
type Error struct {
	Status              int
	Type, Code, Message string
	Header              map[string]string // such as Retry-After
	Delay               time.Duration
}

// Write writes the error, after Delay.
func (e Error) Write(w http.ResponseWriter, r *http.Request) {
	if wait(r, e.Delay) {
		WriteError(w, e)
	}
}

// Raw is a body that is not the API's own, such as a proxy's error page.
type Raw struct {
	Status      int // 0 is 200
	ContentType string
	Body        string
}

// Write writes the page.
func (p Raw) Write(w http.ResponseWriter, _ *http.Request) {
	if p.ContentType != "" {
		w.Header().Set("Content-Type", p.ContentType)
	}
	if p.Status != 0 {
		w.WriteHeader(p.Status)
	}
	_, _ = io.WriteString(w, p.Body)
}

// Hang answers nothing until the client gives up.
type Hang struct{}

// Write waits for the client to go.
func (Hang) Write(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() }

// Func is any other behaviour: a cut connection, an endless body.
type Func func(w http.ResponseWriter, r *http.Request)

// Write calls f.
func (f Func) Write(w http.ResponseWriter, r *http.Request) { f(w, r) }

// WriteJSON writes v as a JSON body with status.
func WriteJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

// WriteError writes e's headers and OpenAI error body.
func WriteError(w http.ResponseWriter, e Error) {
	for k, v := range e.Header {
		w.Header().Set(k, v)
	}
	var code any
	if e.Code != "" {
		code = e.Code
	}
	WriteJSON(w, e.Status, map[string]any{"error": map[string]any{"message": e.Message, "type": e.Type, "param": nil, "code": code}})
}

// wait sleeps d unless the client goes first; it reports whether to answer.
func wait(r *http.Request, d time.Duration) bool {
	if d <= 0 {
		return true
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-r.Context().Done():
		return false
	}
}
