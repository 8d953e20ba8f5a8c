// Package fakellm is an OpenAI chat-completions server for tests of
// generate-data. It reads the row briefs of a datagen request and answers
// with valid rows by default; a test's Edit hook turns chosen replies into
// the faults a real LLM produces (invalid names, duplicates, refusals,
// truncated JSON, 429s). Replies depend only on the request content and on
// how often that exact request was seen, never on arrival order, so runs at
// any concurrency get the same answers.
package fakellm

import (
	"encoding/json"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/domain"

	"github.com/domainyours/domainyours/internal/llm/openaitest"
)

// Usage reported for every reply.
const (
	PromptTokens     = 1000
	CompletionTokens = 500
)

// Brief is one row asked for.
type Brief struct {
	N        int // 1-based position in the request
	Text     string
	MinWords int
	MaxWords int
	Label    string
	Category string
	Names    bool // five names asked for
}

// Request is a decoded datagen request.
type Request struct {
	Tag     string // "seed-batch-attempt"
	Batch   int
	Attempt int
	Briefs  []Brief
	// Hit counts how often this exact request arrived, 1 for the first.
	Hit int
}

// Row is one reply row.
type Row struct {
	Description string   `json:"description"`
	Label       string   `json:"label"`
	Category    string   `json:"category"`
	Names       []string `json:"names"`
}

// Reply is what the server sends; Edit may change any part.
type Reply struct {
	Rows []Row
	// Status, when non-zero, sends an OpenAI error with this HTTP status.
	Status     int
	RetryAfter string
	// Refusal sends the model's refusal message instead of content.
	Refusal string
	// Truncate cuts the JSON in half with finish_reason "length".
	Truncate bool
	// Content, when set, is sent as the message text instead of the rows:
	// a server answering prose or an HTML error page with status 200.
	Content string
}

// Server is a running fake, on the shared fake OpenAI server.
type Server struct {
	*openaitest.Server
	// Latency delays every reply, to measure throughput.
	Latency time.Duration
	// Edit changes the default reply of a request.
	Edit func(Request, *Reply)

	mu   sync.Mutex
	seen map[string]int
}

// Start starts a fake; its API root is URL + "/v1".
func Start(t testing.TB) *Server {
	s := &Server{Server: openaitest.New(t), seen: map[string]int{}}
	s.OnChat(s.answer)
	return s
}

// Calls is the number of chat requests served.
func (s *Server) Calls() int { return s.Hits() }

var (
	tagRE   = regexp.MustCompile(`Request (-?\d+)-(\d+)-(\d+)\.`)
	briefRE = regexp.MustCompile(`(?m)^(\d+)\. (.*)\. Description: (\d+) to (\d+) words\. label (appropriate|inappropriate), category ("?[a-z_]*"?)(?:, (names \[\]|\d+ names))?\.?`)
)

func (s *Server) answer(body openaitest.ChatRequest) openaitest.Reply {
	if len(body.Messages) == 0 {
		return badRequest("bad request body")
	}
	user := body.Messages[len(body.Messages)-1].Content
	req, err := parse(user)
	if err != nil {
		return badRequest(err.Error())
	}
	s.mu.Lock()
	s.seen[user]++
	req.Hit = s.seen[user]
	s.mu.Unlock()

	reply := Reply{Rows: GoodRows(req)}
	if s.Edit != nil {
		s.Edit(req, &reply)
	}
	if reply.Status != 0 {
		e := openaitest.Error{Status: reply.Status, Type: "invalid_request_error", Code: "rate_limit_exceeded", Message: "slow down", Delay: s.Latency}
		if reply.RetryAfter != "" {
			e.Header = map[string]string{"Retry-After": reply.RetryAfter}
		}
		return e
	}
	content, _ := json.Marshal(map[string]any{"rows": reply.Rows})
	c := openaitest.Completion{Content: string(content), Model: body.Model, PromptTokens: PromptTokens, CompletionTokens: CompletionTokens, Delay: s.Latency}
	switch {
	case reply.Refusal != "":
		c.Content, c.Refusal = "", reply.Refusal
	case reply.Truncate:
		c.Content, c.Finish = string(content[:len(content)/2]), "length"
	case reply.Content != "":
		c.Content = reply.Content
	}
	return c
}

func badRequest(msg string) openaitest.Reply {
	return openaitest.Error{Status: http.StatusBadRequest, Type: "invalid_request_error", Message: msg}
}

func parse(user string) (Request, error) {
	m := tagRE.FindStringSubmatch(user)
	if m == nil {
		return Request{}, fmt.Errorf("no request tag in %q", user)
	}
	var req Request
	req.Tag = m[1] + "-" + m[2] + "-" + m[3]
	req.Batch, _ = strconv.Atoi(m[2])
	req.Attempt, _ = strconv.Atoi(m[3])
	for _, b := range briefRE.FindAllStringSubmatch(user, -1) {
		n, _ := strconv.Atoi(b[1])
		lo, _ := strconv.Atoi(b[3])
		hi, _ := strconv.Atoi(b[4])
		req.Briefs = append(req.Briefs, Brief{N: n, Text: b[2], MinWords: lo, MaxWords: hi, Label: b[5],
			Category: strings.Trim(b[6], `"`), Names: strings.HasSuffix(b[7], " names") && b[7] != "names []"})
	}
	if len(req.Briefs) == 0 {
		return Request{}, fmt.Errorf("no briefs in %q", user)
	}
	return req, nil
}

// GoodRows answers every brief validly: descriptions of invented words (so
// no two are near-duplicates), five unique names (no marks) for named rows, and
// refusal rows of the asked category.
func GoodRows(req Request) []Row {
	rows := make([]Row, len(req.Briefs))
	for i, b := range req.Briefs {
		rng := rand.New(rand.NewPCG(hash(req.Tag), uint64(b.N)))
		words := max(b.MinWords, 8)
		var d []string
		switch {
		case b.Label == "inappropriate":
			d = append(d, "Online", "shop", "selling", "stolen", "credit", "card", "numbers", "and", "forged", "passports")
		case strings.Contains(b.Text, "naming wish"):
			d = append(d, "Please", "avoid", "hyphens", "in", "the", "name.")
		}
		prefix := len(d)
		for len(d) < prefix+words {
			d = append(d, Word(rng, 5+rng.IntN(4)))
		}
		row := Row{Description: strings.Join(d, " "), Label: b.Label, Category: b.Category, Names: []string{}}
		if b.Names {
			for len(row.Names) < 5 {
				// An invented word can happen to carry a mark ("nikelosa").
				if w := Word(rng, 7+rng.IntN(4)); domain.MarkIn(w, nil) == "" {
					row.Names = append(row.Names, w)
				}
			}
		}
		rows[i] = row
	}
	return rows
}

// Word is a pronounceable invented word of n letters.
func Word(rng *rand.Rand, n int) string {
	const cons, vows = "bcdfgklmnprstvz", "aeiou"
	b := make([]byte, n)
	for i := range b {
		if i%2 == 0 {
			b[i] = cons[rng.IntN(len(cons))]
		} else {
			b[i] = vows[rng.IntN(len(vows))]
		}
	}
	return string(b)
}

func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
