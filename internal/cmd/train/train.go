// Package train implements `domainyours train`: options, validation,
// printing and the exit code over internal/trainer.
package train

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/progress"
	"github.com/domainyours/domainyours/internal/trainer"
	"github.com/domainyours/domainyours/internal/workspace"
)

// Options are the parsed flags of train.
type Options struct {
	IO *iostreams.IOStreams

	Version      string // vN or "all"
	StopOnError  bool
	SkipInvalid  bool
	Resume       bool
	Force        bool
	NoRegister   bool
	SmokeTimeout time.Duration
	Base         string // Ollama model name
	BaseGGUF     string
	ConfigFile   string
	TrainerBin   string
	Merge        bool
	ExportBin    string
	Sweep        string
	Method       string
	FinetuneBin  string
	Backend      string // local (llama.cpp) or openai
	Model        string // --backend openai: the provider's base model
	BatchSize    int
	Cancel       bool
	PollInterval time.Duration
	FineTuner    func() (trainer.FineTuner, error)
	Hyper        trainer.Settings
	grid         []trainer.SweepPoint

	DataDir   string
	ModelsDir string
	// Ollama is the server versions are registered in (and --base read from).
	Ollama func() (*ollama.Provider, error)
}

// NewCmdTrain returns the train command. runF replaces the run function in
// tests of flag parsing.
func NewCmdTrain(f *factory.Factory, runF func(context.Context, *Options) error) *cobra.Command {
	opts := &Options{IO: f.IOStreams, Hyper: *trainer.NewSettings(), Ollama: f.Ollama,
		FineTuner: func() (trainer.FineTuner, error) { return f.OpenAIFineTune() }}
	cmd := &cobra.Command{
		Use:   "train --version vN|all (--base MODEL | --base-gguf FILE)",
		Short: "Fine-tune a LoRA adapter on a dataset version and register it in Ollama",
		Long: `Fine-tune a LoRA adapter on data/dataset_<version>.csv with llama.cpp's
llama-finetune-lora (build it with 'make trainer'), keep the epoch with the best
validation loss (a checkpoint per epoch; stopped after --patience epochs without
improvement), and register the result in Ollama as domainyours:<version> once a
smoke test passes. Rows are rendered with the prompt and schema suggest uses; a
seeded 5% is held out for validation; test-set rows and invalid rows (unless
--skip-invalid) are refused.

Outputs (models/model_<version>/: weights, Modelfile, manifest.json,
metrics.csv, loss.png) replace an existing version only with --force, and only
once everything succeeded. Ctrl-C keeps models/.model_<version>.partial for
--resume.

--base names an Ollama model (its GGUF is read from the local blob store),
--base-gguf a file. Adapters work for llama, qwen2, gemma2 and phi3; --merge
folds the adapter into the base with llama-export-lora for any architecture.
--method full fine-tunes every weight with llama-finetune (no early stopping or
resume). --sweep "lr=1e-4,3e-4;rank=8,16" trains every combination as
model_<version>-sweep-NN and promotes the best as <version>.

--config FILE is a JSON object of hyperparameters named like the flags in
snake_case (learning_rate, lr_scheduler, ...); flags override it.

--backend openai fine-tunes --model (e.g. gpt-4o-mini-2024-07-18) on the
OpenAI-compatible fine-tuning API at OPENAI_BASE_URL instead: the same
conversations uploaded as training and validation files, one job with the
--epochs, --learning-rate (here the provider's learning-rate MULTIPLIER) and
--batch-size you set (the provider's auto for the rest), followed until it
ends. Its id is journaled in models/.model_<version>.partial, so a rerun after
Ctrl-C or a crash follows the same job; --cancel cancels it. The manifest names
the fine-tuned model (ft:...), which suggest/eval/serve --version then use.
Exit 4 for a refused key or spent quota, 2 for an invalid file or request, 1
for a failed or cancelled job.`,
		Example: `  domainyours train --version v1 --base-gguf SmolLM2-135M-Instruct-f16.gguf
  domainyours train --version v2 --base llama3.2:1b --epochs 6 --learning-rate 2e-4
  domainyours train --version v2 --base llama3.2:1b --resume
  domainyours train --version all --base llama3.2:1b --stop-on-error
  domainyours train --version v3 --backend openai --model gpt-4o-mini-2024-07-18 --epochs 3`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, b := range []struct {
				flag, env string
				dst       *string
			}{{"trainer-bin", "DOMAINYOURS_TRAINER", &opts.TrainerBin}, {"finetune-bin", "DOMAINYOURS_FINETUNE", &opts.FinetuneBin}, {"export-bin", "DOMAINYOURS_EXPORT_LORA", &opts.ExportBin}} {
				if !cmd.Flags().Changed(b.flag) {
					*b.dst = f.Config.Get(b.env)
				}
			}
			opts.DataDir = f.Config.Get("DOMAINYOURS_DATA_DIR")
			opts.ModelsDir = f.Config.Get("DOMAINYOURS_MODELS_DIR")
			if opts.ConfigFile != "" {
				if err := opts.Hyper.ApplyConfigFile(opts.ConfigFile, cmd.Flags().Changed); err != nil {
					return exitcode.New(exitcode.Usage, err, "give --config a readable JSON object whose keys are the hyperparameter flags in snake_case (see --help)")
				}
			}
			if err := opts.validate(cmd.Flags().Changed); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			if opts.Backend == trainer.BackendOpenAI {
				return openAIRun(cmd.Context(), opts, cmd.Flags().Changed)
			}
			return trainRun(cmd.Context(), opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&opts.Version, "version", "", "dataset version to train: v1, v2, ... or all")
	fl.BoolVar(&opts.StopOnError, "stop-on-error", false, "with --version all: stop at the first version that fails")
	fl.BoolVar(&opts.SkipInvalid, "skip-invalid", false, "train without the dataset's invalid rows (counted in the manifest) instead of stopping")
	fl.BoolVar(&opts.Resume, "resume", false, "continue an interrupted run from its last checkpoint")
	fl.BoolVar(&opts.Force, "force", false, "replace an existing models/model_<version> once the new one is complete")
	fl.BoolVar(&opts.NoRegister, "no-register", false, "do not register the model in Ollama")
	fl.DurationVar(&opts.SmokeTimeout, "smoke-timeout", trainer.DefaultSmokeTimeout, "how long the registered model may take to answer its first request, load included")
	fl.StringVar(&opts.Base, "base", "", "base model: an Ollama model on the local server, e.g. llama3.2:1b")
	fl.StringVar(&opts.BaseGGUF, "base-gguf", "", "base model: a GGUF file")
	fl.StringVar(&opts.ConfigFile, "config", "", "JSON file of hyperparameters; flags override it")
	fl.StringVar(&opts.TrainerBin, "trainer-bin", "", "path of llama-finetune-lora (env DOMAINYOURS_TRAINER)")
	fl.StringVar(&opts.Sweep, "sweep", "", `grid of runs, e.g. "lr=1e-4,3e-4;rank=8,16": each kept as models/model_<version>-sweep-NN, the best registered as <version>`)
	fl.StringVar(&opts.Method, "method", trainer.MethodLoRA, "lora, or full: a full-parameter fine-tune with llama-finetune (all epochs, no early stopping or resume)")
	fl.StringVar(&opts.FinetuneBin, "finetune-bin", "", "path of llama.cpp's llama-finetune, for --method full (env DOMAINYOURS_FINETUNE)")
	fl.BoolVar(&opts.Merge, "merge", false, "merge the adapter into the base with llama-export-lora and register the merged model (any architecture)")
	fl.StringVar(&opts.ExportBin, "export-bin", "", "path of llama-export-lora, for --merge (env DOMAINYOURS_EXPORT_LORA)")
	fl.StringVar(&opts.Backend, "backend", trainer.BackendLocal, "local (llama.cpp and Ollama) or openai: a managed fine-tuning job on the OpenAI-compatible API at OPENAI_BASE_URL")
	fl.StringVar(&opts.Model, "model", "", "with --backend openai: the provider's base model, e.g. gpt-4o-mini-2024-07-18")
	fl.IntVar(&opts.BatchSize, "batch-size", 0, "with --backend openai: examples per batch (0: the provider's auto)")
	fl.BoolVar(&opts.Cancel, "cancel", false, "with --backend openai: cancel the version's journaled job")
	fl.DurationVar(&opts.PollInterval, "poll-interval", trainer.DefaultPoll, "with --backend openai: how often the job's status is read")
	for _, p := range trainer.Params {
		fl.Var(p.Value(&opts.Hyper.Hyper), p.Flag, p.Usage)
	}
	return cmd
}

func (o *Options) validate(changed func(string) bool) error {
	if o.Version == "" {
		return exitcode.Usagef("domainyours train --version v1 --base-gguf model.gguf", "--version is required")
	}
	if o.Version != "all" {
		if _, err := workspace.ParseVersion(o.Version); err != nil {
			return exitcode.Usagef("use --version v1, v2, ... or all", "--version: %v", err)
		}
	}
	if err := trainer.CheckBackendFlags(o.Backend, o.Version, o.Model, o.Cancel, changed); err != nil || o.Backend == trainer.BackendOpenAI {
		return err
	}
	if o.Version == "all" && o.Resume {
		return exitcode.Usagef("resume one version at a time: --version vN --resume", "--resume cannot be used with --version all")
	}
	if o.SmokeTimeout <= 0 {
		return exitcode.Usagef("give a positive duration, e.g. --smoke-timeout 10m", "--smoke-timeout %s is not positive", o.SmokeTimeout)
	}
	if o.StopOnError && o.Version != "all" {
		return exitcode.Usagef("--stop-on-error applies to --version all", "--stop-on-error with --version %s", o.Version)
	}
	switch {
	case o.Base == "" && o.BaseGGUF == "":
		return exitcode.Usagef("name the base with --base llama3.2:1b (an Ollama model) or --base-gguf FILE", "no base model given")
	case o.Base != "" && o.BaseGGUF != "":
		return exitcode.Usagef("give --base or --base-gguf, not both", "--base %s and --base-gguf %s both name a base", o.Base, o.BaseGGUF)
	}
	if err := o.Hyper.Validate(); err != nil {
		return exitcode.New(exitcode.Usage, err, "run 'domainyours train --help' for the ranges")
	}
	if err := trainer.CheckMethod(o.Method, o.Resume, o.Merge); err != nil {
		return exitcode.New(exitcode.Usage, err, "")
	}
	if o.Sweep != "" {
		if o.Version == "all" || o.Resume {
			return exitcode.Usagef("sweep one version at a time, without --resume", "--sweep cannot be used with --version all or --resume")
		}
		grid, err := trainer.ParseSweep(o.Hyper, o.Sweep)
		if err != nil {
			return exitcode.New(exitcode.Usage, err, `write --sweep as "key=v1,v2;key=v1,v2" with keys `+strings.Join(trainer.SweepKeys(), ", "))
		}
		o.grid = grid
	}
	return nil
}

func trainRun(ctx context.Context, o *Options) error {
	tools, err := trainer.ResolveTools(o.Method, o.TrainerBin, o.FinetuneBin, o.ExportBin, o.Merge)
	if err != nil {
		return err
	}
	versions, err := trainer.Versions(o.DataDir, o.Version)
	if err != nil {
		return err
	}

	var provider *ollama.Provider
	if !o.NoRegister || o.Base != "" {
		provider, err = o.Ollama()
		if err != nil {
			return err
		}
		defer provider.CloseIdleConnections()
		// Registration is the last step: find out now, not after an hour of
		// training, that the server is not there.
		if _, err := provider.ListModels(ctx); err != nil {
			return exitcode.WithHint(err, "start Ollama (`ollama serve`) or set OLLAMA_HOST, or pass --no-register to train without registering")
		}
	}
	baseGGUF := o.BaseGGUF
	if o.Base != "" {
		if baseGGUF, err = trainer.OllamaBaseFile(ctx, provider, o.Base); err != nil {
			return err
		}
	}
	absBase, err := filepath.Abs(baseGGUF)
	if err != nil {
		return err
	}

	var failed []string
	for _, v := range versions {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		cfg := trainer.Config{
			Version: v, DataDir: o.DataDir, ModelsDir: o.ModelsDir, TestSet: testSet(o.DataDir),
			TrainerBin: tools.Trainer, BaseGGUF: absBase, BaseName: o.Base, Hyper: o.Hyper.Hyper,
			SkipInvalid: o.SkipInvalid, Resume: o.Resume, Force: o.Force, Method: o.Method, Merge: o.Merge, ExportBin: tools.Export,
			Log: progress.StatusWriter(o.IO.ErrOut, o.IO.StderrTTY), OnProgress: trainer.ProgressBar(o.IO.ErrOut, o.IO.StderrTTY),
			GitRevision: trainer.BuildRevision(), Grace: 10 * time.Second, SmokeTimeout: o.SmokeTimeout,
		}
		if !o.NoRegister {
			cfg.Registry = provider
		}
		if o.grid != nil {
			return sweepRun(ctx, o, cfg)
		}
		res, err := trainer.Run(ctx, cfg)
		if err != nil {
			if ctx.Err() != nil {
				// The exit report says only "interrupted": say how to go on.
				fmt.Fprintf(o.IO.ErrOut, "train %s: %v\n", v, err)
				return err
			}
			if len(versions) == 1 {
				return err
			}
			fmt.Fprintf(o.IO.ErrOut, "train %s failed: %v\n", v, err)
			failed = append(failed, v)
			if o.StopOnError {
				return fmt.Errorf("stopped at %s (--stop-on-error): %w", v, err)
			}
			continue
		}
		m := res.Manifest
		model := "-"
		if m.Registered {
			model = m.Model
		}
		fmt.Fprintf(o.IO.Out, "%s\t%s\t%s\tbest epoch %d of %d\tval loss %.5f\n", v, res.Dir, model, m.BestEpoch, len(m.Epochs), m.BestValLoss)
	}
	if len(failed) > 0 {
		return exitcode.New(exitcode.Failure, fmt.Errorf("%d of %d versions failed: %s", len(failed), len(versions), strings.Join(failed, ", ")),
			"fix them and rerun each with --version vN")
	}
	return nil
}

// sweepRun trains every configuration of the grid and prints the table of
// best validation losses.
func sweepRun(ctx context.Context, o *Options, cfg trainer.Config) error {
	res, err := trainer.Sweep(ctx, cfg, o.grid)
	if res != nil {
		tw := tabwriter.NewWriter(o.IO.Out, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "RUN\tCONFIGURATION\tBEST EPOCH\tBEST VAL LOSS\t")
		for i, r := range res.Runs {
			mark, loss := "", "failed"
			if r.BestValLoss != nil {
				loss = fmt.Sprintf("%.5f", *r.BestValLoss)
			}
			if i == res.Winner {
				mark = "winner"
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", r.Name, trainer.Describe(r.Values), r.BestEpoch, loss, mark)
		}
		tw.Flush()
	}
	if err != nil {
		return err
	}
	model := "-"
	if res.Final.Manifest.Registered {
		model = res.Final.Manifest.Model
	}
	fmt.Fprintf(o.IO.Out, "%s\t%s\t%s\n", o.Version, res.Final.Dir, model)
	return nil
}

func testSet(dataDir string) string { return workspace.Layout{Data: dataDir}.TestSet() }
