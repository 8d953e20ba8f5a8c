package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/domainyours/domainyours/internal/datagen/fakellm"
	"github.com/domainyours/domainyours/internal/llm/openaitest"
	"github.com/domainyours/domainyours/internal/redact"
)

// Canaries: the API key, and a password in the base URL. Neither may appear
// in anything the program prints or writes.
const (
	canaryKey     = "sk-canary-0123456789abcdef"
	canaryURLPass = "urlpass-canary-4242"
)

// echoServer is the shared fake OpenAI server, one per mode, echoing the
// credentials it receives everywhere a real (or hostile) server could: in
// response headers, in error bodies, in refusals and in the free text of
// structured replies.
type echoServer struct {
	modes   map[string]*openaitest.Server
	datagen *fakellm.Server // answers dataset_rows requests validly
	keyed   atomic.Int64    // requests that carried the canary key
}

func startEchoServer(t *testing.T) *echoServer {
	s := &echoServer{datagen: fakellm.Start(t), modes: map[string]*openaitest.Server{}}
	// The dataset rows carry the key in their text as well.
	s.datagen.Edit = func(_ fakellm.Request, r *fakellm.Reply) {
		r.Rows[0].Description += " Quote " + canaryKey + " at the till."
	}
	for _, mode := range []string{"reject", "proxy-page", "broken", "no-model", "refuse", "reply"} {
		srv := openaitest.New(t)
		srv.Intercept(s.echo)
		srv.OnChat(func(req openaitest.ChatRequest) openaitest.Reply { return s.answer(mode, req) })
		s.modes[mode] = srv
	}
	return s
}

// baseURL is the OPENAI_BASE_URL of mode, with the canary password.
func (s *echoServer) baseURL(mode string) string {
	return strings.Replace(s.modes[mode].URL, "http://", "http://user:"+canaryURLPass+"@", 1) + "/v1"
}

// echo quotes the credentials in the headers of every reply, and answers
// anything but a chat request with a 404 quoting them too.
func (s *echoServer) echo(w http.ResponseWriter, r *http.Request) bool {
	auth := r.Header.Get("Authorization")
	if strings.Contains(auth, canaryKey) {
		s.keyed.Add(1)
	}
	w.Header().Set("X-Echo-Authorization", auth)
	w.Header().Set("Www-Authenticate", `Bearer realm="`+canaryKey+`"`)
	if r.URL.Path != "/v1/chat/completions" {
		apiErr(http.StatusNotFound, "unknown path "+r.URL.Path+" for "+echoOf(auth)).Write(w, r)
		return true
	}
	return false
}

func echoOf(auth string) string {
	return "Incorrect API key provided: " + canaryKey + " (you sent " + auth + ")"
}

func (s *echoServer) answer(mode string, req openaitest.ChatRequest) openaitest.Reply {
	auth := req.Header.Get("Authorization")
	switch mode {
	case "reject":
		return apiErr(http.StatusUnauthorized, echoOf(auth))
	case "proxy-page", "broken":
		// A proxy's HTML page quoting the request header: a 400 is not
		// retried, a 500 is (and each retry is logged at debug level).
		status := http.StatusBadRequest
		if mode == "broken" {
			status = http.StatusInternalServerError
		}
		return openaitest.Raw{Status: status, ContentType: "text/html", Body: "<html><pre>upstream failed for " + auth + "</pre></html>"}
	case "no-model":
		// The user pasted the key as the model name: the server quotes it
		// back, and the hint names it too.
		return openaitest.Error{Status: http.StatusNotFound, Type: "invalid_request_error", Code: "model_not_found",
			Message: "The model `" + req.Model + "` does not exist"}
	case "refuse":
		return openaitest.Completion{Model: req.Model, Refusal: "I will not answer a caller using " + canaryKey, PromptTokens: 10, CompletionTokens: 5}
	}
	schema := ""
	if req.ResponseFormat != nil && req.ResponseFormat.JSONSchema != nil {
		schema = req.ResponseFormat.JSONSchema.Name
	}
	if schema == "dataset_rows" {
		return openaitest.Func(func(w http.ResponseWriter, _ *http.Request) { s.proxy(w, req.Body) })
	}
	content, err := echoReply(schema, req.User())
	if err != nil {
		return apiErr(http.StatusBadRequest, err.Error())
	}
	return openaitest.Completion{Model: req.Model, Content: content, PromptTokens: 10, CompletionTokens: 5}
}

var nameIDRE = regexp.MustCompile(`(?m)^n(\d+): `)

// echoReply is a schema-valid reply whose free text quotes the key.
func echoReply(schema, user string) (string, error) {
	var v any
	switch {
	case schema == "domain_suggestions":
		// A name is the only free text of this schema.
		v = map[string]any{"domains": []string{"crumbhaus", canaryKey, "levainly"}, "refusal": ""}
	case strings.HasPrefix(schema, "name_verdict_"):
		names := map[string]any{}
		for _, m := range nameIDRE.FindAllStringSubmatch(user, -1) {
			names["n"+m[1]] = map[string]any{"relevance": 4, "creativity": 3, "brandability": 4, "conciseness": 5,
				"category": "good", "reason": "fine, says " + canaryKey}
		}
		v = map[string]any{"appropriate": true, "reason": "judged for " + canaryKey, "names": names}
		if len(names) == 0 {
			delete(v.(map[string]any), "names")
		}
	default:
		return "", fmt.Errorf("unknown schema %q", schema)
	}
	b, err := json.Marshal(v)
	return string(b), err
}

// proxy answers a dataset_rows request through the datagen fake.
func (s *echoServer) proxy(w http.ResponseWriter, body []byte) {
	resp, err := http.Post(s.datagen.URL+"/v1/chat/completions", "application/json", bytes.NewReader(body))
	if err != nil {
		apiErr(http.StatusBadGateway, err.Error()).Write(w, nil)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	io.Copy(w, resp.Body)
}

func apiErr(status int, msg string) openaitest.Error {
	return openaitest.Error{Status: status, Type: "invalid_request_error", Code: "invalid_api_key", Message: msg}
}

// TestCanaryKeyNeverLeaks runs every command that talks to an
// OpenAI-compatible server against one that echoes the key and the URL
// password in headers, error bodies, refusals and reply text, at every
// verbosity, and looks for either canary in stdout, stderr and every file
// the run wrote. The key also travels where only the app's own redactor can
// catch it: pasted as the model name, it comes back in the error hint.
//
// Each run must reach the server with the key, and every command must show
// the placeholder somewhere: the echo really reached the program and was
// redacted, rather than never arriving.
func TestCanaryKeyNeverLeaks(t *testing.T) {
	srv := startEchoServer(t)
	testSet, err := os.ReadFile("../../data/test_set.csv")
	if err != nil {
		t.Fatal(err)
	}
	// Six rows keep the eval runs short.
	lines := strings.SplitAfter(string(testSet), "\n")
	smallTestSet := strings.Join(lines[:7], "")

	// Every mode but "broken" (a retried 500, slow because of the backoff)
	// runs for every command; "no-model" sends the key as the model name.
	allModes := []string{"reject", "proxy-page", "refuse", "reply", "no-model"}
	commands := []struct {
		name  string
		modes []string
		args  func(dir, model string) []string
	}{
		{"suggest", append(allModes, "broken"), func(_, model string) []string {
			return []string{"suggest", "--backend", "openai", "--model", model, "a bakery in Lyon"}
		}},
		{"suggest --json", allModes, func(_, model string) []string {
			return []string{"suggest", "--json", "--backend", "openai", "--model", model, "a bakery in Lyon"}
		}},
		{"suggest --file", allModes, func(dir, model string) []string {
			f := filepath.Join(dir, "in.txt")
			os.WriteFile(f, []byte("a bakery in Lyon\na florist in Porto\n"), 0o644)
			return []string{"suggest", "--file", f, "--backend", "openai", "--model", model}
		}},
		{"generate-data", allModes, func(_, model string) []string {
			return []string{"generate-data", "--version", "v1", "--rows", "5", "--model", model, "--reasks", "0"}
		}},
		{"generate-data --test-set", allModes, func(_, model string) []string {
			return []string{"generate-data", "--test-set", "--rows", "5", "--model", model, "--reasks", "0", "--force"}
		}},
		{"eval --judge openai", []string{"reject", "proxy-page", "refuse", "reply"}, func(dir, model string) []string {
			return []string{"eval", "--version", "builtin", "--judge", "openai", "--judge-model", model,
				"--max-error-rate", "1", "--reports-dir", filepath.Join(dir, "reports"), "--images-dir", filepath.Join(dir, "images")}
		}},
	}
	verbosities := []struct {
		name  string
		level string
		flag  bool
	}{{"default", "", false}, {"error", "error", false}, {"info", "info", false}, {"debug", "debug", false}, {"verbose", "", true}}

	red := redact.New(canaryKey, canaryURLPass)
	for _, c := range commands {
		redacted := false // the placeholder showed up in some run of c
		for _, mode := range c.modes {
			for _, v := range verbosities {
				t.Run(c.name+"/"+mode+"/"+v.name, func(t *testing.T) {
					dir := t.TempDir()
					data := filepath.Join(dir, "data")
					os.MkdirAll(data, 0o755)
					os.WriteFile(filepath.Join(data, "test_set.csv"), []byte(smallTestSet), 0o644)
					env := map[string]string{
						"DOMAINYOURS_DATA_DIR":   data,
						"DOMAINYOURS_MODELS_DIR": filepath.Join(dir, "models"),
						"DOMAINYOURS_CACHE_DIR":  filepath.Join(dir, "cache"),
						"DOMAINYOURS_ENV_FILE":   filepath.Join(dir, "env"),
						"OPENAI_BASE_URL":        srv.baseURL(mode),
						"OPENAI_API_KEY":         canaryKey,
						"OLLAMA_HOST":            "127.0.0.1:9",
					}
					os.WriteFile(env["DOMAINYOURS_ENV_FILE"], nil, 0o644)
					if v.level != "" {
						env["DOMAINYOURS_LOG_LEVEL"] = v.level
					}
					model := "gpt-echo"
					if mode == "no-model" {
						model = canaryKey
					}
					args := c.args(dir, model)
					if v.flag {
						args = append(args[:1:1], append([]string{"--verbose"}, args[1:]...)...)
					}
					before := srv.keyed.Load()
					r := runCLI(t, env, args...)
					if srv.keyed.Load() == before {
						t.Fatalf("the server never received the key: the canary cannot fail (code %d)\nstderr: %s", r.Code, r.Stderr)
					}
					outputs := map[string]string{"stdout": r.Stdout, "stderr": r.Stderr}
					filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
						if err == nil && !d.IsDir() {
							b, _ := os.ReadFile(path)
							outputs[path] = string(b)
						}
						return nil
					})
					for where, text := range outputs {
						if red.Contains(text) {
							t.Errorf("canary in %s (code %d):\n%s", where, r.Code, text)
						}
						redacted = redacted || strings.Contains(text, redact.Placeholder)
					}
					// Issue 15: a key reflected into reply text reaches every
					// file those replies are persisted in; each must exist
					// (so the walk above really read it) and the ones that
					// keep the echoed text must hold the placeholder.
					if mode == "reply" {
						var must, redactedIn []string
						switch c.name {
						case "eval --judge openai":
							must = []string{"data/model_builtin-results.csv", "data/model_builtin-edge_cases.json",
								"reports/eval-report.html", "reports/eval-summary.json", "cache/judge-cache.jsonl"}
							redactedIn = []string{"data/model_builtin-results.csv", "reports/eval-report.html", "cache/judge-cache.jsonl"}
						case "generate-data":
							must = []string{"data/dataset_v1.csv"}
							redactedIn = must
						}
						for _, f := range must {
							if _, ok := outputs[filepath.Join(dir, f)]; !ok {
								t.Errorf("%s was not written (code %d), so its redaction is untested\nstderr: %s", f, r.Code, r.Stderr)
							}
						}
						for _, f := range redactedIn {
							if text, ok := outputs[filepath.Join(dir, f)]; ok && !strings.Contains(text, redact.Placeholder) {
								t.Errorf("%s does not hold the redacted echo: the reply text never reached it", f)
							}
						}
					}
					// The hint naming the model is redacted by the app
					// alone: this is the check that fails without it.
					if mode == "no-model" && strings.HasPrefix(c.name, "suggest") && !strings.Contains(r.Stderr, "hint: check the model name \""+redact.Placeholder+"\"") {
						t.Errorf("the model-not-found hint should name the model, redacted; stderr:\n%s", r.Stderr)
					}
				})
			}
		}
		if !redacted {
			t.Errorf("%s: no %s in any output: the echoed key never reached the program, so these runs prove nothing", c.name, redact.Placeholder)
		}
	}
}
