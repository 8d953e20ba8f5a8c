//go:build unix

package trainer_test

import (
	"os"
	"strings"
	"syscall"
	"testing"
)

// alive reports whether pid names a running process (a zombie counts as
// gone: it has exited and only waits for its parent to reap it).
func alive(pid int) bool {
	if pid <= 0 || syscall.Kill(pid, 0) != nil {
		return false
	}
	b, err := os.ReadFile("/proc/" + itoa(pid) + "/stat")
	if err != nil {
		return true
	}
	fields := strings.Fields(string(b))
	return len(fields) < 3 || fields[2] != "Z"
}

func itoa(n int) string {
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// signalFile makes path a named pipe and returns a channel that receives
// what the fake trainer writes there. Opening a pipe blocks until both ends
// are open, so the value arrives the moment the fake gets there: a signal,
// not a guess at how long it takes. A pipe nobody wrote to is released when
// the test ends (the channel then receives "").
func signalFile(t *testing.T, path string) <-chan string {
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
