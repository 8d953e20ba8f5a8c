// Package root assembles the command tree.
package root

import (
	"math"
	"strconv"

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

// NewCmdRoot returns the `domainyours` command with every subcommand.
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
	cmd.AddCommand(
		suggest.NewCmdSuggest(f, nil),
		eval.NewCmdEval(f, nil),
		generatedata.NewCmdGenerateData(f, nil),
		train.NewCmdTrain(f, nil),
		serve.NewCmdServe(f, nil),
		versioncmd.NewCmdVersion(f),
		availabilitycmd.NewCmdAvailability(f),
		&cobra.Command{
			Use:   "environment",
			Short: "Environment variables and the .env file",
			Long:  config.HelpText(),
		},
	)
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
