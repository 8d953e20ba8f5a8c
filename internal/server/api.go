package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// options are the request fields shared by /v1/suggest and its batch form.
// A new field goes here (and in docs/openapi.yaml); decoding rejects any
// field not declared, so a typo is an error rather than a silent default.
type options struct {
	Count *int     `json:"count"`
	TLDs  []string `json:"tlds"`
	Seed  *int64   `json:"seed"`
	Check bool     `json:"check"` // availability of every domain (without tlds: .com)
}

type suggestRequest struct {
	Description *string `json:"description"`
	options
}

type batchRequest struct {
	Descriptions []string `json:"descriptions"`
	options
}

type batchResponse struct {
	Results []suggestion.Output `json:"results"`
}

// defaultSeed is suggest's --seed default, so the API and the CLI give the
// same names for the same input.
const defaultSeed = 1

// settled are options after checking: what every description is asked with.
type settled struct {
	count int
	seed  int64
	tlds  []string
	check bool
}

func (s *Server) settle(o options) (settled, string) {
	st := settled{count: suggestion.DefaultCount, seed: defaultSeed}
	if o.Count != nil {
		st.count = *o.Count
		if st.count < suggestion.MinCount || st.count > suggestion.MaxCount {
			return st, fmt.Sprintf("count %d is out of range; use %d to %d", st.count, suggestion.MinCount, suggestion.MaxCount)
		}
	}
	if o.Seed != nil {
		st.seed = *o.Seed
	}
	for _, t := range o.TLDs {
		norm, err := domain.NormalizeTLD(t)
		if err != nil {
			return st, fmt.Sprintf("tlds: %v; use public suffixes such as com, io, co.uk", err)
		}
		st.tlds = append(st.tlds, norm)
	}
	if o.Check {
		if s.cfg.Checker == nil {
			return st, "check: availability checks are not enabled on this server"
		}
		st.check = true
		if len(st.tlds) == 0 {
			st.tlds = []string{"com"} // as suggest --check does
		}
	}
	return st, ""
}

func (s *Server) request(desc string, st settled) suggestion.Request {
	return suggestion.Request{Description: desc, Count: st.count, Seed: st.seed, Temperature: s.cfg.Temperature}
}

func (s *Server) handleSuggest(w http.ResponseWriter, r *http.Request) {
	var req suggestRequest
	if !s.decode(w, r, &req) {
		return
	}
	if req.Description == nil {
		writeError(w, r, http.StatusBadRequest, codeInvalidRequest, `description is required, e.g. {"description": "a bakery in Lyon"}`)
		return
	}
	st, ctx, cancel, ok := s.begin(w, r, req.options)
	if !ok {
		return
	}
	defer cancel()
	out, err := s.answer(ctx, r, *req.Description, st)
	switch {
	case exitcode.IsInput(err):
		writeError(w, r, http.StatusBadRequest, codeInvalidRequest, err.Error())
		return
	case err != nil:
		s.backendFailed(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, out)
}

// begin settles a request's options and starts its deadline; for bad
// options it answers 400 itself and ok is false.
func (s *Server) begin(w http.ResponseWriter, r *http.Request, o options) (st settled, ctx context.Context, cancel context.CancelFunc, ok bool) {
	st, problem := s.settle(o)
	if problem != "" {
		writeError(w, r, http.StatusBadRequest, codeInvalidRequest, problem)
		return st, nil, nil, false
	}
	ctx, cancel = context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
	return st, ctx, cancel, true
}

// answer names one description: its output, availability checked when
// asked, or the error (an input error is the caller's; any other the
// backend's).
func (s *Server) answer(ctx context.Context, r *http.Request, desc string, st settled) (suggestion.Output, error) {
	res, err := s.cfg.Service.Suggest(ctx, s.request(desc, st))
	if err != nil {
		return suggestion.Output{}, err
	}
	s.countRefusal(r, res)
	out := suggestion.NewOutput(res, st.tlds)
	s.checkAvailability(ctx, st, &out)
	return out, nil
}

// checkAvailability answers "check": true within CheckTimeout (and the
// request's own deadline); what is not known by then is unknown.
func (s *Server) checkAvailability(ctx context.Context, st settled, out *suggestion.Output) {
	if !st.check || out.Refused {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.CheckTimeout)
	defer cancel()
	out.CheckDomains(ctx, s.cfg.Checker)
	if s.cfg.CheckDone != nil {
		s.cfg.CheckDone()
	}
}

func (s *Server) handleBatch(w http.ResponseWriter, r *http.Request) {
	var req batchRequest
	if !s.decode(w, r, &req) {
		return
	}
	if n := len(req.Descriptions); n == 0 || n > MaxBatch {
		writeError(w, r, http.StatusBadRequest, codeInvalidRequest,
			fmt.Sprintf("descriptions has %d entries; send 1 to %d (split larger batches)", n, MaxBatch))
		return
	}
	st, ctx, cancel, ok := s.begin(w, r, req.options)
	if !ok {
		return
	}
	defer cancel()
	out := batchResponse{Results: make([]suggestion.Output, 0, len(req.Descriptions))}
	for _, d := range req.Descriptions {
		one, err := s.answer(ctx, r, d, st)
		switch {
		case exitcode.IsInput(err):
			// One bad description does not spoil the others: it gets its own error.
			out.Results = append(out.Results, suggestion.Output{Description: d, Suggestions: []suggestion.OutputName{}, Error: err.Error()})
			continue
		case err != nil:
			// The backend is failing: the next descriptions would fail the same way.
			s.backendFailed(w, r, err)
			return
		}
		out.Results = append(out.Results, one)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) countRefusal(r *http.Request, res suggestion.Result) {
	if !res.Refused {
		return
	}
	cat := res.Category
	if cat == "" {
		cat = "unspecified"
	}
	s.metrics.refusals.WithLabelValues(cat, res.RefusedBy).Inc()
	info := infoOf(r.Context())
	info.refused++
	info.category = cat
}

func (s *Server) backendFailed(w http.ResponseWriter, r *http.Request, err error) {
	if r.Context().Err() != nil {
		return // the client left; nobody to answer
	}
	status, code, msg, class := backendFailure(err)
	s.metrics.backendErrors.WithLabelValues(string(class)).Inc()
	// The backend's own words go to the log (redacted by the app's handler), not to the client.
	s.log.Warn("backend failed", "request_id", infoOf(r.Context()).id, "class", class, "error", err)
	writeError(w, r, status, code, msg)
}

// decode reads one JSON object into v, strictly: JSON content type, at most
// MaxBodyBytes, no unknown fields, no key twice (in any case), nothing after
// the object. It writes the error response itself and reports whether to go
// on.
func (s *Server) decode(w http.ResponseWriter, r *http.Request, v any) bool {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		writeError(w, r, http.StatusUnsupportedMediaType, codeUnsupportedMediaType,
			"send the body as JSON with the header Content-Type: application/json")
		return false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	if err == nil && !utf8.Valid(body) {
		// encoding/json would quietly turn the bad bytes into U+FFFD.
		err = errNotUTF8
	}
	if err == nil {
		dec := json.NewDecoder(bytes.NewReader(body))
		dec.DisallowUnknownFields()
		err = dec.Decode(v)
		if err == nil && dec.Decode(&struct{}{}) != io.EOF {
			err = errTrailing
		}
	}
	if err == nil {
		// encoding/json keeps the last of two duplicate keys and matches
		// fields case-insensitively, so {"description":"a","Description":"b"}
		// would be answered for "b": refuse such bodies as model replies are.
		_, _, err = llm.DecodeStrict(string(body))
	}
	if err == nil {
		return true
	}
	status, code, msg := decodeFailure(err, s.cfg.MaxBodyBytes)
	writeError(w, r, status, code, msg)
	return false
}

var (
	errTrailing = errors.New("trailing data")
	errNotUTF8  = errors.New("not UTF-8")
)

func decodeFailure(err error, limit int64) (int, string, string) {
	var tooLarge *http.MaxBytesError
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var strict *llm.Error
	switch {
	case errors.As(err, &tooLarge):
		return http.StatusRequestEntityTooLarge, codeBodyTooLarge,
			fmt.Sprintf("the body is larger than %d bytes; send fewer or shorter descriptions", limit)
	case errors.As(err, &typ):
		return http.StatusBadRequest, codeInvalidRequest,
			fmt.Sprintf("field %s must be %s, not a JSON %s", typ.Field, jsonKind(typ.Type.String()), typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.TrimPrefix(err.Error(), "json: unknown field ")
		return http.StatusBadRequest, codeUnknownField,
			fmt.Sprintf("unknown field %s; see docs/api.md for the fields", field)
	case errors.As(err, &strict) && errors.Is(err, llm.ErrAmbiguousKey):
		// The message names the keys and their place, never a value.
		return http.StatusBadRequest, codeDuplicateKey,
			"ambiguous JSON: " + strict.Message + "; send each field once, spelled as in docs/api.md"
	case errors.Is(err, errNotUTF8):
		return http.StatusBadRequest, codeInvalidJSON, "the body is not valid UTF-8; JSON must be sent as UTF-8"
	case errors.Is(err, errTrailing):
		return http.StatusBadRequest, codeInvalidJSON, "the body must be one JSON object and nothing after it"
	case errors.As(err, &syntax), errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return http.StatusBadRequest, codeInvalidJSON, "the body is not valid JSON: send one JSON object"
	}
	return http.StatusBadRequest, codeInvalidJSON, "the body could not be read as a JSON object"
}

func jsonKind(goType string) string {
	switch {
	case strings.Contains(goType, "int"):
		return "an integer"
	case strings.Contains(goType, "[]"):
		return "an array of strings"
	case strings.Contains(goType, "string"):
		return "a string"
	}
	return "an object"
}

func (s *Server) handleHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}

type readyBody struct {
	Status  string `json:"status"`
	Backend string `json:"backend"`
	Model   string `json:"model,omitempty"`
}

func (s *Server) handleReady(w http.ResponseWriter, r *http.Request) {
	b := s.cfg.Service.Backend()
	body := readyBody{Status: "ready", Backend: b.Name()}
	if m, ok := b.(interface{ Model() string }); ok {
		body.Model = m.Model()
	}
	if rc, ok := b.(suggestion.ReadyChecker); ok {
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.ReadyTimeout)
		defer cancel()
		if err := rc.Ready(ctx); err != nil {
			msg := "the " + b.Name() + " backend is not ready: " + err.Error()
			var le *llm.Error
			if errors.As(err, &le) && le.Hint != "" {
				msg += " (" + le.Hint + ")"
			}
			s.log.Warn("not ready", "backend", b.Name(), "error", err)
			writeError(w, r, http.StatusServiceUnavailable, codeNotReady, msg)
			return
		}
	}
	writeJSON(w, http.StatusOK, body)
}
