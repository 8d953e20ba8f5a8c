package openai

import (
	"encoding/json"
	"errors"
	"net/http"
	"testing"

	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
)

// canaryKey must never show up in an error, a hint or a log line.
const canaryKey = "sk-canary-9f8e7d6c5b4a"

type handleFunc func(w http.ResponseWriter, r *http.Request, hit int, body map[string]any)

// newFake is the shared fake OpenAI server with every chat request handed
// to handle, given the 1-based hit number and the decoded request body.
func newFake(t testing.TB, handle handleFunc) *openaitest.Server {
	t.Helper()
	srv := openaitest.New(t)
	srv.OnChat(func(req openaitest.ChatRequest) openaitest.Reply {
		var body map[string]any
		_ = json.Unmarshal(req.Body, &body)
		return openaitest.Func(func(w http.ResponseWriter, r *http.Request) { handle(w, r, req.Hit, body) })
	})
	return srv
}

// completion is a chat completion reply body.
type completion = openaitest.Completion

// apiError writes an OpenAI error body; extra headers come in pairs.
func apiError(w http.ResponseWriter, status int, typ, code, msg string, headers ...string) {
	h := map[string]string{}
	for i := 0; i+1 < len(headers); i += 2 {
		h[headers[i]] = headers[i+1]
	}
	openaitest.WriteError(w, openaitest.Error{Status: status, Type: typ, Code: code, Message: msg, Header: h})
}

// rawError writes a non-JSON error page, like a proxy in front of a server.
func rawError(w http.ResponseWriter, status int, body string) {
	openaitest.Raw{Status: status, ContentType: "text/html", Body: body}.Write(w, nil)
}

// newProvider returns a Provider for the fake, keyed with the canary.
func newProvider(t testing.TB, baseURL string) *Provider {
	t.Helper()
	p, err := New(Config{BaseURL: baseURL + "/v1", APIKey: canaryKey, Organization: "org-test"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.CloseIdleConnections)
	return p
}

func newClient(t testing.TB, p llm.Provider, cfg llm.Config) *llm.Client {
	t.Helper()
	c, err := llm.NewClient(p, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func userRequest(id, text string) llm.Request {
	return llm.Request{Model: "gpt-test", ID: id, Messages: []llm.Message{{Role: llm.RoleUser, Content: text}}}
}

// judgeSchema is a small reply schema with a bounded score and a closed enum.
const judgeSchema = `{"type":"object","properties":{` +
	`"score":{"type":"integer","minimum":1,"maximum":5},` +
	`"label":{"type":"string","enum":["safe","unsafe"]}},` +
	`"required":["score","label"],"additionalProperties":false}`

func schemaRequest(id string) llm.Request {
	r := userRequest(id, "judge brightpath.com for a bakery")
	r.Schema = &llm.Schema{Name: "judge", JSON: json.RawMessage(judgeSchema), Strict: true}
	return r
}

func mustClass(t *testing.T, err error, want llm.Class) *llm.Error {
	t.Helper()
	var e *llm.Error
	if want == "" {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		return nil
	}
	if !errors.As(err, &e) || e.Class != want {
		t.Fatalf("error = %v (class %q), want class %q", err, llm.ClassOf(err), want)
	}
	return e
}
