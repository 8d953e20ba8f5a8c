// Package eval implements `domainyours eval`.
package eval

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/spf13/cobra"

	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/evaluation"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/llm/openai"
	"github.com/domainyours/domainyours/internal/suggestion"
	"github.com/domainyours/domainyours/internal/workspace"
)

// Options are the parsed flags of eval.
type Options struct {
	IO          *iostreams.IOStreams
	Backend     func(context.Context, factory.BackendSelection) (factory.Choice, error)
	LLM         func(backend string, cfg llm.Config) (*llm.Client, string, error)
	OpenAIBatch func() (*openai.BatchClient, error)
	Ollama      func() (*ollama.Provider, error)
	Logger      *slog.Logger
	Build       string
	Command     string // the command line, recorded in the manifest

	Versions    []string // v2, all, builtin, base:<model>
	Bases       []string // base models added to --version all
	StopOnError bool
	TestSet     string
	// AllowUnlabeled evaluates a test set whose rows lack frozen labels
	// (safety metrics become n/a).
	AllowUnlabeled bool
	Judge          string // heuristic or openai
	JudgeModel     string
	JudgeTemp      float64
	Concurrency    int
	JudgeRepeats   int
	NoCache        bool
	Batch          bool
	JSON           bool
	FailUnder      []evaluation.Gate
	FailIfWorse    string
	Imports        []string
	Seed           int64
	Temperature    float64
	BottomK        int
	MaxErrorRate   float64

	Layout workspace.Layout

	PricesFile string
}

// Limits of the numeric flags.
const (
	maxConcurrency = 64
	maxRepeats     = 10
	maxBottomK     = 200
)

// NewCmdEval returns the eval command. runF replaces the run function in
// tests of flag parsing.
func NewCmdEval(f *factory.Factory, runF func(context.Context, *Options) error) *cobra.Command {
	opts := &Options{IO: f.IOStreams, Backend: f.SuggestBackend, LLM: f.LLM, OpenAIBatch: f.OpenAIBatch, Ollama: f.Ollama,
		Logger: f.Logger, Build: f.BuildVersion, Command: strings.Join(append([]string{"domainyours"}, f.Args...), " ")}
	var failUnder string
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Evaluate model versions on the frozen test set: judge scores, safety metrics, comparisons",
		Long: `Evaluate one or more versions of the name generator on the frozen test set.

Each version answers every test description through the same suggestion code
as 'suggest' (same prompt, guardrail and validation, fixed --seed and
--temperature). A judge then scores every answer: the offline heuristic judge
(default, no network), or an LLM judge over any OpenAI-compatible server
(OPENAI_BASE_URL) with a strict JSON schema. Names are shuffled before
judging and the description is passed as data, never as instructions.

Versions: vN (the Ollama model domainyours:vN), builtin (the offline
generator), base:<ollama model> (a base model with few-shot examples), or all
(builtin, every domainyours:vN in Ollama or models/model_vN/, and each --base).

Judge failures are retried, then counted as errors and excluded from every
mean; every report states n_total, n_scored and n_error. Judge replies are
cached (DOMAINYOURS_CACHE_DIR) so an unchanged re-run makes no judge calls,
and finished rows are journaled so an interrupted run resumes where it
stopped.

Outputs: data/model_<version>-results.csv (seed-project columns plus ours),
data/model_<version>-edge_cases.json (for generate-data --augment-from),
reports/eval-summary.json, reports/eval-report.html and PNG charts in images/.

A run in which a version failed keeps the last good summary and report and
writes its own as reports/eval-summary.failed.json and eval-report.failed.html.

Exit codes: 3 when a --fail-under or --fail-if-worse gate fails, 1 when a
version could not be evaluated or its error rate passes --max-error-rate, 4
when no version could be evaluated for a missing prerequisite (judge key
refused, server or model absent).`,
		Example: `  domainyours eval --version builtin
  domainyours eval --version all --base llama3.2 --judge openai --judge-model gpt-4o-mini
  domainyours eval --version v2 --fail-under quality=0.70,safety-f1=0.90 --fail-if-worse v1
  domainyours eval --version v2 --import data/model_v1-results.csv --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			fl := cmd.Flags()
			cfg := f.Config
			opts.Layout.Data = cfg.Get("DOMAINYOURS_DATA_DIR")
			opts.Layout.Models = cfg.Get("DOMAINYOURS_MODELS_DIR")
			opts.Layout.Cache = cfg.Get("DOMAINYOURS_CACHE_DIR")
			opts.PricesFile = cfg.Get("DOMAINYOURS_PRICES")
			if !fl.Changed("judge") {
				opts.Judge = cfg.Get("DOMAINYOURS_JUDGE")
			}
			if !fl.Changed("judge-model") {
				opts.JudgeModel = cfg.Get("DOMAINYOURS_JUDGE_MODEL")
			}
			if !fl.Changed("test-set") {
				opts.TestSet = opts.Layout.TestSet()
			}
			if fl.Changed("fail-under") {
				g, err := evaluation.ParseGates(failUnder)
				if err != nil {
					return exitcode.Usagef("use --fail-under quality=0.70,safety-f1=0.90 (metrics: "+strings.Join(evaluation.GateMetrics, ", ")+")", "--fail-under: %v", err)
				}
				opts.FailUnder = g
			}
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return evalRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVar(&opts.Versions, "version", nil, "versions to evaluate: vN, builtin, base:<ollama model>, or all (comma-separated or repeated)")
	fl.StringSliceVar(&opts.Bases, "base", nil, "with --version all, also evaluate these Ollama base models (few-shot, no adapter)")
	fl.BoolVar(&opts.AllowUnlabeled, "allow-unlabeled", false, "evaluate a test set whose rows lack a frozen label (safety metrics are then n/a)")
	fl.BoolVar(&opts.StopOnError, "stop-on-error", false, "stop at the first version that fails instead of reporting it and continuing")
	fl.StringVar(&opts.TestSet, "test-set", "", "test set CSV with frozen labels (default <DOMAINYOURS_DATA_DIR>/test_set.csv)")
	fl.StringVar(&opts.Judge, "judge", "heuristic", "judge: heuristic (offline) or openai (any OpenAI-compatible server) (env DOMAINYOURS_JUDGE)")
	fl.StringVar(&opts.JudgeModel, "judge-model", "gpt-4o-mini", "model of the openai judge (env DOMAINYOURS_JUDGE_MODEL)")
	fl.Float64Var(&opts.JudgeTemp, "judge-temperature", 0, "judge sampling temperature, 0 to 2 (0 gives the most repeatable verdicts)")
	fl.IntVar(&opts.Concurrency, "concurrency", 4, fmt.Sprintf("rows evaluated at once, 1-%d", maxConcurrency))
	fl.IntVar(&opts.JudgeRepeats, "judge-repeats", 1, fmt.Sprintf("judge each row this many times (1-%d) to measure the judge's self-consistency", maxRepeats))
	fl.BoolVar(&opts.NoCache, "no-cache", false, "generate and judge every row again instead of resuming journaled rows and replaying cached verdicts (new results are still stored)")
	fl.BoolVar(&opts.Batch, "batch", false, "openai judge: send the judge requests through the OpenAI Batch API (half price, results within 24 h; resumable)")
	fl.BoolVar(&opts.JSON, "json", false, "print the run summary as JSON on stdout")
	fl.StringVar(&failUnder, "fail-under", "", "exit 3 when a metric is under its threshold, e.g. quality=0.70,safety-f1=0.90")
	fl.StringVar(&opts.FailIfWorse, "fail-if-worse", "", "exit 3 when a version is worse than this one (quality significantly lower, or lower safety F1)")
	fl.StringArrayVar(&opts.Imports, "import", nil, "also load a results CSV in the seed project's layout (repeatable)")
	fl.Int64Var(&opts.Seed, "seed", 1, "generation seed, recorded in the manifest")
	fl.Float64Var(&opts.Temperature, "temperature", suggestion.DefaultTemperature, "generation temperature for LLM versions, 0 to 2")
	fl.IntVar(&opts.BottomK, "bottom", 10, fmt.Sprintf("rows listed as edge cases per version, 1-%d", maxBottomK))
	fl.Float64Var(&opts.MaxErrorRate, "max-error-rate", 0.1, "fail a version whose share of error rows passes this, 0 to 1")
	fl.StringVar(&opts.Layout.Reports, "reports-dir", workspace.DefaultReportsDir, "folder of the JSON summary and the HTML report")
	fl.StringVar(&opts.Layout.Images, "images-dir", workspace.DefaultImagesDir, "folder of the PNG charts")
	return cmd
}

func (o *Options) validate() error {
	if len(o.Versions) == 0 && len(o.Imports) == 0 {
		return exitcode.Usagef("domainyours eval --version builtin (or v2, base:<model>, all)", "no --version given")
	}
	for _, v := range o.Versions {
		if err := checkVersion(v); err != nil {
			return err
		}
	}
	for _, b := range o.Bases {
		if strings.TrimSpace(b) == "" || strings.HasPrefix(b, "-") {
			return exitcode.Usagef("use --base llama3.2", "--base %q is not a model name", b)
		}
	}
	switch o.Judge {
	case "heuristic", "openai":
	default:
		return exitcode.Usagef("use --judge heuristic or --judge openai (or DOMAINYOURS_JUDGE)", "unknown judge %q", o.Judge)
	}
	if o.Judge == "openai" && strings.TrimSpace(o.JudgeModel) == "" {
		return exitcode.Usagef("name one with --judge-model or DOMAINYOURS_JUDGE_MODEL, e.g. gpt-4o-mini", "the openai judge needs a model")
	}
	if o.Batch && o.Judge != "openai" {
		return exitcode.Usagef("add --judge openai, or drop --batch", "--batch needs the openai judge (got --judge %s)", o.Judge)
	}
	if err := factory.CheckBounds(
		factory.Bound{Flag: "--concurrency", V: float64(o.Concurrency), Lo: 1, Hi: maxConcurrency},
		factory.Bound{Flag: "--judge-repeats", V: float64(o.JudgeRepeats), Lo: 1, Hi: maxRepeats},
		factory.Bound{Flag: "--judge-temperature", V: o.JudgeTemp, Lo: 0, Hi: 2},
		factory.Bound{Flag: "--temperature", V: o.Temperature, Lo: 0, Hi: 2},
		factory.Bound{Flag: "--bottom", V: float64(o.BottomK), Lo: 1, Hi: maxBottomK},
		factory.Bound{Flag: "--max-error-rate", V: o.MaxErrorRate, Lo: 0, Hi: 1},
	); err != nil {
		return err
	}
	if o.FailIfWorse != "" {
		if err := checkVersion(o.FailIfWorse); err != nil || o.FailIfWorse == "all" {
			return exitcode.Usagef("name one version, e.g. --fail-if-worse v1 (or seed-v1 for an --import)", "--fail-if-worse %q is not a version", o.FailIfWorse)
		}
	}
	return nil
}

// checkVersion refuses what is not a version eval can run or compare.
func checkVersion(v string) error {
	if evaluation.IsSelector(v) {
		return nil
	}
	return exitcode.Usagef("use --version v2, builtin, base:<ollama model> or all", "--version %q is not a version", v)
}
