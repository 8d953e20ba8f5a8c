package trainer

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/domainyours/domainyours/internal/children"
	"github.com/domainyours/domainyours/internal/exitcode"
)

// ErrNotInstalled is returned (wrapped) when a trainer executable cannot be
// found or run: a missing prerequisite (exit 4).
var ErrNotInstalled error = &exitcode.Error{Code: exitcode.Prerequisite, Err: errors.New("executable not found"),
	Hint: InstallHint}

// ResolveBinary finds an executable by path (when name holds a separator) or
// in PATH, and returns its absolute path.
func ResolveBinary(name string) (string, error) {
	if name == "" {
		return "", fmt.Errorf("no executable named: %w", ErrNotInstalled)
	}
	if strings.HasPrefix(name, "-") {
		return "", fmt.Errorf("executable %q looks like a flag: %w", name, ErrNotInstalled)
	}
	p, err := exec.LookPath(name)
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, ErrNotInstalled)
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, ErrNotInstalled)
	}
	return abs, nil
}

// Argv builds an argument vector from flags and values. Every value is one
// element, never shell text, and a value that could be read as a flag (it
// starts with '-' and is not a number) or holds a NUL is refused: a path is
// made absolute before it gets here, so it cannot start with '-'.
type Argv struct {
	args []string
	err  error
}

// Flag adds a flag without a value.
func (a *Argv) Flag(name string) { a.args = append(a.args, name) }

// Value adds a flag and its value.
func (a *Argv) Value(name, value string) {
	if a.err != nil {
		return
	}
	if strings.ContainsRune(value, 0) {
		a.err = fmt.Errorf("value for %s holds a NUL byte", name)
		return
	}
	if value == "" || (strings.HasPrefix(value, "-") && !isNumber(value)) {
		a.err = fmt.Errorf("value %q for %s is empty or looks like a flag; refusing to pass it to the trainer", value, name)
		return
	}
	a.args = append(a.args, name, value)
}

// Int adds a flag with an integer value.
func (a *Argv) Int(name string, v int) { a.Value(name, strconv.Itoa(v)) }

// Float adds a flag with a float value.
func (a *Argv) Float(name string, v float64) { a.Value(name, strconv.FormatFloat(v, 'g', -1, 64)) }

// Args returns the vector, or the first refused value.
func (a *Argv) Args() ([]string, error) { return a.args, a.err }

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil
}

// Process is one run of an external program.
type Process struct {
	Path string
	Args []string
	Dir  string
	// Env is the child's whole environment: nothing of this process's
	// environment (API keys included) is passed on.
	Env []string
	// Grace is how long a stopped child gets between SIGTERM and SIGKILL.
	Grace time.Duration
	// OnLine is called with each line of the child's stdout and stderr, in
	// order, from one goroutine.
	OnLine func(line string)
	// TailLines bounds the output kept for error messages (default 40).
	TailLines int
}

// ProcessError is a child that failed; Tail holds its last lines.
type ProcessError struct {
	Path string
	Err  error
	Tail string
}

func (e *ProcessError) Error() string {
	msg := fmt.Sprintf("%s failed: %v", filepath.Base(e.Path), e.Err)
	if e.Tail != "" {
		msg += "\nlast lines of its output:\n" + indent(e.Tail)
	}
	return msg
}

func (e *ProcessError) Unwrap() error { return e.Err }

func indent(s string) string { return "  " + strings.ReplaceAll(s, "\n", "\n  ") }

// lineWriter feeds output to the splitter; exec gives Stdout and Stderr,
// when they are the same comparable writer, one copying goroutine at a time.
type lineWriter struct {
	mu sync.Mutex
	ls *LineSplitter
}

func (w *lineWriter) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.ls.Write(p)
}

// Run starts the program and waits for it. When ctx ends, the child's whole
// process group gets SIGTERM and, after Grace, SIGKILL; Run returns only when
// the child is gone, and kills any helper left in its group.
func (p Process) Run(ctx context.Context) error {
	if p.Env == nil {
		p.Env = []string{}
	}
	if p.Grace <= 0 {
		p.Grace = 10 * time.Second
	}
	if p.TailLines <= 0 {
		p.TailLines = 40
	}
	tail := NewTail(p.TailLines)
	ls := NewLineSplitter(func(line string) {
		tail.Add(line)
		if p.OnLine != nil {
			p.OnLine(line)
		}
	})
	out := &lineWriter{ls: ls}

	cmd := exec.CommandContext(ctx, p.Path, p.Args...)
	cmd.Dir = p.Dir
	cmd.Env = p.Env
	cmd.Stdout, cmd.Stderr = out, out
	ownGroup(cmd)
	cmd.Cancel = func() error { return signalGroup(cmd, sigTerm) }
	cmd.WaitDelay = p.Grace

	if err := cmd.Start(); err != nil {
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) || errors.Is(err, exec.ErrNotFound) {
			return fmt.Errorf("%s: %w (%w)", p.Path, ErrNotInstalled, err)
		}
		return &ProcessError{Path: p.Path, Err: err}
	}
	untrack := children.Track(cmd.Process.Pid)
	defer untrack()
	err := cmd.Wait()
	// Helpers the child forked into its group must not outlive it.
	_ = signalGroup(cmd, sigKill)
	out.mu.Lock()
	ls.Flush()
	out.mu.Unlock()
	if err == nil {
		return nil
	}
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	return &ProcessError{Path: p.Path, Err: err, Tail: tail.String()}
}

// MinimalEnv is the environment a trainer gets: a fixed locale and a home and
// temporary folder inside the run's work folder. It deliberately has no PATH
// from the user (the binary is resolved to an absolute path first) and no
// credentials of any kind.
func MinimalEnv(workDir string) []string {
	return []string{
		"LC_ALL=C",
		"HOME=" + workDir,
		"TMPDIR=" + workDir,
		"PATH=/usr/local/bin:/usr/bin:/bin",
	}
}

// removeIfExists removes path and ignores a missing one.
func removeIfExists(path string) error {
	if err := os.RemoveAll(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// Version asks an executable for its --version text (llama.cpp tools print
// "version: N (commit)" to stderr) and returns the first line that names a
// version, or "" when it does not answer within a few seconds.
func Version(ctx context.Context, bin, workDir string) string {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	found := ""
	p := Process{Path: bin, Args: []string{"--version"}, Dir: workDir, Env: MinimalEnv(workDir), Grace: time.Second,
		OnLine: func(line string) {
			if found == "" && strings.Contains(strings.ToLower(line), "version") {
				found = strings.TrimSpace(line)
			}
		}}
	if err := p.Run(ctx); err != nil {
		return ""
	}
	return found
}
