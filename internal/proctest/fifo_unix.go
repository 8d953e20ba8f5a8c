//go:build unix

package proctest

import (
	"os"
	"syscall"
	"testing"
)

// SignalFile makes path a named pipe and returns a channel that receives
// what the child writes there. Opening a pipe blocks until both ends are
// open, so the value arrives the moment the child gets there: a signal, not
// a guess at how long it takes. A pipe nobody wrote to is released when the
// test ends (the channel then receives "").
func SignalFile(t testing.TB, path string) <-chan string {
	t.Helper()
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	ch := make(chan string, 1)
	go func() {
		b, _ := os.ReadFile(path)
		ch <- string(b)
	}()
	t.Cleanup(func() {
		// Open the writing end without blocking: it wakes a reader still
		// waiting, and fails harmlessly when there is none.
		if f, err := os.OpenFile(path, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	})
	return ch
}
