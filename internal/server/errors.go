package server

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"

	"github.com/domainyours/domainyours/internal/llm"
)

// Error codes are part of the API (docs/api.md lists them): clients branch
// on the code, people read the message.
const (
	codeInvalidJSON          = "invalid_json"
	codeUnknownField         = "unknown_field"
	codeDuplicateKey         = "duplicate_key"
	codeInvalidRequest       = "invalid_request"
	codeUnsupportedMediaType = "unsupported_media_type"
	codeBodyTooLarge         = "body_too_large"
	codeUnauthorized         = "unauthorized"
	codeNotFound             = "not_found"
	codeMethodNotAllowed     = "method_not_allowed"
	codeRateLimited          = "rate_limited"
	codeOverloaded           = "overloaded"
	codeBackendUnavailable   = "backend_unavailable"
	codeBackendTimeout       = "backend_timeout"
	codeBackendError         = "backend_error"
	codeNotReady             = "not_ready"
	codeInternal             = "internal"
)

// ErrorCodes lists every code the API can return, for the documentation test.
var ErrorCodes = []string{
	codeInvalidJSON, codeUnknownField, codeDuplicateKey, codeInvalidRequest, codeUnsupportedMediaType, codeBodyTooLarge,
	codeUnauthorized, codeNotFound, codeMethodNotAllowed, codeRateLimited, codeOverloaded,
	codeBackendUnavailable, codeBackendTimeout, codeBackendError, codeNotReady, codeInternal,
}

type errorBody struct {
	Error errorDetail `json:"error"`
}

type errorDetail struct {
	Code      string `json:"code"`
	Message   string `json:"message"`
	RequestID string `json:"request_id,omitempty"`
}

// writeError writes the JSON error envelope. Messages are written for
// people and never carry a prompt, a description, a key or a stack trace.
func writeError(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	info := infoOf(r.Context())
	info.errCode = code
	writeJSON(w, status, errorBody{Error: errorDetail{Code: code, Message: msg, RequestID: info.id}})
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	// The same encoding as `suggest --json`: names and reasons stay readable.
	enc.SetEscapeHTML(false)
	_ = enc.Encode(v) // the client may be gone; nothing else to tell it
}

// backendFailure maps a backend error to a status, an error code and a
// message that says what to do without repeating what the backend said
// (which is logged instead). class is the metric label.
func backendFailure(err error) (status int, code, msg string, class llm.Class) {
	class = llm.ClassOf(err)
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		class = llm.Timeout
	case class == "":
		class = "other"
	}
	switch {
	case class != llm.Timeout && llm.IsPersistent(err):
		return http.StatusServiceUnavailable, codeBackendUnavailable,
			"the model backend is not available (" + string(class) + "); the operator can see why in /readyz and the server log", class
	case class == llm.Timeout:
		return http.StatusGatewayTimeout, codeBackendTimeout,
			"the model backend did not answer in time; try again, or with fewer descriptions", class
	case class == llm.RateLimited:
		return http.StatusServiceUnavailable, codeBackendUnavailable,
			"the model backend is rate limiting this server; try again in a moment", class
	}
	return http.StatusBadGateway, codeBackendError,
		"the model backend failed (" + string(class) + "); try again, or another seed", class
}
