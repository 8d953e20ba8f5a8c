// Package progress reports how far a long run has got: a redrawn one-line bar
// on a terminal, plain lines (at most one every few seconds, plus the last)
// when stderr is piped, so logs stay readable. It never writes to stdout.
package progress

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Counts is a snapshot of a run.
type Counts struct {
	Done     int     // items finished (successfully or not)
	Total    int     // items planned; 0 if unknown
	Errors   int     // items that failed
	Rejected int     // items produced but rejected by validation
	CostUSD  float64 // estimated spend so far; negative means unknown
	Extra    string  // short free text, e.g. "epoch 2 loss 1.23"
}

// Reporter renders Counts. It is safe for concurrent use.
type Reporter struct {
	mu       sync.Mutex
	w        io.Writer
	tty      bool
	label    string
	start    time.Time
	last     time.Time
	every    time.Duration
	now      func() time.Time
	lastLine int
}

// New returns a Reporter writing to w (stderr); tty selects the redrawn bar.
func New(w io.Writer, tty bool, label string) *Reporter {
	r := &Reporter{w: w, tty: tty, label: label, every: 5 * time.Second, now: time.Now}
	r.start = r.now()
	return r
}

// Update shows c, rate-limited when not on a terminal.
func (r *Reporter) Update(c Counts) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	now := r.now()
	if r.tty {
		if now.Sub(r.last) < 100*time.Millisecond && c.Done != c.Total {
			return
		}
		line := r.render(c, now)
		pad := ""
		if n := r.lastLine - len(line); n > 0 {
			pad = strings.Repeat(" ", n)
		}
		fmt.Fprintf(r.w, "\r%s%s", line, pad)
		r.lastLine = len(line)
		r.last = now
		return
	}
	if now.Sub(r.last) < r.every && !(c.Total > 0 && c.Done == c.Total) {
		return
	}
	fmt.Fprintln(r.w, r.render(c, now))
	r.last = now
}

// Done ends the bar with a final line.
func (r *Reporter) Done(c Counts) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	line := r.render(c, r.now())
	if r.tty {
		fmt.Fprintf(r.w, "\r%s%s\n", line, strings.Repeat(" ", max(0, r.lastLine-len(line))))
		return
	}
	fmt.Fprintln(r.w, line)
}

func (r *Reporter) render(c Counts, now time.Time) string {
	var b strings.Builder
	b.WriteString(r.label)
	b.WriteString(": ")
	if c.Total > 0 {
		frac := float64(c.Done) / float64(c.Total)
		if r.tty {
			const width = 20
			fill := int(frac * width)
			b.WriteString("[" + strings.Repeat("#", fill) + strings.Repeat(".", width-fill) + "] ")
		}
		fmt.Fprintf(&b, "%d/%d", c.Done, c.Total)
	} else {
		fmt.Fprintf(&b, "%d", c.Done)
	}
	if c.Errors > 0 {
		fmt.Fprintf(&b, " errors=%d", c.Errors)
	}
	if c.Rejected > 0 {
		fmt.Fprintf(&b, " rejected=%d", c.Rejected)
	}
	if c.CostUSD > 0 {
		fmt.Fprintf(&b, " cost=$%.4f", c.CostUSD)
	}
	if c.Extra != "" {
		b.WriteString(" " + c.Extra)
	}
	elapsed := now.Sub(r.start)
	fmt.Fprintf(&b, " %s", elapsed.Round(time.Second))
	if c.Total > 0 && c.Done > 0 && c.Done < c.Total {
		eta := time.Duration(float64(elapsed) / float64(c.Done) * float64(c.Total-c.Done))
		fmt.Fprintf(&b, " eta %s", eta.Round(time.Second))
	}
	return b.String()
}

// StatusWriter is where status lines go while a bar may be drawn on w: on a
// terminal each write first clears the bar's line (the next update redraws
// the bar below it); piped, w itself.
func StatusWriter(w io.Writer, tty bool) io.Writer {
	if !tty {
		return w
	}
	return clearLine{w}
}

type clearLine struct{ w io.Writer }

func (c clearLine) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, "\r\x1b[K"); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
