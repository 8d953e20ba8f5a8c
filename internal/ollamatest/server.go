package ollamatest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ollama/ollama/api"
)

// Variables rather than constants so the package's own tests can shorten them.
var (
	// startTimeout bounds the wait for /api/version; start-up includes device discovery,
	// which launches runner subprocesses and is slow on a loaded 2-core machine.
	startTimeout = 90 * time.Second
	// stopGrace is how long the server gets to stop its runners after SIGTERM.
	stopGrace = 10 * time.Second
)

// logTail is how much of the server log a failure message shows.
const logTail = 8 << 10

// Server is a running `ollama serve` owned by one test.
type Server struct {
	// URL is the base URL of the API, e.g. http://127.0.0.1:41234.
	URL string
	// Host is the value for OLLAMA_HOST that reaches this server.
	Host string
	// LogPath is the file holding the server's stdout and stderr.
	LogPath string
	// ModelsDir is the server's OLLAMA_MODELS directory.
	ModelsDir string

	base *url.URL
	cmd  *exec.Cmd
	done chan struct{} // closed once cmd.Wait has returned

	stopOnce sync.Once
	stopErr  error
	logShown bool // the log tail is already in a failure message
}

// PID returns the process id of the server.
func (s *Server) PID() int { return s.cmd.Process.Pid }

// Client returns an API client for this server.
func (s *Server) Client() *api.Client {
	return api.NewClient(s.base, &http.Client{})
}

// LogTail returns the end of the server log, for failure messages.
func (s *Server) LogTail() string { return tailFile(s.LogPath, logTail) }

// Start runs `ollama serve` on a free loopback port with empty, temporary model and home
// directories and stops it when the test ends. When no binary is built the test skips, or
// fails if DOMAINYOURS_REQUIRE_OLLAMA=1.
func Start(t testing.TB) *Server {
	t.Helper()
	bin, err := Binary()
	if err != nil {
		if errors.Is(err, ErrNoBinary) && os.Getenv(EnvRequire) != "1" {
			t.Skipf("skipping: %v (set %s=1 to make this a failure)", err, EnvRequire)
		}
		t.Fatalf("ollama server: %v", err)
	}

	// The free port is found before the server binds it, so another process can take it in
	// between; a bind failure is retried on a new port.
	var s *Server
	for attempt := 1; ; attempt++ {
		s, err = launch(t, bin)
		if err == nil {
			return s
		}
		if attempt < 3 && s != nil && strings.Contains(s.LogTail(), "address already in use") {
			t.Logf("ollama server: port %s was taken, retrying", s.Host)
			continue
		}
		break
	}
	if s == nil {
		t.Fatalf("ollama server: %v", err)
		return nil
	}
	s.logShown = true
	t.Fatalf("ollama server at %s did not become ready: %v\nlog tail:\n%s", s.URL, err, s.LogTail())
	return nil
}

// launch starts one server process and waits until it answers. Once the process has started
// it returns the Server even on error, with its stop already registered as a cleanup.
func launch(t testing.TB, bin string) (*Server, error) {
	dir := t.TempDir()
	s := &Server{
		LogPath:   filepath.Join(dir, "ollama.log"),
		ModelsDir: filepath.Join(dir, "models"),
	}
	home := filepath.Join(dir, "home")
	tmp := filepath.Join(dir, "tmp")
	for _, d := range []string{s.ModelsDir, home, tmp} {
		if err := os.Mkdir(d, 0o700); err != nil {
			return nil, err
		}
	}

	port, err := freePort()
	if err != nil {
		return nil, fmt.Errorf("find a free port: %w", err)
	}
	s.Host = net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	s.base = &url.URL{Scheme: "http", Host: s.Host}
	s.URL = s.base.String()

	logFile, err := os.Create(s.LogPath)
	if err != nil {
		return nil, fmt.Errorf("create log: %w", err)
	}
	cmd := exec.Command(bin, "serve")
	cmd.Env = serverEnv(s.Host, s.ModelsDir, home, tmp)
	cmd.Stdout = logFile
	cmd.Stderr = logFile
	cmd.Dir = dir
	setProcessGroup(cmd)
	s.done = make(chan struct{})
	err = startWaiting(cmd, s.done)
	// The child holds its own descriptor; ours is no longer needed.
	logFile.Close()
	if err != nil {
		return nil, fmt.Errorf("start %s: %w", bin, err)
	}
	s.cmd = cmd
	t.Cleanup(func() {
		if err := s.Stop(); err != nil {
			t.Errorf("ollama server: %v", err)
		}
		if t.Failed() && !s.logShown {
			t.Logf("ollama server log (%s), last %d bytes:\n%s", s.LogPath, logTail, s.LogTail())
		}
	})
	return s, s.waitReady(startTimeout)
}

// serverEnv is deliberately small: the server must not see the developer's API keys, and
// nothing from their own Ollama set-up should leak into a test.
func serverEnv(host, models, home, tmp string) []string {
	env := []string{
		"OLLAMA_HOST=" + host,
		"OLLAMA_MODELS=" + models,
		"HOME=" + home,
		"TMPDIR=" + tmp,
		// Nothing here reaches the internet; keep the server from trying.
		"OLLAMA_NO_CLOUD=1",
		// One model and one request at a time keeps memory and CPU use predictable.
		"OLLAMA_NUM_PARALLEL=1",
		"OLLAMA_MAX_LOADED_MODELS=1",
	}
	if p := os.Getenv("PATH"); p != "" {
		env = append(env, "PATH="+p)
	}
	if os.Getenv("DOMAINYOURS_OLLAMA_DEBUG") == "1" {
		env = append(env, "OLLAMA_DEBUG=1")
	}
	return env
}

// startWaiting starts cmd and waits for it on a goroutine locked to its OS
// thread, closing done when it has exited. On Linux the server is started
// with a parent-death signal (see setProcessGroup), which the kernel sends
// when the thread that started it ends, not the process; a locked thread
// ends only with its goroutine, after Wait. So a test binary killed outright
// (SIGKILL, a go test -timeout panic) takes its server with it instead of
// leaving an orphan on the shared machine, and no Go thread exit kills a
// server early.
func startWaiting(cmd *exec.Cmd, done chan<- struct{}) error {
	started := make(chan error, 1)
	go func() {
		defer close(done)
		runtime.LockOSThread() // never unlocked: the thread must outlive the child
		err := cmd.Start()
		started <- err
		if err == nil {
			_ = cmd.Wait()
		}
	}()
	return <-started
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func (s *Server) waitReady(timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	client := &http.Client{Timeout: 2 * time.Second}
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	var lastErr error
	for {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.URL+"/api/version", nil)
		if err != nil {
			return err
		}
		resp, err := client.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
			err = fmt.Errorf("GET /api/version: %s", resp.Status)
		}
		lastErr = err
		select {
		case <-s.done:
			return fmt.Errorf("the server exited early (%v)", s.cmd.ProcessState)
		case <-ctx.Done():
			return fmt.Errorf("no answer within %s (last error: %w)", timeout, lastErr)
		case <-tick.C:
		}
	}
}

// Stop ends the server and its runners and waits for them. Start registers it as a cleanup;
// calling it earlier is safe, and later calls return the first result.
func (s *Server) Stop() error {
	s.stopOnce.Do(func() { s.stopErr = s.stop() })
	return s.stopErr
}

// stop sends SIGTERM, kills the whole process group after a grace period, and waits, so no
// runner subprocess outlives the test.
func (s *Server) stop() error {
	select {
	case <-s.done:
	default:
		_ = terminate(s.cmd)
		select {
		case <-s.done:
		case <-time.After(stopGrace):
			_ = killGroup(s.cmd)
			select {
			case <-s.done:
			case <-time.After(stopGrace):
				return fmt.Errorf("process %d did not exit after SIGKILL", s.PID())
			}
		}
	}
	// Runners are in the server's process group; the server normally stops them, and
	// this catches any it left behind.
	_ = killGroup(s.cmd)
	return nil
}

func tailFile(path string, n int64) string {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Sprintf("(cannot read %s: %v)", path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fmt.Sprintf("(cannot read %s: %v)", path, err)
	}
	off := max(fi.Size()-n, 0)
	buf := make([]byte, fi.Size()-off)
	if _, err := f.ReadAt(buf, off); err != nil {
		return fmt.Sprintf("(cannot read %s: %v)", path, err)
	}
	if off > 0 {
		// Start at a line boundary so the first line shown is whole.
		if i := bytes.IndexByte(buf, '\n'); i >= 0 {
			buf = buf[i+1:]
		}
	}
	return string(buf)
}
