// Package root assembles the command tree.
package root

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/domainyours/domainyours/internal/cmd/availabilitycmd"
	"github.com/domainyours/domainyours/internal/cmd/eval"
	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/cmd/generatedata"
	"github.com/domainyours/domainyours/internal/cmd/serve"
	"github.com/domainyours/domainyours/internal/cmd/suggest"
	"github.com/domainyours/domainyours/internal/cmd/train"
	"github.com/domainyours/domainyours/internal/cmd/versioncmd"
	"github.com/domainyours/domainyours/internal/config"
	"github.com/domainyours/domainyours/internal/exitcode"
)

// NewCmdRoot returns the `domainyours` command with every subcommand (those
// the command line does not run as stubs; see addCommands).
func NewCmdRoot(f *factory.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "domainyours <command>",
		Short: "Suggest brandable, safe domain names, and train and evaluate the model behind them",
		Long: `domainyours suggests brandable domain names for a business description, refuses
businesses that should not be named, and runs the pipeline that makes a small open
model good at it.

` + exitcode.Table + `

Run 'domainyours help environment' for the environment variables.`,
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       f.BuildVersion,
	}
	// --verbose is read by internal/app before the tree runs (so start-up is
	// logged too); it is declared here so it parses and shows in help.
	cmd.PersistentFlags().BoolP("verbose", "v", false, "log diagnostics to stderr (same as DOMAINYOURS_LOG_LEVEL=debug)")
	cmd.PersistentFlags().Duration("timeout", 0, "stop the command after this long, e.g. 30m (0: no limit); finished work is kept and a re-run resumes")
	// Every float flag must be a finite number: strconv accepts "NaN" and
	// "Inf", and NaN passes every range check written as a comparison
	// (NaN < 0 and NaN > 1 are both false), which switched gates off.
	cmd.PersistentPreRunE = func(c *cobra.Command, _ []string) error { return finiteFloats(c) }
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return exitcode.Usagef("run '"+c.CommandPath()+" --help' for the flags", "%v", err)
	})
	addCommands(cmd, f)
	// Unknown subcommands and stray arguments are usage errors (exit 2).
	cmd.Args = func(c *cobra.Command, args []string) error {
		if len(args) > 0 {
			return exitcode.Usagef("run 'domainyours --help' for the commands", "unknown command %q", args[0])
		}
		return nil
	}
	cmd.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
	return cmd
}

// command is a subcommand as the root's help lists it, and how to build it.
// Building the whole tree (about sixty flags, their defaults rendered as
// text) was an eighth of the CPU time of `domainyours --help` and a third
// of its page faults, so a process builds only the command its arguments
// name; TestStubsListAsTheCommands keeps these texts equal to the commands'.
type command struct {
	use, short string
	build      func(*factory.Factory) *cobra.Command
	// topic marks a help topic: a command that does not run, listed apart.
	topic bool
}

var commands = []command{
	{"suggest <description>", "Suggest domain names for a business description",
		func(f *factory.Factory) *cobra.Command { return suggest.NewCmdSuggest(f, nil) }, false},
	{"eval", "Evaluate model versions on the frozen test set: judge scores, safety metrics, comparisons",
		func(f *factory.Factory) *cobra.Command { return eval.NewCmdEval(f, nil) }, false},
	{"generate-data", "Generate a training dataset, a test set, or an augmented dataset with an LLM",
		func(f *factory.Factory) *cobra.Command { return generatedata.NewCmdGenerateData(f, nil) }, false},
	{"train --version vN|all (--base MODEL | --base-gguf FILE)", "Fine-tune a LoRA adapter on a dataset version and register it in Ollama",
		func(f *factory.Factory) *cobra.Command { return train.NewCmdTrain(f, nil) }, false},
	{"serve", "Serve suggestions over HTTP: JSON API, web page and metrics",
		func(f *factory.Factory) *cobra.Command { return serve.NewCmdServe(f, nil) }, false},
	{"version", "Print the version of domainyours", versioncmd.NewCmdVersion, false},
	{"availability <command>", "Manage what domain availability checks rely on", availabilitycmd.NewCmdAvailability, false},
	{"environment", "Environment variables and the .env file", func(*factory.Factory) *cobra.Command {
		return &cobra.Command{Use: "environment", Short: "Environment variables and the .env file", Long: config.HelpText()}
	}, true},
}

// addCommands adds every subcommand to root: built in full when the
// command line runs it, or when it may need them all (help, completion, an
// unknown word, no arguments); otherwise as a stub that only lists itself
// in the root's help, as `domainyours --help` or `--version` need.
func addCommands(root *cobra.Command, f *factory.Factory) {
	stubs := make([]*cobra.Command, len(commands))
	for i, c := range commands {
		stubs[i] = &cobra.Command{Use: c.use, Short: c.short}
		if !c.topic {
			stubs[i].RunE = func(*cobra.Command, []string) error {
				return fmt.Errorf("internal error: the %s command was not built", c.use)
			}
		}
	}
	root.AddCommand(stubs...)
	sub, _, err := root.Find(f.Args)
	switch {
	case err == nil && sub != root:
		for i, stub := range stubs {
			if stub == sub {
				root.RemoveCommand(stub)
				root.AddCommand(commands[i].build(f))
			}
		}
		root.AddCommand(completionStub())
		return
	case err == nil && flagsOnly(f.Args):
		root.AddCommand(completionStub())
		return
	}
	root.RemoveCommand(stubs...)
	for _, c := range commands {
		root.AddCommand(c.build(f))
	}
}

// completionStub stands in for cobra's `completion` command when the
// command line cannot run it. Cobra builds its own, a command and a flag
// per shell, in every Execute unless the root has a command of that name
// (1% of the CPU time of `--help`); the root's help lists the stub the same
// (TestStubsListAsTheCommands).
func completionStub() *cobra.Command {
	return &cobra.Command{
		Use:   "completion",
		Short: "Generate the autocompletion script for the specified shell",
		RunE: func(*cobra.Command, []string) error {
			return errors.New("internal error: the completion command was not built")
		},
	}
}

// flagsOnly reports whether args are flags alone, such as --help.
func flagsOnly(args []string) bool {
	for _, a := range args {
		if !strings.HasPrefix(a, "-") || a == "--" {
			return false
		}
	}
	return len(args) > 0
}

// finiteFloats rejects NaN and ±Inf in any float flag of c.
func finiteFloats(c *cobra.Command) error {
	var bad *pflag.Flag
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if bad != nil || (f.Value.Type() != "float64" && f.Value.Type() != "float32") {
			return
		}
		if v, err := strconv.ParseFloat(f.Value.String(), 64); err == nil && (math.IsNaN(v) || math.IsInf(v, 0)) {
			bad = f
		}
	})
	if bad != nil {
		return exitcode.Usagef("give --"+bad.Name+" a finite number ("+bad.Usage+")", "--%s %s is not a finite number", bad.Name, bad.Value.String())
	}
	return nil
}
