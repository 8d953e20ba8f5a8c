package root

import (
	"bytes"
	"testing"

	"github.com/spf13/cobra"

	"github.com/domainyours/domainyours/internal/cmd/factory"
)

func newRoot(args ...string) *cobra.Command {
	f := factory.New(factory.Endpoints{})
	f.Args = args
	return NewCmdRoot(f)
}

func child(t *testing.T, root *cobra.Command, name string) *cobra.Command {
	t.Helper()
	for _, c := range root.Commands() {
		if c.Name() == name {
			return c
		}
	}
	t.Fatalf("no %s command", name)
	return nil
}

// A stub lists itself in the root's help exactly as its command does: the
// root's help with stubs is the help with every command built.
func TestStubsListAsTheCommands(t *testing.T) {
	f := factory.New(factory.Endpoints{})
	for _, c := range commands {
		real := c.build(f)
		if real.Use != c.use || real.Short != c.short || real.Runnable() == c.topic || real.Hidden || len(real.Aliases) > 0 {
			t.Errorf("%s: the table says %q, %q, topic %v; the command %q, %q, runnable %v, hidden %v, aliases %v",
				c.use, c.use, c.short, c.topic, real.Use, real.Short, real.Runnable(), real.Hidden, real.Aliases)
		}
	}
	help := func(root *cobra.Command) string {
		var b bytes.Buffer
		root.SetArgs([]string{"--help"})
		root.SetOut(&b)
		if err := root.Execute(); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	stubs, built := newRoot("--help"), newRoot()
	if child(t, stubs, "suggest").Flags().Lookup("backend") != nil {
		t.Fatal("--help built the suggest command")
	}
	if a, b := help(stubs), help(built); a != b {
		t.Errorf("root help with stubs:\n%s\nwith the commands:\n%s", a, b)
	}
}

// The command the arguments run is built in full, however they reach it;
// help, completion and unknown words get the whole tree.
func TestBuildsTheCommandTheArgumentsRun(t *testing.T) {
	built := func(root *cobra.Command, name string) bool {
		return child(t, root, name).Flags().HasFlags()
	}
	for _, tc := range []struct {
		args        []string
		suggest     bool
		eval, train bool
	}{
		{[]string{"suggest", "a bakery"}, true, false, false},
		{[]string{"--timeout", "30m", "-v", "suggest", "--json", "x"}, true, false, false},
		{[]string{"eval", "--help"}, false, true, false},
		{[]string{"--version"}, false, false, false},
		{[]string{"help", "suggest"}, true, true, true},
		{[]string{"completion", "bash"}, true, true, true},
		{[]string{"__complete", "suggest", "--ba"}, true, true, true},
		{[]string{"bogus"}, true, true, true},
		{nil, true, true, true},
	} {
		root := newRoot(tc.args...)
		if built(root, "suggest") != tc.suggest || built(root, "eval") != tc.eval || built(root, "train") != tc.train {
			t.Errorf("%q: suggest, eval, train built %v %v %v, want %v %v %v", tc.args,
				built(root, "suggest"), built(root, "eval"), built(root, "train"), tc.suggest, tc.eval, tc.train)
		}
		n := 0
		for _, c := range root.Commands() {
			if c.Name() != "completion" {
				n++
			}
		}
		if n != len(commands) {
			t.Errorf("%q: %d subcommands, want %d", tc.args, n, len(commands))
		}
	}
}
