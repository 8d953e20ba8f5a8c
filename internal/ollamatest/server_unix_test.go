//go:build unix

package ollamatest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// processGroupAlive reports whether any process of group pgid exists.
func processGroupAlive(pgid int) bool {
	return syscall.Kill(-pgid, 0) == nil
}

func TestServerStartsAndStops(t *testing.T) {
	begin := time.Now()
	s := Start(t)
	t.Logf("server ready in %s", time.Since(begin).Round(time.Millisecond))

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	v, err := s.Client().Version(ctx)
	if err != nil {
		t.Fatalf("Version: %v", err)
	}
	switch {
	case v == "0.0.0":
		// Ollama reports 0.0.0 when its build lacked the version stamp
		// (-ldflags -X github.com/ollama/ollama/version.Version=...).
		t.Errorf("server reports version 0.0.0: the binary was built without the version stamp, so which Ollama it is cannot be checked; rebuild it with %s", BuildCommand)
	case "v"+v != Version():
		t.Errorf("server reports version %q, want %q (rebuild with %s)", v, strings.TrimPrefix(Version(), "v"), BuildCommand)
	}

	pid := s.PID()
	if !processGroupAlive(pid) {
		t.Fatalf("server process group %d not found while running", pid)
	}
	if err := s.Stop(); err != nil {
		t.Fatalf("Stop: %v", err)
	}
	// Runners re-parented to init may take a moment to be reaped.
	deadline := time.Now().Add(5 * time.Second)
	for processGroupAlive(pid) && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if processGroupAlive(pid) {
		t.Errorf("processes of group %d are still running after Stop", pid)
	}
	if err := s.Stop(); err != nil {
		t.Errorf("second Stop: %v", err)
	}
	if _, err := s.Client().Version(ctx); err == nil {
		t.Error("the server still answers after Stop")
	}
}

// fakeTB records what Start reports instead of ending the real test, so failure paths can be
// checked. Fatalf and Skipf end the calling goroutine, as the testing package does.
type fakeTB struct {
	testing.TB
	fatal    string
	skipped  string
	errs     []string
	cleanups []func()
}

func (f *fakeTB) Fatalf(format string, args ...any) {
	f.fatal = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

func (f *fakeTB) Skipf(format string, args ...any) {
	f.skipped = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

func (f *fakeTB) Errorf(format string, args ...any) {
	f.errs = append(f.errs, fmt.Sprintf(format, args...))
}
func (f *fakeTB) Cleanup(fn func()) { f.cleanups = append(f.cleanups, fn) }
func (f *fakeTB) Failed() bool      { return f.fatal != "" || len(f.errs) > 0 }

// run calls fn on its own goroutine, as a test body, then runs the cleanups in reverse.
func (f *fakeTB) run(fn func(testing.TB)) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(f)
	}()
	<-done
	for i := len(f.cleanups) - 1; i >= 0; i-- {
		f.cleanups[i]()
	}
}

func TestStartFailures(t *testing.T) {
	oldStart, oldGrace := startTimeout, stopGrace
	startTimeout, stopGrace = 2*time.Second, 500*time.Millisecond
	t.Cleanup(func() { startTimeout, stopGrace = oldStart, oldGrace })

	tests := []struct {
		name string
		// script is the fake server; PIDS is replaced by a file for it to record its pids.
		script    string
		wantFatal []string
		// wantPIDs counts the processes started: a port clash is retried twice.
		wantPIDs int
	}{
		{
			name:      "port taken on every try",
			script:    "echo \"$$\" >> PIDS\necho 'Error: listen tcp: address already in use' >&2\nexit 1\n",
			wantFatal: []string{"exited early", "address already in use"},
			wantPIDs:  3,
		},
		{
			name:      "server exits at once",
			script:    "echo \"$$\" >> PIDS\necho 'Error: no space left on device' >&2\nexit 1\n",
			wantFatal: []string{"exited early", "no space left on device"},
			wantPIDs:  1,
		},
		{
			name: "server never answers and ignores SIGTERM",
			// The child shares the process group, as Ollama's runners do.
			script:    "trap '' TERM\nsleep 300 &\necho \"$$ $!\" >> PIDS\necho 'starting' >&2\nwait\n",
			wantFatal: []string{"no answer within", "starting"},
			wantPIDs:  2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			pidFile := filepath.Join(dir, "pids")
			bin := filepath.Join(dir, "fake-ollama")
			script := "#!/bin/sh\n" + strings.ReplaceAll(tt.script, "PIDS", pidFile)
			if err := os.WriteFile(bin, []byte(script), 0o755); err != nil {
				t.Fatal(err)
			}
			t.Setenv(EnvBinary, bin)

			f := &fakeTB{TB: t}
			begin := time.Now()
			f.run(func(tb testing.TB) { Start(tb) })
			t.Logf("Start failed and cleaned up in %s", time.Since(begin).Round(time.Millisecond))

			for _, want := range tt.wantFatal {
				if !strings.Contains(f.fatal, want) {
					t.Errorf("Start's failure %q does not mention %q", f.fatal, want)
				}
			}
			if len(f.errs) > 0 {
				t.Errorf("cleanup reported errors: %v", f.errs)
			}
			b, err := os.ReadFile(pidFile)
			if err != nil {
				t.Fatalf("the fake server did not record its pids: %v", err)
			}
			pids := strings.Fields(string(b))
			if len(pids) != tt.wantPIDs {
				t.Errorf("%d processes started (%v), want %d", len(pids), pids, tt.wantPIDs)
			}
			for _, field := range pids {
				pid, err := strconv.Atoi(field)
				if err != nil {
					t.Fatalf("pid file holds %q", b)
				}
				deadline := time.Now().Add(5 * time.Second)
				for syscall.Kill(pid, 0) == nil && time.Now().Before(deadline) {
					time.Sleep(20 * time.Millisecond)
				}
				if syscall.Kill(pid, 0) == nil {
					t.Errorf("process %d is still running after cleanup", pid)
				}
			}
		})
	}
}
