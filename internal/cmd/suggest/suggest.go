// Package suggest implements `domainyours suggest`.
package suggest

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/domain"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/guard"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// Options are the parsed flags and arguments of suggest.
type Options struct {
	IO      *iostreams.IOStreams
	Backend func(context.Context, factory.BackendSelection) (factory.Choice, error)
	Guard   func(guard.Spec) (guard.Guard, error)

	Description string
	Count       int
	TLDs        []string
	Seed        int64
	JSON        bool
	factory.BackendFlags
	Verbose bool
	File    string // batch input; "-" is stdin
	Format  string // batch output: jsonl or csv
	MaxRows int    // batch inputs allowed before any model call; 0: no limit
	// maxRowsSet: --max-rows was given, so it holds for builtin too.
	maxRowsSet bool
	// MaxCost (USD) and MaxTokens cap a batch's model spend; 0: no cap.
	MaxCost    float64
	MaxTokens  int64
	PricesPath string // DOMAINYOURS_PRICES

	checkOptions
}

// NewCmdSuggest returns the suggest command. runF replaces the run function in
// tests of flag parsing.
func NewCmdSuggest(f *factory.Factory, runF func(context.Context, *Options) error) *cobra.Command {
	opts := &Options{IO: f.IOStreams, Backend: f.SuggestBackend, Guard: f.Guard}
	opts.Availability = f.AvailabilityChecker
	cmd := &cobra.Command{
		Use:   "suggest <description>",
		Short: "Suggest domain names for a business description",
		Long: `Suggest brandable domain names for a business description.

On a terminal the names are shown as a ranked table with scores; when stdout is
piped, one name (or full domain, with --tld) per line. --json prints one object.

Batch mode (--file) reads one description per line from a .txt file, or the
"description" column of a .csv file ("-" reads stdin), and writes one JSON line
(or CSV row with --format csv) per input, continuing past bad rows.
With a model backend (ollama, openai) or a model --guard, a file of more than
--max-rows inputs (default 10000; 0: no limit) is refused before any model is
called; builtin alone has no limit unless --max-rows is given.
--max-cost (US dollars; needs the model's price in DOMAINYOURS_PRICES) and
--max-tokens (prompt + completion) cap what the batch spends on its model
(0: no cap; a model --guard's calls are not counted): once the spend reaches
a cap no further call is made, the rows named so far stay written, every
input not attempted still gets its record, with an error saying the cap
stopped it (run those lines again), the summary counts them, and the exit
code is 1. For one description (no --file) the caps are a usage error.

A description the safety guardrail (or the model) refuses prints no names: the
category and reason go to stderr (and into --json), and the exit code is 3.
When the description's own naming constraints ("at most 5 letters", a start
letter) leave fewer good names than --count, the names found are printed, a
note on stderr (and "shortfall" in --json) says which constraint limited them,
and the exit code is 0; none at all is an error (exit 2).
Descriptions must be 1 to 2000 characters; invisible and bidi-control
characters are removed first.

--check asks each domain's registry (RDAP, found through IANA's bootstrap
file) and your DNS resolver whether it can be registered: available, taken
or unknown, never a guess. The domain names are sent, the description is not.
--available-only keeps only names with an available domain, generating more
until --count are found or --max-checks is spent.`,
		Example: `  domainyours suggest "a bakery in Lyon"
  domainyours suggest --tld com,io --count 10 "an eco-friendly dog grooming van in Austin"
  domainyours suggest --json "a bakery in Lyon"
  domainyours suggest --check --tld com,io "a bakery in Lyon"
  domainyours suggest --available-only --tld com "a bakery in Lyon"
  domainyours suggest --file descriptions.txt --format csv > names.csv
  domainyours suggest --backend openai --model gpt-4o-mini --max-cost 2 --file descriptions.txt > names.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Description = strings.Join(args, " ")
			if err := opts.BackendFlags.Resolve(cmd.Flags(), f.Config); err != nil {
				return err
			}
			opts.Verbose, _ = cmd.Flags().GetBool("verbose")
			opts.maxRowsSet = cmd.Flags().Changed("max-rows")
			opts.PricesPath = f.Config.Get("DOMAINYOURS_PRICES")
			if err := opts.validate(len(args)); err != nil {
				return err
			}
			if err := resolveCheck(cmd, opts, f.Config.Get("DOMAINYOURS_CHECK")); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return suggestRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.IntVarP(&opts.Count, "count", "n", suggestion.DefaultCount, fmt.Sprintf("names to suggest (%d-%d)", suggestion.MinCount, suggestion.MaxCount))
	fl.StringSliceVar(&opts.TLDs, "tld", nil, "show full domains with these TLDs, e.g. com,io,co.uk (checked against the Public Suffix List)")
	fl.Int64Var(&opts.Seed, "seed", 1, "random seed; the same description and seed give the same names")
	fl.BoolVar(&opts.JSON, "json", false, "print one JSON object per description")
	opts.BackendFlags.Add(fl)
	fl.StringVarP(&opts.File, "file", "f", "", "batch: read descriptions from a .txt or .csv file, or - for stdin")
	fl.StringVar(&opts.Format, "format", "jsonl", "batch output format: jsonl or csv")
	fl.IntVar(&opts.MaxRows, "max-rows", DefaultMaxRows, "batch: refuse a file of more inputs before any model call (0: no limit; builtin alone: none unless given)")
	fl.Float64Var(&opts.MaxCost, "max-cost", 0, "batch: stop calling the model once this many US dollars are spent (needs a price for the model in DOMAINYOURS_PRICES); 0 means no cap")
	fl.Int64Var(&opts.MaxTokens, "max-tokens", 0, "batch: stop calling the model once this many tokens (prompt + completion) are spent; 0 means no cap")
	addCheckFlags(cmd, &opts.checkOptions)
	return cmd
}

func (o *Options) validate(nargs int) error {
	if err := factory.CheckBounds(factory.Bound{Flag: "--count", V: float64(o.Count), Lo: suggestion.MinCount, Hi: suggestion.MaxCount},
		factory.Bound{Flag: "--max-cost", V: o.MaxCost, Lo: 0, Hi: 1e6}, factory.Bound{Flag: "--max-tokens", V: float64(o.MaxTokens), Lo: 0, Hi: 1e12}); err != nil {
		return err
	}
	for i, t := range o.TLDs {
		norm, err := domain.NormalizeTLD(t)
		if err != nil {
			return exitcode.Usagef("use --tld with public suffixes such as com,io,co.uk", "--tld: %v", err)
		}
		o.TLDs[i] = norm
	}
	if o.File != "" {
		if nargs > 0 {
			return exitcode.Usagef("give either a description or --file, not both", "--file %s was given together with a description", o.File)
		}
		if o.Format != "jsonl" && o.Format != "csv" {
			return exitcode.Usagef("use --format jsonl or --format csv", "--format %q is not supported", o.Format)
		}
		if o.MaxRows < 0 {
			return exitcode.Usagef("use --max-rows 0 for no limit", "--max-rows %d is negative", o.MaxRows)
		}
		return nil
	}
	if o.Format != "jsonl" {
		return exitcode.Usagef("--format applies to batch mode; add --file", "--format %q without --file", o.Format)
	}
	if o.maxRowsSet || o.MaxCost != 0 || o.MaxTokens != 0 {
		// One description is one model call: a row limit or a spend cap could stop nothing.
		return exitcode.Usagef("add --file, or drop them", "--max-rows, --max-cost and --max-tokens apply to batch mode (--file); one description is one model call")
	}
	if nargs == 0 {
		return exitcode.Usagef(`domainyours suggest "a bakery in Lyon"`, "no description given")
	}
	return nil
}

func suggestRun(ctx context.Context, o *Options) error {
	choice, err := o.Backend(ctx, o.BackendSelection)
	if err != nil {
		return err
	}
	if o.Name == factory.Auto || o.IO.StderrTTY || o.Verbose {
		fmt.Fprintf(o.IO.ErrOut, "backend: %s\n", choice.Note)
	}
	svc := suggestion.New(choice.Backend)
	name, err := factory.AddGuard(svc, o.BackendFlags.Guard, o.Guard)
	if err != nil {
		return err
	}
	if name != "" && (o.IO.StderrTTY || o.Verbose) {
		fmt.Fprintf(o.IO.ErrOut, "guard: %s\n", name)
	}
	checks := suggestion.Checks{AvailableOnly: o.AvailableOnly, MaxChecks: o.MaxChecks, Timeout: o.CheckTimeout}
	if o.Check { // one checker per command run
		c, cache, err := o.Availability(o.NoCache)
		if err != nil {
			return err
		}
		checks.Checker = c
		defer cache.SaveOrWarn(o.IO.ErrOut)
	}
	if o.File != "" {
		// A model backend or guard is paid (or slow) per row: its size limit holds.
		models := choice.Backend.Name() != factory.Builtin || !o.BackendFlags.Guard.Builtin()
		return batchRun(ctx, o, svc, checks, models)
	}
	req := o.request(o.Description)
	res, err := svc.Suggest(ctx, req)
	if err != nil {
		return err
	}
	out := suggestion.NewOutput(res, o.TLDs)
	if err := svc.AddAvailability(ctx, checks, req, o.TLDs, res, &out); err != nil {
		return err
	}
	if o.JSON {
		if err := out.WriteJSON(o.IO.Out); err != nil {
			return err
		}
	}
	if res.Refused {
		fmt.Fprintf(o.IO.ErrOut, "refused (%s): %s\n", res.Category, res.Reason)
		return exitcode.Silent(exitcode.Refused)
	}
	if !o.JSON {
		if o.IO.StdoutTTY {
			out.WriteTable(o.IO.Out)
		} else {
			out.WritePlain(o.IO.Out)
		}
	}
	if o.IO.StderrTTY || o.Verbose {
		fmt.Fprintf(o.IO.ErrOut, "%d names in %.1f ms\n", len(res.Suggestions), res.ElapsedMS)
	}
	for _, d := range res.Dropped {
		fmt.Fprintf(o.IO.ErrOut, "dropped invalid name %s\n", d.Error())
	}
	if res.Shortfall != nil {
		// Fewer names than asked, all meeting the description's
		// constraints: the names, and which constraint left no more.
		fmt.Fprintf(o.IO.ErrOut, "note: %s\n", res.Shortfall.Message)
	}
	if out.Search != nil {
		fmt.Fprintln(o.IO.ErrOut, searchNote(out.Search))
		if out.Search.Found < o.Count {
			return exitcode.New(exitcode.Failure, fmt.Errorf("found %d of the %d available names asked for", out.Search.Found, o.Count),
				"raise --max-checks or --check-timeout, or try other --tld")
		}
		return nil
	}
	if len(res.Suggestions) < o.Count && res.Shortfall == nil {
		return exitcode.New(exitcode.Failure,
			fmt.Errorf("the %s backend produced only %d valid names of the %d asked for", res.Backend, len(res.Suggestions), o.Count),
			"try another --seed, or --backend builtin")
	}
	return nil
}

func (o *Options) request(desc string) suggestion.Request {
	return suggestion.Request{Description: desc, Count: o.Count, Seed: o.Seed, Temperature: o.Temperature}
}
