// Package suggestion is the one code path from a business description to
// ranked domain names. suggest, eval and serve all call Service.Suggest, so
// what is evaluated is exactly what users get: the same input limits, the same
// guardrail, the same validation of every name. Around it: the availability
// of the names' domains (AddAvailability), batches of descriptions read from
// a file (Batch) and the JSON and text renderings of an answer (Output).
package suggestion

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/domainyours/domainyours/internal/constraint"
	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/guard"
	"github.com/domainyours/domainyours/internal/safety"
)

// Input limits, documented in README.md.
const (
	MaxDescriptionChars = 2000
	MinCount            = 1
	MaxCount            = 20
	DefaultCount        = domain.SetSize
)

// Request is one description to name.
type Request struct {
	Description string
	Count       int
	Seed        int64
	Temperature *float64 // nil: the backend's default
}

// Candidate is a name proposed by a backend, before validation.
type Candidate struct {
	Name       string
	Score      float64  // backend's own ranking score in [0,1]
	Confidence *float64 // model confidence when the backend measured one; never invented
}

// Reply is what a backend returns: names, or a refusal with a category.
type Reply struct {
	Candidates []Candidate
	Refused    bool
	Category   string
	Reason     string
	Model      string // e.g. "domainyours:v2"; empty for the built-in generator
	// Shortfall is set when the backend found fewer names than asked
	// because the description's own constraints left no more.
	Shortfall *Shortfall
	// MarksAvoided: the backend already keeps famous marks out of its names
	// (the built-in generator, by domain's list as it builds them), so its
	// names skip the typo-variant check, whose rare false hits ("sattel",
	// German for saddle, one letter from "mattel") would cost it a name.
	MarksAvoided bool
}

// Shortfall says why a list has fewer names than asked: the naming
// constraints the description states ("at most 5 letters", a start letter)
// left no more good names. Those found meet them all.
type Shortfall struct {
	Found     int `json:"found"`
	Requested int `json:"requested"`
	// LimitedBy are the constraints that limited the list, most limiting
	// first ("at most 5 characters", "starts with \"k\"").
	LimitedBy []string `json:"limited_by"`
	// Message says what was found, what limited it and what to do next.
	Message string `json:"message"`
}

// Backend produces candidates. Implementations: the built-in generator here,
// LLM backends over internal/llm.
type Backend interface {
	Name() string
	Generate(ctx context.Context, req Request) (Reply, error)
}

// Suggestion is one validated, ranked name.
type Suggestion struct {
	Name       string   `json:"name"`
	Score      float64  `json:"score"`
	Confidence *float64 `json:"confidence,omitempty"`
}

// Result is the outcome for one description.
type Result struct {
	Description string             `json:"description"`
	Suggestions []Suggestion       `json:"suggestions"`
	Refused     bool               `json:"refused"`
	Category    string             `json:"category,omitempty"`
	Reason      string             `json:"reason,omitempty"`
	RefusedBy   string             `json:"refused_by,omitempty"` // "guardrail", "guard" or "model"
	Backend     string             `json:"backend"`
	Model       string             `json:"model,omitempty"`
	Dropped     []domain.Rejection `json:"dropped,omitempty"`   // invalid names the backend produced
	Shortfall   *Shortfall         `json:"shortfall,omitempty"` // fewer names than asked, and why
	ElapsedMS   float64            `json:"elapsed_ms"`
}

// inputError is a description or option outside the documented limits
// (exit 2); the message says what to do.
func inputError(problem string) error { return exitcode.Usagef("", "%s", problem) }

// Service applies limits, the guardrail and validation around a Backend.
type Service struct {
	backend Backend
	guard   guard.Guard // nil: the local rules only
	now     func() time.Time
}

// WithGuard adds a model guard (internal/guard) after the local rules; nil
// removes it. It returns s.
func (s *Service) WithGuard(g guard.Guard) *Service {
	s.guard = g
	return s
}

// GuardError is a configured model guard that could not answer. The request
// stops there (fail closed); Err says why (an *llm.Error when the guard's
// server failed).
type GuardError struct {
	Guard string
	Err   error
}

func (e *GuardError) Error() string { return e.Err.Error() }
func (e *GuardError) Unwrap() error { return e.Err }

// New returns a Service over backend.
func New(backend Backend) *Service {
	return &Service{backend: backend, now: time.Now}
}

// Backend returns the backend in use.
func (s *Service) Backend() Backend { return s.backend }

// CleanDescription strips invisible and bidi characters and surrounding space,
// then checks the documented limits.
func CleanDescription(raw string) (string, error) {
	if !utf8.ValidString(raw) {
		return "", inputError("the description is not valid UTF-8; save it as UTF-8 text")
	}
	d := strings.TrimSpace(strings.Map(controlToSpace, domain.StripInvisible(raw)))
	if d == "" {
		return "", inputError("the description is empty; describe the business in a sentence, e.g. \"a bakery in Lyon\"")
	}
	if n := utf8.RuneCountInString(d); n > MaxDescriptionChars {
		return "", inputError(fmt.Sprintf("the description is %d characters; the limit is %d, so shorten it to the essentials", n, MaxDescriptionChars))
	}
	return d, nil
}

// controlToSpace turns control characters other than tab and newline (NUL,
// BEL, ESC, C1 codes) into spaces: the description is echoed in every output
// format, where an ESC would drive a terminal and a NUL break a CSV reader.
func controlToSpace(r rune) rune {
	if r != '\n' && r != '\t' && unicode.IsControl(r) {
		return ' '
	}
	return r
}

// Suggest names one description. A refusal is a normal Result (Refused set),
// not an error; errors are bad input (exitcode.IsInput) or backend failures.
func (s *Service) Suggest(ctx context.Context, req Request) (Result, error) {
	start := s.now()
	if req.Count == 0 {
		req.Count = DefaultCount
	}
	if req.Count < MinCount || req.Count > MaxCount {
		return Result{}, inputError(fmt.Sprintf("count %d is out of range; use %d to %d", req.Count, MinCount, MaxCount))
	}
	desc, err := CleanDescription(req.Description)
	if err != nil {
		return Result{}, err
	}
	// The output keeps the user's text; the guardrail and the backend read
	// emoji-only descriptions through their names.
	text, ok := emojiWords(desc)
	if !ok {
		return Result{}, inputError("the description has no letters, digits or emoji with a meaning; " +
			"describe the business in words, e.g. \"a pizzeria in Naples\"")
	}
	req.Description = text
	res := Result{Description: desc, Suggestions: []Suggestion{}, Backend: s.backend.Name()}

	if v := safety.Classify(text); !v.Appropriate {
		res.Refused, res.Category, res.Reason, res.RefusedBy = true, string(v.Category), v.Reason, "guardrail"
		res.ElapsedMS = ms(s.now().Sub(start))
		return res, nil
	}
	if s.guard != nil {
		v, err := s.guard.Check(ctx, text)
		if err != nil {
			// Fail closed: a configured guard that cannot answer stops the
			// request; it is never skipped.
			// Fail closed, with the way out; the exit code is the cause's
			// (4 for a guard server that is not there).
			return Result{}, exitcode.WithHint(&GuardError{Guard: s.guard.Name(), Err: err},
				"the model guard ("+s.guard.Name()+", from --guard or DOMAINYOURS_GUARD) must answer before names are made: fix it, or choose --guard builtin")
		}
		if !v.Appropriate {
			res.Refused, res.Category, res.Reason, res.RefusedBy = true, string(v.Category), v.Reason, "guard"
			res.ElapsedMS = ms(s.now().Sub(start))
			return res, nil
		}
	}
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}

	reply, err := s.backend.Generate(ctx, req)
	if err != nil {
		return Result{}, err
	}
	res.Model = reply.Model
	if reply.Refused {
		res.Refused, res.Category, res.Reason, res.RefusedBy = true, reply.Category, reply.Reason, "model"
		if res.Reason == "" {
			res.Reason = "the model declined to name this business"
		}
		res.ElapsedMS = ms(s.now().Sub(start))
		return res, nil
	}
	var own []string
	if !reply.MarksAvoided {
		own = constraint.Parse(req.Description).Asked()
	}
	res.Suggestions, res.Dropped = validate(reply.Candidates, req.Count, !reply.MarksAvoided, own)
	if len(res.Suggestions) > 0 {
		res.Shortfall = reply.Shortfall
	}
	res.ElapsedMS = ms(s.now().Sub(start))
	return res, nil
}

// validate normalises every candidate through internal/domain, drops (and
// reports) invalid or repeated names and, with marks, names that are, carry
// or imitate a famous mark other than the words own asks for, ranks by
// score and keeps count.
func validate(cands []Candidate, count int, marks bool, own []string) ([]Suggestion, []domain.Rejection) {
	out := make([]Suggestion, 0, count)
	var dropped []domain.Rejection
	seen := make(map[string]bool, len(cands))
	for _, c := range cands {
		name, rej := domain.Normalize(c.Name)
		if rej != nil {
			dropped = append(dropped, *rej)
			continue
		}
		if marks {
			// A model is told to avoid marks but may not.
			if m := domain.MarkIn(name, own); m != "" {
				dropped = append(dropped, domain.Rejection{Name: c.Name, Reason: domain.ReasonMark, Message: fmt.Sprintf("is, carries or imitates the famous mark %q", m)})
				continue
			}
		}
		if seen[name] {
			dropped = append(dropped, domain.Rejection{Name: c.Name, Reason: domain.ReasonDuplicate, Message: "appears more than once"})
			continue
		}
		seen[name] = true
		out = append(out, Suggestion{Name: name, Score: c.Score, Confidence: c.Confidence})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	if len(out) > count {
		out = out[:count]
	}
	return out, dropped
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
