package progress

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestPipedLinesAreRateLimited(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, false, "eval")
	clock := r.start
	r.now = func() time.Time { return clock }
	for i := 1; i <= 10; i++ {
		clock = clock.Add(time.Second)
		r.Update(Counts{Done: i, Total: 10, Errors: 1})
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	// t=1s (first), t=6s (5s later), t=10s (the last item) only.
	if len(lines) != 3 || !strings.HasPrefix(lines[2], "eval: 10/10 errors=1") {
		t.Fatalf("lines = %q", lines)
	}
	if strings.Contains(buf.String(), "\r") {
		t.Fatal("no carriage returns when piped")
	}
}

func TestTerminalBarRedraws(t *testing.T) {
	var buf bytes.Buffer
	r := New(&buf, true, "generate")
	clock := r.start
	r.now = func() time.Time { return clock }
	clock = clock.Add(time.Second)
	r.Update(Counts{Done: 5, Total: 10, CostUSD: 0.0123})
	r.Done(Counts{Done: 10, Total: 10})
	out := buf.String()
	if !strings.Contains(out, "\rgenerate: [##########..........] 5/10 cost=$0.0123 1s eta 1s") || !strings.HasSuffix(out, "\n") {
		t.Fatalf("out = %q", out)
	}
}

// A nil *Reporter is how callers ask for no progress output: each method
// must return without touching the (absent) writer. Without the nil checks
// both calls dereference nil.
func TestNilReporterIsSilent(t *testing.T) {
	defer func() {
		if p := recover(); p != nil {
			t.Fatalf("a method of a nil Reporter panicked: %v", p)
		}
	}()
	var r *Reporter
	r.Update(Counts{Done: 1})
	r.Done(Counts{Done: 1})
}

// On a terminal a status line first clears the bar's line; piped, it is
// written as is.
func TestStatusWriterClearsTheBarOnATerminal(t *testing.T) {
	var tty, piped bytes.Buffer
	StatusWriter(&tty, true).Write([]byte("epoch 1 done\n"))
	StatusWriter(&piped, false).Write([]byte("epoch 1 done\n"))
	if tty.String() != "\r\x1b[Kepoch 1 done\n" || piped.String() != "epoch 1 done\n" {
		t.Errorf("tty %q, piped %q", tty.String(), piped.String())
	}
}
