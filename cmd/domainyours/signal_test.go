package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
)

// Ctrl-C during a batch read from a pipe: the process stops promptly with
// exit 130, keeps the lines it already wrote, and says it was interrupted.
func TestInterruptExits130(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "domainyours")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin, "suggest", "--backend", "builtin", "--file", "-")
	stdin, _ := cmd.StdinPipe()
	stdout, _ := cmd.StdoutPipe()
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	io.WriteString(stdin, "a bakery in Lyon\n")
	first, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.Contains(first, `"line":1`) {
		t.Fatalf("first result: %q %v", first, err)
	}
	// stdin stays open: the process is waiting for more input when interrupted.
	cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 130 {
			t.Fatalf("exit = %v, want 130; stderr: %s", err, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the process did not stop after Ctrl-C")
	}
	if !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("stderr should say it was interrupted: %q", stderr.String())
	}
}

// Ctrl-C while model requests are in flight stops at once and says how
// many requests it abandons (not "finishing what is in flight", which it
// does not do): they are cancelled, the server sees them go, and a re-run
// sends them again.
func TestInterruptNamesTheAbandonedRequests(t *testing.T) {
	const inFlight = 3
	arrived := make(chan struct{}, 16)
	var gone atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		arrived <- struct{}{}
		<-r.Context().Done() // never answers: the reply is still awaited at Ctrl-C
		gone.Add(1)
	}))
	defer srv.Close()

	bin := buildBinary(t)
	dir := t.TempDir()
	cmd := exec.Command(bin, "generate-data", "--version", "v1", "--rows", "12", "--batch-size", "2",
		"--concurrency", strconv.Itoa(inFlight), "--model", "gpt-test")
	cmd.Dir = dir
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "OPENAI_BASE_URL=" + srv.URL + "/v1", "OPENAI_API_KEY=sk-test",
		"OLLAMA_HOST=127.0.0.1:9", "DOMAINYOURS_ENV_FILE=/dev/null"}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	for range inFlight {
		select {
		case <-arrived:
		case <-time.After(60 * time.Second):
			t.Fatalf("only some requests arrived in 60 s\n%s", stderr.String())
		}
	}
	cmd.Process.Signal(syscall.SIGINT)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 130 {
			t.Fatalf("exit = %v, want 130; stderr: %s", err, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("the process did not stop after Ctrl-C; stderr: %s", stderr.String())
	}
	want := fmt.Sprintf("interrupted: stopping now; %d model requests in flight are abandoned", inFlight)
	if !strings.Contains(stderr.String(), want) || !strings.Contains(stderr.String(), "running the same command again sends them again") {
		t.Errorf("stderr should say %q and that a re-run sends them again:\n%s", want, stderr.String())
	}
	if strings.Contains(stderr.String(), "finishing") {
		t.Errorf("stderr promises to finish requests it abandons:\n%s", stderr.String())
	}
	srv.Close() // waits for the handlers: each returns when its request is cancelled
	if n := gone.Load(); n != inFlight {
		t.Errorf("%d of %d requests were cancelled at the server", n, inFlight)
	}
}
