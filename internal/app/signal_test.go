package app

import (
	"context"
	"testing"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/iostreams"
)

// A command that runs starts the signal watcher before its own work; help
// and --version, which print and exit, never start it (it costs two
// threads, a tenth of their run time), and "--help" as a flag's value does
// not stop it.
func TestSignalWatcherStartsOnlyForCommandsThatRun(t *testing.T) {
	env := func(string) (string, bool) { return "", false }
	for _, tt := range []struct {
		args  []string
		watch bool
		code  exitcode.Code
	}{
		{[]string{"--help"}, false, exitcode.OK},
		{[]string{"--version"}, false, exitcode.OK},
		{[]string{"suggest", "--help"}, false, exitcode.OK},
		{[]string{"version"}, true, exitcode.OK},
		{[]string{"suggest", "--backend", "builtin", "--json", "a bakery in Lyon"}, true, exitcode.OK},
		{[]string{}, true, exitcode.OK}, // the root's help, printed by its RunE
		// "--help" is a flag's value here: the command runs (and refuses it).
		{[]string{"suggest", "--backend", "builtin", "--model", "--help", "a bakery"}, true, exitcode.Usage},
	} {
		note := &interruptNote{}
		started := false
		note.watch = func() { started = true }
		ctx := context.WithValue(context.Background(), interruptNoteKey{}, note)
		ios, _, _, errOut := iostreams.Test()
		t.Chdir(t.TempDir())
		if code := Run(ctx, tt.args, ios, env); code != tt.code {
			t.Fatalf("%q: exit %d: %s", tt.args, code, errOut)
		}
		if started != tt.watch {
			t.Errorf("%q: watcher started %v, want %v", tt.args, started, tt.watch)
		}
	}
}
