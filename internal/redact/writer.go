package redact

import (
	"bytes"
	"io"
	"sync"
)

// Writer redacts a byte stream, such as a subprocess's stderr or the
// program's own stdout, on its way to another writer. A secret may be split
// across two Write calls, so Writer holds back the tail that could be the
// start of a secret until the next Write or Close shows whether it completes
// one. Any other text passes at once, so a progress bar redrawn with \r
// is not delayed.
type Writer struct {
	mu  sync.Mutex
	r   *Redactor
	dst io.Writer
	buf []byte
	err error
}

// Writer returns a Writer that redacts everything written to it before
// passing it to dst. Call Close when the stream ends to emit the held-back
// tail; Close does not close dst.
func (r *Redactor) Writer(dst io.Writer) *Writer {
	return &Writer{r: r, dst: dst}
}

// Write buffers p, redacts the part that can no longer be the start of a
// secret, and writes that part to the destination. It reports len(p) on
// success because every byte is either written or held for the next call.
func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return 0, w.err
	}
	if w.r.Empty() {
		n, err := w.dst.Write(p)
		w.err = err
		return n, err
	}
	w.buf = append(w.buf, p...)
	cut := w.safeCut()
	if cut == 0 {
		return len(p), nil
	}
	if err := w.emit(w.buf[:cut]); err != nil {
		return 0, err
	}
	w.buf = append(w.buf[:0], w.buf[cut:]...)
	return len(p), nil
}

// Close writes the held-back tail. Further writes fail.
func (w *Writer) Close() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.err != nil {
		return w.err
	}
	if len(w.buf) > 0 {
		if err := w.emit(w.buf); err != nil {
			return err
		}
		w.buf = w.buf[:0]
	}
	w.err = errClosed
	return nil
}

var errClosed = &closedError{}

type closedError struct{}

func (*closedError) Error() string { return "redact: write to a closed Writer" }

func (w *Writer) emit(b []byte) error {
	if _, err := io.WriteString(w.dst, w.r.String(string(b))); err != nil {
		w.err = err
		return err
	}
	return nil
}

// safeCut returns how many leading bytes of buf can be redacted and written
// now: everything except the longest tail that is a proper prefix of a
// secret, extended past any secret occurrence that the cut would otherwise
// split (a secret can end with the start of another).
func (w *Writer) safeCut() int {
	cut := len(w.buf) - w.heldTail()
	for changed := true; changed; {
		changed = false
		for _, s := range w.r.secrets {
			for start := max(cut-len(s)+1, 0); start < cut; {
				i := bytes.Index(w.buf[start:], []byte(s))
				if i < 0 || start+i >= cut {
					break
				}
				if end := start + i + len(s); end > cut {
					cut, changed = end, true
				}
				start += i + 1
			}
		}
	}
	return cut
}

// heldTail is the length of the longest suffix of buf that a secret starts
// with (shorter than the secret: a whole one is redacted now).
func (w *Writer) heldTail() int {
	best := 0
	for _, s := range w.r.secrets {
		for k := min(len(s)-1, len(w.buf)); k > best; k-- {
			if bytes.HasSuffix(w.buf, []byte(s[:k])) {
				best = k
				break
			}
		}
	}
	return best
}
