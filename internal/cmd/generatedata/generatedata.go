// Package generatedata implements `domainyours generate-data`.
package generatedata

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/datagen"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/progress"
	"github.com/domainyours/domainyours/internal/workspace"
)

// Defaults of --rows per kind of run.
const (
	defaultDatasetRows = 200
	defaultTestRows    = 50
	defaultAugmentRows = 80
)

// Options are the parsed flags of generate-data.
type Options struct {
	IO  *iostreams.IOStreams
	LLM func(backend string, cfg llm.Config) (*llm.Client, string, error)

	Version      string
	Rows         int
	RefusalRatio float64
	BackendName  string
	Model        string
	Omit         []string
	Seed         int64
	TestSet      bool
	Force        bool
	From         string
	AugmentFrom  string
	Concurrency  int
	BatchSize    int
	Reasks       int
	Temperature  float64
	MaxCost      float64
	MaxTokens    int64
	NoCache      bool

	Layout           workspace.Layout
	PricesPath       string
	modelFromDefault bool
	command          string
}

// NewCmdGenerateData returns the generate-data command. runF replaces the
// run function in tests of flag parsing.
func NewCmdGenerateData(f *factory.Factory, runF func(context.Context, *Options) error) *cobra.Command {
	opts := &Options{IO: f.IOStreams, LLM: f.LLM}
	cmd := &cobra.Command{
		Use:   "generate-data",
		Short: "Generate a training dataset, a test set, or an augmented dataset with an LLM",
		Long: `Generate synthetic data with an LLM (any OpenAI-compatible server, or Ollama).

  --version vN                    a dataset from the embedded topic plan: data/dataset_vN.csv
  --test-set                      a test set with frozen labels: data/test_set.csv
  --version vN --from vM --augment-from data/model_vM-results.csv
                                  vM plus rows aimed at what eval found wrong with vM

Rows are asked for in small batches under a strict JSON schema and every row is
checked with the project's name and dataset rules; invalid rows are asked again
(--reasks times), then dropped and counted by reason, never written. Rows whose
description is a near-duplicate (Jaccard >= 0.6 over character 5-grams) of an
earlier row or of the test set, or that reuse a name, are removed and counted.
Next to the CSV, a .meta.json file records the seed, model, prompt hash, topic
plan, omitted topics, every count and the token usage and cost.

Finished batches are journaled under DOMAINYOURS_CACHE_DIR and responses are
cached, so after Ctrl-C, a crash or kill -9 the same command resumes and writes
the same file. --max-cost (and --max-tokens) stop the run cleanly once spent;
the rows done are written and the meta file says the run is incomplete.

A test set that an eval has used (its sha256 is in a data/model_*-edge_cases.json
file or in reports/eval-summary.json) is not replaced without --force.

Limits: --rows 1-5000, --batch-size 1-10, --concurrency 1-64, --reasks 0-5.
Exit codes: 0 done; 1 stopped at a cap, no valid rows, or a failure;
2 bad flags or input files; 4 server, key or model missing; 130 interrupted.`,
		Example: `  domainyours generate-data --version v1 --rows 200 --model gpt-4o-mini
  domainyours generate-data --version v1 --backend ollama --model llama3.2 --max-tokens 2000000
  domainyours generate-data --test-set --rows 50
  domainyours generate-data --version v2 --from v1 --augment-from data/model_v1-results.csv --rows 80`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fl := cmd.Flags()
			if !fl.Changed("backend") {
				opts.BackendName = f.Config.Get("DOMAINYOURS_GEN_BACKEND")
			}
			if !fl.Changed("model") {
				var src string
				opts.Model, src = f.Config.Source("DOMAINYOURS_GEN_MODEL")
				opts.modelFromDefault = src == "default"
			}
			opts.Layout = workspace.Layout{Data: f.Config.Get("DOMAINYOURS_DATA_DIR"), Cache: f.Config.Get("DOMAINYOURS_CACHE_DIR"),
				Reports: workspace.DefaultReportsDir}
			opts.PricesPath = f.Config.Get("DOMAINYOURS_PRICES")
			opts.command = commandLine(cmd)
			if err := opts.validate(fl.Changed("rows"), fl.Changed("refusal-ratio")); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return generateDataRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Version, "version", "", "dataset version to write: v1 writes data/dataset_v1.csv")
	fl.IntVar(&opts.Rows, "rows", 0, fmt.Sprintf("rows to generate, 1-%d (default %d; %d with --test-set; %d new rows with --augment-from)",
		datagen.MaxRows, defaultDatasetRows, defaultTestRows, defaultAugmentRows))
	fl.Float64Var(&opts.RefusalRatio, "refusal-ratio", 0.1, "share of refusal rows in a dataset, 0 to 0.5")
	fl.StringVar(&opts.BackendName, "backend", "openai", "LLM backend: openai (any OpenAI-compatible server) or ollama (env DOMAINYOURS_GEN_BACKEND)")
	fl.StringVar(&opts.Model, "model", "", "model name (env DOMAINYOURS_GEN_MODEL)")
	fl.StringSliceVar(&opts.Omit, "omit-topics", datagen.DefaultOmit, "topics left out of training data (held out for the test set); --omit-topics= for none")
	fl.Int64Var(&opts.Seed, "seed", 1, "seed of the topic plan and of every request; the same seed gives the same requests")
	fl.BoolVar(&opts.TestSet, "test-set", false, "write data/test_set.csv (frozen labels, no names) instead of a dataset")
	fl.BoolVar(&opts.Force, "force", false, "replace an existing dataset, or a test set an eval has already used")
	fl.StringVar(&opts.From, "from", "", "base version to augment, e.g. v1 (with --augment-from)")
	fl.StringVar(&opts.AugmentFrom, "augment-from", "", "eval results of --from: data/model_v1-results.csv or its -edge_cases.json")
	fl.IntVar(&opts.Concurrency, "concurrency", 8, fmt.Sprintf("requests in flight, 1-%d", datagen.MaxConcurrency))
	fl.IntVar(&opts.BatchSize, "batch-size", 5, fmt.Sprintf("rows per request, 1-%d", datagen.MaxBatchSize))
	fl.IntVar(&opts.Reasks, "reasks", 2, fmt.Sprintf("times invalid rows are asked again before they are dropped, 0-%d", datagen.MaxReasks))
	fl.Float64Var(&opts.Temperature, "temperature", 0.9, "sampling temperature, 0 to 2")
	fl.Float64Var(&opts.MaxCost, "max-cost", 0, "stop once this many US dollars are spent (needs a price for the model in DOMAINYOURS_PRICES); 0 means no cap")
	fl.Int64Var(&opts.MaxTokens, "max-tokens", 0, "stop once this many tokens (prompt + completion) are spent; 0 means no cap")
	fl.BoolVar(&opts.NoCache, "no-cache", false, "ask the LLM again instead of reusing cached responses (the run journal still resumes)")
	return cmd
}

func (o *Options) validate(rowsSet, ratioSet bool) error {
	switch {
	case o.TestSet && (o.Version != "" || o.From != "" || o.AugmentFrom != ""):
		return exitcode.Usagef("use --test-set on its own, or --version for a dataset", "--test-set cannot be combined with --version, --from or --augment-from")
	case !o.TestSet && o.Version == "":
		return exitcode.Usagef("domainyours generate-data --version v1, or --test-set", "no --version given")
	case (o.From == "") != (o.AugmentFrom == ""):
		return exitcode.Usagef("give both, e.g. --from v1 --augment-from data/model_v1-results.csv", "--from and --augment-from go together")
	case ratioSet && (o.TestSet || o.From != ""):
		return exitcode.Usagef("drop --refusal-ratio", "--refusal-ratio applies to a dataset from the topic plan, not to a test set or an augmentation")
	}
	if !rowsSet {
		switch {
		case o.TestSet:
			o.Rows = defaultTestRows
		case o.From != "":
			o.Rows = defaultAugmentRows
		default:
			o.Rows = defaultDatasetRows
		}
	}
	if err := factory.CheckBounds(
		factory.Bound{Flag: "--rows", V: float64(o.Rows), Lo: 1, Hi: datagen.MaxRows},
		factory.Bound{Flag: "--refusal-ratio", V: o.RefusalRatio, Lo: 0, Hi: 0.5},
		factory.Bound{Flag: "--concurrency", V: float64(o.Concurrency), Lo: 1, Hi: datagen.MaxConcurrency},
		factory.Bound{Flag: "--batch-size", V: float64(o.BatchSize), Lo: 1, Hi: datagen.MaxBatchSize},
		factory.Bound{Flag: "--reasks", V: float64(o.Reasks), Lo: 0, Hi: datagen.MaxReasks},
		factory.Bound{Flag: "--temperature", V: o.Temperature, Lo: 0, Hi: 2},
		factory.Bound{Flag: "--max-cost", V: o.MaxCost, Lo: 0, Hi: 1e6},
		factory.Bound{Flag: "--max-tokens", V: float64(o.MaxTokens), Lo: 0, Hi: 1e12},
	); err != nil {
		return err
	}
	switch o.BackendName {
	case factory.OpenAI, factory.Ollama:
	default:
		return exitcode.Usagef("use --backend openai or --backend ollama (or DOMAINYOURS_GEN_BACKEND)", "generate-data cannot use backend %q", o.BackendName)
	}
	if o.Model == "" || (o.BackendName == factory.Ollama && o.modelFromDefault) {
		return exitcode.Usagef("name a model with --model or DOMAINYOURS_GEN_MODEL, e.g. --model llama3.2", "the %s backend needs a model", o.BackendName)
	}
	return nil
}

// commandLine is the command as typed, for the meta file.
func commandLine(cmd *cobra.Command) string {
	parts := []string{cmd.CommandPath()}
	cmd.Flags().Visit(func(fl *pflag.Flag) {
		if fl.Name == "verbose" {
			return
		}
		v := fl.Value.String()
		if sv, ok := fl.Value.(pflag.SliceValue); ok {
			v = strings.Join(sv.GetSlice(), ",")
		}
		parts = append(parts, "--"+fl.Name+"="+v)
	})
	return strings.Join(parts, " ")
}

func (o *Options) spec() datagen.Spec {
	kind := datagen.KindDataset
	switch {
	case o.TestSet:
		kind = datagen.KindTestSet
	case o.From != "":
		kind = datagen.KindAugmented
	}
	omit := append([]string{}, o.Omit...)
	sort.Strings(omit)
	return datagen.Spec{
		Kind: kind, Version: o.Version, From: o.From, AugmentFrom: o.AugmentFrom, Layout: o.Layout,
		Rows: o.Rows, RefusalRatio: o.RefusalRatio, Omit: omit, Seed: o.Seed, Force: o.Force,
		Backend: o.BackendName, Model: o.Model, Temperature: o.Temperature,
		BatchSize: o.BatchSize, Concurrency: o.Concurrency, Reasks: o.Reasks,
		MaxCostUSD: o.MaxCost, MaxTokens: o.MaxTokens, Command: o.command,
	}
}

func generateDataRun(ctx context.Context, o *Options) error {
	s, err := datagen.Open(datagen.SessionOptions{Spec: o.spec(), PricesPath: o.PricesPath, NoCache: o.NoCache,
		Client: o.LLM})
	if err != nil {
		return err
	}
	defer s.Close()
	bar := progress.New(o.IO.ErrOut, o.IO.StderrTTY, "generate-data "+string(s.Spec.Kind))
	var last datagen.Progress
	meta, err := s.Generate(ctx, func(p datagen.Progress) {
		last = p
		if p.RowsDone == p.RowsTotal {
			return // the final line is Done's
		}
		bar.Update(progress.Counts{Done: p.RowsDone, Total: p.RowsTotal, Rejected: p.Rejected, CostUSD: s.ShownCost(p.CostUSD)})
	})
	bar.Done(progress.Counts{Done: last.RowsDone, Total: last.RowsTotal, Rejected: last.Rejected, CostUSD: s.ShownCost(last.CostUSD)})
	return finish(o, s.Prepared, meta, err)
}

func finish(o *Options, prep *datagen.Prepared, m datagen.Meta, err error) error {
	w := o.IO.ErrOut
	resume := fmt.Sprintf("finished batches are kept in %s; run the same command again to resume", m.ThisRun.Journal)
	switch {
	case errors.Is(err, context.Canceled) || llm.ClassOf(err) == llm.Canceled:
		fmt.Fprintln(w, "interrupted: "+resume)
		return err
	case errors.Is(err, datagen.ErrNoRows):
		summary(w, m)
		return exitcode.New(exitcode.Failure,
			fmt.Errorf("none of the %d requested rows passed validation, so %s was not written", m.Counts.Requested, prep.Output),
			"see the reasons above; try a stronger --model, or --reasks 3")
	case errors.Is(err, datagen.ErrCapped):
		summary(w, m)
		return exitcode.New(exitcode.Failure, fmt.Errorf("stopped at --%s before any row was added; %s was not written",
			strings.ReplaceAll(string(m.StoppedBy), "_", "-"), prep.Output), "raise the cap and run the same command again; "+resume)
	case err != nil:
		if m.ThisRun.Journal != "" {
			fmt.Fprintln(w, resume)
		}
		return err
	}
	summary(w, m)
	fmt.Fprintln(o.IO.Out, prep.Output)
	if m.StoppedBy == datagen.StopUnusableReplies {
		return exitcode.New(exitcode.Failure,
			fmt.Errorf("wrote %d of %d requested rows to %s (complete: false): some replies could not be used (%s)",
				m.Counts.New, m.Counts.Requested, prep.Output, datagen.ByReason(m.Counts.Dropped)),
			"those batches were not kept; run the same command again to ask for them again (finished batches are kept)")
	}
	if !m.Complete {
		return exitcode.New(exitcode.Failure,
			fmt.Errorf("stopped at --%s: wrote %d of %d requested rows to %s (the meta file says complete: false)",
				strings.ReplaceAll(string(m.StoppedBy), "_", "-"), m.Counts.New, m.Counts.Requested, prep.Output),
			"raise the cap and run the same command again to continue; finished batches are kept")
	}
	return nil
}

// summary prints the accounting of a run on stderr.
func summary(w io.Writer, m datagen.Meta) {
	c := m.Counts
	fmt.Fprintf(w, "requested %d rows: %d accepted, %d dropped after %d re-asks, %d not run\n",
		c.Requested, c.Accepted, c.DroppedTotal(), c.Reasked, c.NotRun)
	if len(c.Invalid) > 0 {
		fmt.Fprintf(w, "invalid rows received: %s\n", datagen.ByReason(c.Invalid))
	}
	if len(c.Dropped) > 0 {
		fmt.Fprintf(w, "dropped: %s\n", datagen.ByReason(c.Dropped))
	}
	if len(c.Removed) > 0 {
		fmt.Fprintf(w, "removed: %s\n", datagen.ByReason(c.Removed))
	}
	switch {
	case c.TestSetOverlap != nil:
		fmt.Fprintf(w, "test-set overlap: %d rows\n", *c.TestSetOverlap)
	case m.Kind != datagen.KindTestSet:
		fmt.Fprintln(w, "test-set overlap: not checked, there is no test set in the data folder")
	}
	for _, p := range m.Patterns {
		fmt.Fprintf(w, "pattern %s: %d failures, %d rows added\n", p.ID, p.Failures, p.Added)
	}
	cost := "unknown (no price for the model in DOMAINYOURS_PRICES)"
	if m.Usage.CostKnown {
		cost = fmt.Sprintf("$%.4f", m.Usage.CostUSD)
	}
	fmt.Fprintf(w, "tokens: %d prompt, %d completion; cost %s; this run: %d calls, %d cache hits, %d batches resumed\n",
		m.Usage.PromptTokens, m.Usage.CompletionTokens, cost, m.ThisRun.Calls, m.ThisRun.CacheHits, m.ThisRun.ResumedBatches)
	if m.Output.Rows > 0 {
		fmt.Fprintf(w, "%s: %d rows (%d appropriate, %d inappropriate)\n", m.Output.Path, m.Output.Rows, m.Output.Appropriate, m.Output.Inappropriate)
	}
}
