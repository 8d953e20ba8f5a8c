package trainer

import (
	"strconv"
	"strings"

	"github.com/domainyours/domainyours/internal/lazyregexp"
)

// EventKind names a line of the trainer's log that train acts on.
type EventKind int

// The events of llama-finetune-lora's log.
const (
	EventSplit      EventKind = iota + 1 // Training split: datapoints=N, batches_per_epoch=B
	EventEpochStart                      // Starting epoch N (step S, lr=…)
	EventTrain                           // train: … data=D/T loss=L…
	EventVal                             // val:   … data=D/T loss=L…
	EventCheckpoint                      // Checkpoint saved successfully to PATH
	EventAdapter                         // LoRA adapter saved: PATH (… MB)
	EventSkipped                         // Skipping conversation N: too long (X tokens > C)
	EventNoData                          // GGML_ASSERT(ndata > 0): every conversation was skipped
)

// Event is one parsed log line.
type Event struct {
	Kind        EventKind
	Epoch       int     // EventEpochStart
	Step        int     // EventEpochStart, EventCheckpoint
	Done, Total int     // EventTrain, EventVal: data=Done/Total; EventSplit: Done=datapoints, Total=batches per epoch
	Loss        float64 // EventTrain, EventVal: running mean over the epoch so far
	Path        string  // EventCheckpoint, EventAdapter
	Tokens      int     // EventSkipped: the conversation's length
	Context     int     // EventSkipped: the context it did not fit
}

var (
	reSplit      = lazyregexp.New(`Training split: datapoints=(\d+), batches_per_epoch=(\d+)`)
	reEpoch      = lazyregexp.New(`Starting epoch (\d+) \(step (\d+)`)
	reProgress   = lazyregexp.New(`^(train|val):\s.*?data=(\d+)/(\d+)\s+loss=([-+0-9.eEnaNifI]+)`)
	reCheckpoint = lazyregexp.New(`Checkpoint saved successfully to (.*checkpoint_step_(\d+))\s*$`)
	reAdapter    = lazyregexp.New(`LoRA adapter saved: (.+?)(?: \([0-9.]+ [KMG]?B\))?\s*$`)
	reSkipped    = lazyregexp.New(`Skipping conversation \d+: too long \((\d+) tokens > (\d+)\)`)
)

// ParseLine returns the event on one log line (without its terminator).
func ParseLine(line string) (Event, bool) {
	line = strings.TrimSpace(line)
	switch {
	case line == "":
		return Event{}, false
	case strings.HasPrefix(line, "train:") || strings.HasPrefix(line, "val:"):
		m := reProgress.FindStringSubmatch(line)
		if m == nil {
			return Event{}, false
		}
		loss, err := strconv.ParseFloat(m[4], 64)
		if err != nil {
			return Event{}, false
		}
		ev := Event{Kind: EventTrain, Done: atoi(m[2]), Total: atoi(m[3]), Loss: loss}
		if m[1] == "val" {
			ev.Kind = EventVal
		}
		return ev, true
	}
	if m := reSplit.FindStringSubmatch(line); m != nil {
		return Event{Kind: EventSplit, Done: atoi(m[1]), Total: atoi(m[2])}, true
	}
	if m := reEpoch.FindStringSubmatch(line); m != nil {
		return Event{Kind: EventEpochStart, Epoch: atoi(m[1]), Step: atoi(m[2])}, true
	}
	if m := reCheckpoint.FindStringSubmatch(line); m != nil {
		return Event{Kind: EventCheckpoint, Path: m[1], Step: atoi(m[2])}, true
	}
	if m := reAdapter.FindStringSubmatch(line); m != nil {
		return Event{Kind: EventAdapter, Path: m[1]}, true
	}
	if m := reSkipped.FindStringSubmatch(line); m != nil {
		return Event{Kind: EventSkipped, Tokens: atoi(m[1]), Context: atoi(m[2])}, true
	}
	if strings.Contains(line, "GGML_ASSERT(ndata > 0)") {
		return Event{Kind: EventNoData}, true
	}
	return Event{}, false
}

func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

// maxLine bounds one log line: a trainer that prints megabytes without a
// terminator cannot make train hold them.
const maxLine = 16 << 10

// LineSplitter cuts the trainer's output into lines at '\r' or '\n' (the
// progress bar ends its lines with '\r') and calls fn for each. Lines longer
// than maxLine are cut. It is an io.Writer.
type LineSplitter struct {
	fn   func(line string)
	buf  []byte
	skip bool // dropping the rest of an over-long line
}

// NewLineSplitter returns a LineSplitter calling fn.
func NewLineSplitter(fn func(string)) *LineSplitter { return &LineSplitter{fn: fn} }

func (s *LineSplitter) Write(p []byte) (int, error) {
	for _, c := range p {
		if c == '\r' || c == '\n' {
			if !s.skip {
				s.fn(string(s.buf))
			}
			s.buf, s.skip = s.buf[:0], false
			continue
		}
		if s.skip {
			continue
		}
		if len(s.buf) >= maxLine {
			s.fn(string(s.buf))
			s.buf, s.skip = s.buf[:0], true
			continue
		}
		s.buf = append(s.buf, c)
	}
	return len(p), nil
}

// Flush passes on a last line that had no terminator.
func (s *LineSplitter) Flush() {
	if len(s.buf) > 0 && !s.skip {
		s.fn(string(s.buf))
	}
	s.buf, s.skip = s.buf[:0], false
}

// Tail keeps the last lines of the trainer's output, bounded in count and
// in bytes, to show when it fails.
type Tail struct {
	lines []string
	max   int
}

// NewTail keeps up to n lines.
func NewTail(n int) *Tail { return &Tail{max: n} }

// Add records a line; progress lines repeat with '\r', so a line that only
// updates the previous progress line replaces it.
func (t *Tail) Add(line string) {
	line = strings.TrimRight(line, " ")
	if line == "" {
		return
	}
	if len(line) > 512 {
		line = line[:512] + "…"
	}
	if n := len(t.lines); n > 0 && progressPrefix(line) != "" && progressPrefix(line) == progressPrefix(t.lines[n-1]) {
		t.lines[n-1] = line
		return
	}
	t.lines = append(t.lines, line)
	if len(t.lines) > t.max {
		t.lines = t.lines[len(t.lines)-t.max:]
	}
}

func progressPrefix(line string) string {
	for _, p := range []string{"train:", "val:"} {
		if strings.HasPrefix(line, p) {
			return p
		}
	}
	return ""
}

// String returns the kept lines.
func (t *Tail) String() string { return strings.Join(t.lines, "\n") }
