package main

import (
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/llm/openaitest"
)

// brokenServer accepts every connection and request, then breaks the reply:
// "reset" closes the connection without a byte, "truncate" sends headers
// promising a body and stops half-way. It counts the requests.
func brokenServer(t *testing.T, mode string) *openaitest.Server {
	srv := openaitest.New(t)
	srv.OnChat(func(openaitest.ChatRequest) openaitest.Reply {
		return openaitest.Func(func(w http.ResponseWriter, _ *http.Request) {
			switch mode {
			case "reset":
				conn, _, err := w.(http.Hijacker).Hijack()
				if err == nil {
					if tc, ok := conn.(*net.TCPConn); ok {
						tc.SetLinger(0) // RST, not FIN
					}
					conn.Close()
				}
			case "truncate":
				w.Header().Set("Content-Type", "application/json")
				w.Header().Set("Content-Length", "4000")
				w.WriteHeader(http.StatusOK)
				w.Write([]byte(`{"id":"chatcmpl-1","object":"chat.completion","choices":[{"index":0,"message":{"role":"assistant","content":"{\"dom`))
				w.(http.Flusher).Flush()
				panic(http.ErrAbortHandler) // the connection is closed mid-body
			}
		})
	})
	return srv
}

// A server that is there but breaks every reply is a failure (1), not a
// missing prerequisite (4): the user's next step is the server's logs, not
// starting one. A refused connection still is 4.
func TestBrokenRepliesExitOneRefusedConnectionExitsFour(t *testing.T) {
	for _, mode := range []string{"reset", "truncate"} {
		srv := brokenServer(t, mode)
		for _, c := range []struct {
			name string
			args []string
		}{
			{"suggest", []string{"suggest", "--backend", "openai", "--model", "gpt-test", "a bakery in Lyon"}},
			{"generate-data", []string{"generate-data", "--version", "v1", "--rows", "5", "--model", "gpt-test", "--reasks", "0"}},
		} {
			t.Run(mode+"/"+c.name, func(t *testing.T) {
				dir := t.TempDir()
				env := map[string]string{
					"OPENAI_BASE_URL":       srv.URL + "/v1",
					"OPENAI_API_KEY":        "sk-test",
					"OLLAMA_HOST":           "127.0.0.1:9",
					"DOMAINYOURS_DATA_DIR":  filepath.Join(dir, "data"),
					"DOMAINYOURS_CACHE_DIR": filepath.Join(dir, "cache"),
					"DOMAINYOURS_ENV_FILE":  filepath.Join(dir, "none.env"),
				}
				os.WriteFile(env["DOMAINYOURS_ENV_FILE"], nil, 0o644)
				before := srv.Requests()
				r := runCLI(t, env, c.args...)
				if srv.Requests() == before {
					t.Fatalf("the server was never asked (code %d):\n%s", r.Code, r.Stderr)
				}
				if r.Code != 1 {
					t.Errorf("code %d, want 1 (a server that breaks its replies is a failure)\n%s", r.Code, r.Stderr)
				}
				if !strings.Contains(r.Stderr, "broke before the reply was complete") {
					t.Errorf("stderr should say the connection broke mid-reply:\n%s", r.Stderr)
				}
			})
		}
	}
	// Nobody listens on port 9: the connection is refused, the server is
	// missing.
	none := filepath.Join(t.TempDir(), "none.env")
	os.WriteFile(none, nil, 0o644)
	r := runCLI(t, map[string]string{"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "OPENAI_API_KEY": "sk-test",
		"DOMAINYOURS_ENV_FILE": none}, "suggest", "--backend", "openai", "--model", "gpt-test", "a bakery")
	if r.Code != 4 {
		t.Errorf("refused connection: code %d, want 4\n%s", r.Code, r.Stderr)
	}
}
