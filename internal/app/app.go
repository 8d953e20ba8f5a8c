// Package app is the process boundary: it reads the environment and the .env
// file, builds the root context that Ctrl-C cancels, runs the command tree and
// turns the outcome into one printed error and one exit code.
package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/domainyours/domainyours/internal/children"
	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/cmd/root"
	"github.com/domainyours/domainyours/internal/config"
	"github.com/domainyours/domainyours/internal/dotenv"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/redact"
)

// Version is set at build time with -ldflags "-X .../internal/app.Version=...".
var Version = "dev"

// Main runs domainyours with the process arguments and returns the exit code.
func Main() exitcode.Code {
	ios := iostreams.System()
	ctx, stop := signalContext(ios.ErrOut)
	defer stop()
	return Run(ctx, os.Args[1:], ios, os.LookupEnv)
}

// signalContext returns a context cancelled by the first SIGINT/SIGTERM; a
// second signal exits at once with 130, for a user who really means it.
//
// The first signal stops the command now rather than after the model
// requests in flight: a reply can take minutes, and waiting for it would
// make Ctrl-C feel broken. Those requests are abandoned, so the message
// says how many: the same command run again sends them again, and a paid
// API may bill them twice. Everything finished is already journaled.
//
// Signals are caught only once Run calls the note's watch, which it does
// unless the command line asks for help or the version: signal.Notify
// starts two goroutines and threads (the runtime's signal-forwarding M is
// locked to its own thread), a tenth of what `--help` and `--version` cost,
// and those print and exit before a Ctrl-C could matter.
func signalContext(errOut io.Writer) (context.Context, func()) {
	note := &interruptNote{}
	ctx, cancel := context.WithCancel(context.WithValue(context.Background(), interruptNoteKey{}, note))
	sigs := make(chan os.Signal, 2)
	// done ends the watcher when Main returns; it is not ctx, which the first
	// signal cancels while the second must still be caught.
	done := make(chan struct{})
	var once sync.Once
	note.watch = func() { once.Do(func() { watchSignals(errOut, note, sigs, done, cancel) }) }
	return ctx, func() { signal.Stop(sigs); close(done); cancel() }
}

func watchSignals(errOut io.Writer, note *interruptNote, sigs chan os.Signal, done <-chan struct{}, cancel context.CancelFunc) {
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case <-sigs:
			if note.graceful.Load() {
				fmt.Fprintln(errOut, "interrupted: finishing the requests in flight (press Ctrl-C again to quit at once)")
			} else {
				fmt.Fprintln(errOut, interruptMessage(llm.InFlight()))
			}
			cancel()
		case <-done:
			return
		}
		select {
		case <-sigs:
			// The user means it: no orderly stop, but no orphaned trainer either.
			children.KillAll()
			os.Exit(int(exitcode.Interrupted))
		case <-done:
		}
	}()
}

// interruptNote is how Run tells the signal watcher of Main what the
// running command does on Ctrl-C, and starts it.
type interruptNote struct {
	graceful atomic.Bool
	watch    func() // catches SIGINT/SIGTERM from now on; idempotent
}

type interruptNoteKey struct{}

// interruptMessage is what the first Ctrl-C prints, with the number of
// model requests it abandons.
func interruptMessage(inFlight int) string {
	switch inFlight {
	case 0:
		return "interrupted: stopping now; finished work is kept (press Ctrl-C again to quit at once)"
	case 1:
		return "interrupted: stopping now; 1 model request in flight is abandoned (its reply is not waited for: running the same command again sends it again, and a paid API may bill it twice); finished work is kept (press Ctrl-C again to quit at once)"
	}
	return fmt.Sprintf("interrupted: stopping now; %d model requests in flight are abandoned (their replies are not waited for: running the same command again sends them again, and a paid API may bill them twice); finished work is kept (press Ctrl-C again to quit at once)", inFlight)
}

// Run is Main without process globals, so tests (and testscript) drive it.
func Run(ctx context.Context, args []string, ios *iostreams.IOStreams, env func(string) (string, bool)) exitcode.Code {
	cfg, err := loadConfig(env)
	if err != nil {
		return report(ios.ErrOut, nil, err)
	}
	red := redact.New(cfg.Secrets()...)
	// Every byte the command prints passes the redactor, not only logs and
	// errors: status lines and JSON output quote user input and server text,
	// and a key pasted into a flag comes back in them.
	outW, errW := red.Writer(ios.Out), red.Writer(ios.ErrOut)
	defer func() {
		// Emit what the writers held back; a failed write to stdout or
		// stderr has nowhere left to be reported.
		_ = outW.Close()
		_ = errW.Close()
	}()
	ios = &iostreams.IOStreams{In: ios.In, Out: outW, ErrOut: errW, StdoutTTY: ios.StdoutTTY, StderrTTY: ios.StderrTTY}
	logger, err := newLogger(ios.ErrOut, red, cfg.Get("DOMAINYOURS_LOG_LEVEL"), hasVerbose(args))
	if err != nil {
		return report(ios.ErrOut, red, err)
	}
	for _, k := range cfg.Unknown() {
		logger.Warn("unknown variable in .env file; see `domainyours help environment`", "name", k)
	}
	f := factory.New(factory.Endpoints{
		OllamaHost:    cfg.Get("OLLAMA_HOST"),
		OpenAIBaseURL: cfg.Get("OPENAI_BASE_URL"),
		OpenAIKey:     cfg.Get("OPENAI_API_KEY"),
	})
	f.IOStreams, f.Config, f.Logger, f.BuildVersion, f.Args = ios, cfg, logger, Version, args
	// --timeout bounds the whole command. It is read here, like --verbose,
	// so the deadline covers everything the command does; the flag itself is
	// declared on the root command so it parses and shows in help.
	timedOut := errors.New("timed out")
	if d, ok := timeoutFlag(args); ok && d > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeoutCause(ctx, d, timedOut)
		defer cancel()
	}
	// Data written to a full disk or a closed file must not end in exit 0:
	// the first failed write to stdout is remembered and reported below.
	out := &checkedWriter{w: ios.Out}
	streams := *ios
	streams.Out = out
	f.IOStreams = &streams
	cmd := root.NewCmdRoot(f)
	if note, ok := ctx.Value(interruptNoteKey{}).(*interruptNote); ok {
		if sub, _, err := cmd.Find(args); err == nil && sub.Annotations[factory.InterruptAnnotation] == factory.InterruptGraceful {
			note.graceful.Store(true)
		}
		// Started before the tree runs (started as the command's work
		// begins, the watcher's threads cost `suggest` 1 ms more), and
		// again, idempotently, by the root's persistent pre-run hook, which
		// runs before every command's own work (no subcommand declares one)
		// in case helpOnly mistook a flag's value for --help.
		if !helpOnly(args) {
			note.watch()
		}
		pre := cmd.PersistentPreRunE
		cmd.PersistentPreRunE = func(c *cobra.Command, a []string) error {
			note.watch()
			return pre(c, a)
		}
	}
	cmd.SetArgs(args)
	cmd.SetIn(ios.In)
	cmd.SetOut(out)
	cmd.SetErr(ios.ErrOut)
	err = cmd.ExecuteContext(ctx)
	if err == nil && ctx.Err() != nil {
		err = ctx.Err()
	}
	if err == nil && out.err != nil {
		err = exitcode.New(exitcode.Failure, fmt.Errorf("writing the output to stdout: %w", out.err),
			"free space on the disk, or write to another file")
	}
	if err != nil && errors.Is(context.Cause(ctx), timedOut) {
		err = exitcode.New(exitcode.Failure, fmt.Errorf("stopped: --timeout reached (%w)", err),
			"finished work is kept; run the same command again to resume, with a longer --timeout")
	}
	return report(ios.ErrOut, red, err)
}

// loadConfig merges the .env file under the real environment. A missing
// default .env is fine; a named one that is missing, or any malformed file, is
// an error: a silent fallback would run with settings the user did not choose.
func loadConfig(env func(string) (string, bool)) (*config.Lookup, error) {
	base := config.NewLookup(env, nil)
	path, src := base.Source("DOMAINYOURS_ENV_FILE")
	values, err := readEnvFile(path)
	switch {
	case err == nil:
	case errors.Is(err, fs.ErrNotExist) && src == "default":
		values = nil
	default:
		return nil, exitcode.New(exitcode.Usage, err,
			"fix the file (KEY=value lines, see .env.example) or point DOMAINYOURS_ENV_FILE elsewhere")
	}
	return config.NewLookup(env, values), nil
}

// readEnvFile parses a dotenv file (internal/dotenv; README's
// Configuration section gives the format). A malformed file is reported by
// line number and reason only: the line's text is often the one holding the
// API key.
func readEnvFile(path string) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	values, err := dotenv.Parse(b)
	if se := (*dotenv.SyntaxError)(nil); errors.As(err, &se) {
		return nil, fmt.Errorf("reading %s: not a list of KEY=value lines (first bad line: %d, %s; its text is not shown as it may hold a secret)", path, se.Line, se.Reason)
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	return values, nil
}

// timeoutFlag finds --timeout D or --timeout=D before any "--".
func timeoutFlag(args []string) (time.Duration, bool) {
	for i, a := range args {
		if a == "--" {
			break
		}
		v, ok := strings.CutPrefix(a, "--timeout=")
		if !ok && a == "--timeout" && i+1 < len(args) {
			v, ok = args[i+1], true
		}
		if ok {
			d, err := time.ParseDuration(v)
			return d, err == nil
		}
	}
	return 0, false
}

// helpOnly reports whether args ask for help or the version (-h, --help,
// --version before any "--"), which cobra prints before any command runs.
func helpOnly(args []string) bool {
	for _, a := range args {
		switch a {
		case "--":
			return false
		case "-h", "--help", "--version":
			return true
		}
	}
	return false
}

func hasVerbose(args []string) bool {
	for _, a := range args {
		if a == "--" {
			return false
		}
		if a == "--verbose" || a == "-v" {
			return true
		}
	}
	return false
}

func newLogger(w io.Writer, red *redact.Redactor, level string, verbose bool) (*slog.Logger, error) {
	var lv slog.Level
	if verbose {
		lv = slog.LevelDebug
	} else if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, exitcode.Usagef("set DOMAINYOURS_LOG_LEVEL to debug, info, warn or error",
			"DOMAINYOURS_LOG_LEVEL=%q is not a log level", level)
	}
	h := slog.NewTextHandler(w, &slog.HandlerOptions{Level: lv})
	return slog.New(red.Handler(h)), nil
}

// ExitCode is the one mapping from an error to the process exit code (the
// table in README.md and exitcode.Table). The outermost error in the chain
// that says something decides:
//   - an *exitcode.Error with a code: that code (input errors are 2);
//   - an *llm.Error: 130 when the call was cancelled, 4 when the failure is
//     persistent (server unreachable, key missing or refused, model absent,
//     quota spent), 2 for a request the server called invalid, else 1;
//   - context.Canceled: 130.
//
// Anything else is 1.
func ExitCode(err error) exitcode.Code {
	if err == nil {
		return exitcode.OK
	}
	code := exitcode.Failure
	exitcode.Walk(err, func(e error) bool {
		switch e := e.(type) { //nolint:errorlint // Walk visits each node
		case *exitcode.Error:
			if e.Code == exitcode.OK {
				return false // a hint only
			}
			code = e.Code
		case *llm.Error:
			code = llmCode(e)
		default:
			if e != context.Canceled { //nolint:errorlint // the node itself, not its chain
				return false
			}
			code = exitcode.Interrupted
		}
		return true
	})
	return code
}

func llmCode(e *llm.Error) exitcode.Code {
	switch {
	case e.Class == llm.Canceled:
		return exitcode.Interrupted
	case e.Persistent():
		return exitcode.Prerequisite
	case e.Class == llm.BadRequest:
		return exitcode.Usage
	}
	return exitcode.Failure
}

// hint is the next step printed under the error: the outermost one in the
// chain, or for a model server's failure without one, where to look.
func hint(err error) string {
	if h := exitcode.HintOf(err); h != "" {
		return h
	}
	if llm.ClassOf(err) != "" {
		return "run again with --verbose for the details of each attempt"
	}
	return ""
}

// report prints err once, with its hint, and returns the exit code.
func report(w io.Writer, red *redact.Redactor, err error) exitcode.Code {
	code := ExitCode(err)
	if err == nil {
		return code
	}
	if code == exitcode.Interrupted {
		fmt.Fprintln(w, "interrupted")
		return code
	}
	if exitcode.IsSilent(err) {
		return code
	}
	msg := err.Error()
	next := hint(err)
	if red != nil {
		msg, next = red.String(msg), red.String(next)
	}
	fmt.Fprintf(w, "error: %s\n", strings.TrimSpace(msg))
	if next != "" {
		fmt.Fprintf(w, "hint: %s\n", next)
	}
	return code
}

// checkedWriter remembers the first write error. A reader that went away
// (EPIPE: `| head -1`) is not an error: the reader has what it wanted.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err != nil && c.err == nil && !errors.Is(err, syscall.EPIPE) {
		c.err = err
	}
	return n, err
}
