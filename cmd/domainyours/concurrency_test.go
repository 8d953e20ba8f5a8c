package main

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/datagen/fakellm"
	"github.com/domainyours/domainyours/internal/proctest"
)

// Two real generate-data processes at once on one cache folder (the
// audit's first defect: both paid every call and the shared journal was
// damaged for every later run). The second is refused, naming the first's
// pid; the first finishes; afterwards both versions generate and a third
// run reads the shared cache and journals without error.
func TestTwoProcessesOnOneCacheFolder(t *testing.T) {
	bin := buildBinary(t)
	// A slow front to the fake: it says when the first request arrives and
	// holds each one 200 ms, so the first run is mid-way when the second
	// starts. (The fake's own fields cannot be set after it started: the
	// requests come from other processes, with no ordering the race
	// detector can see.)
	fake := fakellm.Start(t)
	first := make(chan struct{})
	var once sync.Once
	var calls atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		once.Do(func() { close(first) })
		select {
		case <-time.After(200 * time.Millisecond):
		case <-r.Context().Done():
			return
		}
		resp, err := http.Post(fake.URL+r.URL.Path, "application/json", r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(resp.StatusCode)
		io.Copy(w, resp.Body)
	}))
	t.Cleanup(srv.Close)

	dir := t.TempDir()
	run := func(version string) *exec.Cmd {
		cmd := exec.Command(bin, "generate-data", "--version", version, "--rows", "8", "--batch-size", "2",
			"--concurrency", "2", "--model", "gpt-test")
		cmd.Dir = dir
		cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "OPENAI_BASE_URL=" + srv.URL + "/v1",
			"OPENAI_API_KEY=sk-test", "OLLAMA_HOST=127.0.0.1:9", "DOMAINYOURS_ENV_FILE=/dev/null"}
		return cmd
	}

	a := run("v2")
	var aOut proctest.LockedBuffer
	a.Stdout, a.Stderr = &aOut, &aOut
	if err := a.Start(); err != nil {
		t.Fatal(err)
	}
	defer a.Process.Kill()
	select {
	case <-first: // a holds the cache and its journal, and is paying for calls
	case <-time.After(60 * time.Second):
		t.Fatal("the first run sent no request in 60 s")
	}
	out, err := run("v3").CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("the second run, started while the first runs: %v, want refused\n%s", err, out)
	}
	m := regexp.MustCompile(`another domainyours run \(pid (\d+)\) is using \S+; wait for it to finish, or set DOMAINYOURS_CACHE_DIR`).FindSubmatch(out)
	if m == nil || string(m[1]) != strconv.Itoa(a.Process.Pid) {
		t.Errorf("the second run should name the first's pid %d:\n%s", a.Process.Pid, out)
	}
	if err := a.Wait(); err != nil {
		t.Fatalf("the first run failed while a second was refused: %v\n%s", err, aOut.String())
	}
	firstCalls := int(calls.Load())

	for _, v := range []string{"v3", "v4"} {
		if out, err := run(v).CombinedOutput(); err != nil {
			t.Fatalf("generate-data --version %s after the concurrent runs: %v\n%s", v, err, out)
		}
	}
	// v2 again, forced: every reply comes from the first run's journal and
	// the shared cache, intact.
	before := int(calls.Load())
	again := run("v2")
	again.Args = append(again.Args, "--force")
	if out, err := again.CombinedOutput(); err != nil {
		t.Fatalf("re-running v2 from the cache: %v\n%s", err, out)
	}
	if int(calls.Load()) != before {
		t.Errorf("re-running v2 made %d calls; the cache written by the first run should answer them all", int(calls.Load())-before)
	}
	if firstCalls == 0 {
		t.Error("the first run made no calls")
	}
	for _, v := range []string{"v2", "v3", "v4"} {
		if _, err := os.Stat(filepath.Join(dir, "data", "dataset_"+v+".csv")); err != nil {
			t.Errorf("dataset %s: %v", v, err)
		}
	}
}
