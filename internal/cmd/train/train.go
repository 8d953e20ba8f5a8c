// Package train implements `domainyours train`.
package train

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/iostreams"
	"github.com/domainyours/domainyours/internal/llm/ollama"
	"github.com/domainyours/domainyours/internal/progress"
	"github.com/domainyours/domainyours/internal/trainer"
	"github.com/domainyours/domainyours/internal/workspace"
)

// installHint is shown when the trainer executable is missing.
const installHint = "install llama-finetune-lora (llama.cpp's LoRA trainer, shipped by the qvac-fabric-llm.cpp fork) " +
	"and put it on PATH, or point DOMAINYOURS_TRAINER or --trainer-bin at it"

// Options are the parsed flags of train.
type Options struct {
	IO *iostreams.IOStreams

	Version     string // vN or "all"
	StopOnError bool
	SkipInvalid bool
	Resume      bool
	Force       bool
	NoRegister  bool
	Base        string // Ollama model name
	BaseGGUF    string
	ConfigFile  string
	TrainerBin  string
	Merge       bool
	ExportBin   string
	Sweep       string
	Method      string
	FinetuneBin string
	grid        []trainer.SweepPoint
	Hyper       trainer.Hyper

	DataDir   string
	ModelsDir string
	// Ollama is the server versions are registered in (and --base read from).
	Ollama func() (*ollama.Provider, error)
}

// NewCmdTrain returns the train command. runF replaces the run function in
// tests of flag parsing.
func NewCmdTrain(f *factory.Factory, runF func(context.Context, *Options) error) *cobra.Command {
	opts := &Options{IO: f.IOStreams, Hyper: trainer.DefaultHyper(), Ollama: f.Ollama}
	cmd := &cobra.Command{
		Use:   "train --version vN|all (--base MODEL | --base-gguf FILE)",
		Short: "Fine-tune a LoRA adapter on a dataset version and register it in Ollama",
		Long: `Fine-tune a LoRA adapter on data/dataset_<version>.csv with llama.cpp's
llama-finetune-lora, keep the epoch with the best validation loss, and register
the result in Ollama as domainyours:<version>.

Every row is rendered with the exact prompt and reply schema suggest uses. A
seeded split holds out 5% of the rows for validation (the trainer's own fixed
split takes them from the end of the training file). Rows whose description is
in data/test_set.csv are refused, and so are invalid rows unless --skip-invalid.

Early stopping: the trainer saves a checkpoint after every epoch; when the
validation loss has not improved for --patience epochs, train stops it and
keeps the best epoch's adapter. Ctrl-C or a crash keeps the work folder
(models/.model_<version>.partial); --resume continues from its last checkpoint.

Outputs go to models/model_<version>/ (adapter.gguf, Modelfile, manifest.json,
metrics.csv, loss.png), moved into place only when everything, registration
and its smoke test included, has succeeded. An existing version is replaced
only with --force, and only once the new one is complete.

The base is an Ollama model (--base, whose GGUF is read from the local
server's blob store) or a GGUF file (--base-gguf). Its architecture must be
one whose adapters Ollama applies (llama, qwen2, gemma2, phi3), unless --merge
folds the adapter into the base with llama-export-lora and registers the merged
model instead.

--method full runs upstream llama.cpp's llama-finetune instead (a full-parameter
fine-tune on the conversations as ChatML text, every epoch, no early stopping or
resume) and registers the whole model.

--sweep trains a grid of configurations ("lr=1e-4,3e-4;rank=8,16"), each kept as
models/model_<version>-sweep-NN with its manifest, prints a table of best
validation losses, and promotes and registers the winner as <version>.

Hyperparameters come from flags, over a JSON file given with --config whose
keys are: rank, alpha, modules, learning_rate, lr_scheduler, lr_min,
warmup_ratio, weight_decay, epochs, patience, context, threads, seed.`,
		Example: `  domainyours train --version v1 --base-gguf SmolLM2-135M-Instruct-f16.gguf
  domainyours train --version v2 --base llama3.2:1b --epochs 6 --learning-rate 2e-4
  domainyours train --version v2 --base llama3.2:1b --resume
  domainyours train --version all --base llama3.2:1b --stop-on-error`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !cmd.Flags().Changed("trainer-bin") {
				opts.TrainerBin = f.Config.Get("DOMAINYOURS_TRAINER")
			}
			if !cmd.Flags().Changed("finetune-bin") {
				opts.FinetuneBin = f.Config.Get("DOMAINYOURS_FINETUNE")
			}
			if !cmd.Flags().Changed("export-bin") {
				opts.ExportBin = f.Config.Get("DOMAINYOURS_EXPORT_LORA")
			}
			opts.DataDir = f.Config.Get("DOMAINYOURS_DATA_DIR")
			opts.ModelsDir = f.Config.Get("DOMAINYOURS_MODELS_DIR")
			if err := opts.applyConfigFile(cmd.Flags()); err != nil {
				return err
			}
			if err := opts.validate(); err != nil {
				return err
			}
			if runF != nil {
				return runF(cmd.Context(), opts)
			}
			return trainRun(cmd.Context(), opts)
		},
	}
	d := trainer.DefaultHyper()
	fl := cmd.Flags()
	fl.StringVar(&opts.Version, "version", "", "dataset version to train: v1, v2, ... or all")
	fl.BoolVar(&opts.StopOnError, "stop-on-error", false, "with --version all: stop at the first version that fails")
	fl.BoolVar(&opts.SkipInvalid, "skip-invalid", false, "train without the dataset's invalid rows (counted in the manifest) instead of stopping")
	fl.BoolVar(&opts.Resume, "resume", false, "continue an interrupted run from its last checkpoint")
	fl.BoolVar(&opts.Force, "force", false, "replace an existing models/model_<version> once the new one is complete")
	fl.BoolVar(&opts.NoRegister, "no-register", false, "do not register the model in Ollama")
	fl.StringVar(&opts.Base, "base", "", "base model: an Ollama model on the local server, e.g. llama3.2:1b")
	fl.StringVar(&opts.BaseGGUF, "base-gguf", "", "base model: a GGUF file")
	fl.StringVar(&opts.ConfigFile, "config", "", "JSON file of hyperparameters; flags override it")
	fl.StringVar(&opts.TrainerBin, "trainer-bin", "", "path of llama-finetune-lora (env DOMAINYOURS_TRAINER)")
	fl.StringVar(&opts.Sweep, "sweep", "", `grid of runs, e.g. "lr=1e-4,3e-4;rank=8,16": each kept as models/model_<version>-sweep-NN, the best registered as <version>`)
	fl.StringVar(&opts.Method, "method", trainer.MethodLoRA, "lora, or full: a full-parameter fine-tune with llama-finetune (all epochs, no early stopping or resume)")
	fl.StringVar(&opts.FinetuneBin, "finetune-bin", "", "path of llama.cpp's llama-finetune, for --method full (env DOMAINYOURS_FINETUNE)")
	fl.BoolVar(&opts.Merge, "merge", false, "merge the adapter into the base with llama-export-lora and register the merged model (any architecture)")
	fl.StringVar(&opts.ExportBin, "export-bin", "", "path of llama-export-lora, for --merge (env DOMAINYOURS_EXPORT_LORA)")
	fl.IntVar(&opts.Hyper.Rank, "rank", d.Rank, "LoRA rank, 1-512")
	fl.Float64Var(&opts.Hyper.Alpha, "alpha", d.Alpha, "LoRA alpha (scale = alpha / rank)")
	fl.StringVar(&opts.Hyper.Modules, "modules", d.Modules, "weights to adapt: attn_q,attn_k,attn_v,attn_o,ffn_gate,ffn_up,ffn_down,output or all")
	fl.Float64Var(&opts.Hyper.LearningRate, "learning-rate", d.LearningRate, "peak learning rate, (0, 1]")
	fl.StringVar(&opts.Hyper.Scheduler, "lr-scheduler", d.Scheduler, "learning-rate schedule: constant, cosine or linear")
	fl.Float64Var(&opts.Hyper.LRMin, "lr-min", d.LRMin, "final learning rate of the cosine and linear schedules")
	fl.Float64Var(&opts.Hyper.WarmupRatio, "warmup-ratio", d.WarmupRatio, "share of steps spent warming up, [0, 1)")
	fl.Float64Var(&opts.Hyper.WeightDecay, "weight-decay", d.WeightDecay, "AdamW weight decay, [0, 1]")
	fl.IntVar(&opts.Hyper.Epochs, "epochs", d.Epochs, "most epochs to train, 1-1000")
	fl.IntVar(&opts.Hyper.Patience, "patience", d.Patience, "stop after this many epochs without a better validation loss (0: never)")
	fl.IntVar(&opts.Hyper.Context, "context", d.Context, "tokens per conversation (longer ones cannot train), 64-131072")
	fl.IntVar(&opts.Hyper.Threads, "threads", d.Threads, "CPU threads for the trainer (0: its default)")
	fl.Int64Var(&opts.Hyper.Seed, "seed", d.Seed, "seed of the train/validation split and the LoRA initialisation")
	return cmd
}

// applyConfigFile reads --config under the flags the user set.
func (o *Options) applyConfigFile(fl *pflag.FlagSet) error {
	if o.ConfigFile == "" {
		return nil
	}
	b, err := os.ReadFile(o.ConfigFile)
	if err != nil {
		return exitcode.Usagef("give --config a readable JSON file", "--config: %v", err)
	}
	h := trainer.DefaultHyper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&h); err != nil {
		return exitcode.Usagef("keys: rank, alpha, modules, learning_rate, lr_scheduler, lr_min, warmup_ratio, weight_decay, epochs, patience, context, threads, seed",
			"--config %s: %v", o.ConfigFile, err)
	}
	// Flags the user set win over the file.
	flagged := o.Hyper
	set := map[string]func(){
		"rank": func() { h.Rank = flagged.Rank }, "alpha": func() { h.Alpha = flagged.Alpha },
		"modules": func() { h.Modules = flagged.Modules }, "learning-rate": func() { h.LearningRate = flagged.LearningRate },
		"lr-scheduler": func() { h.Scheduler = flagged.Scheduler }, "lr-min": func() { h.LRMin = flagged.LRMin },
		"warmup-ratio": func() { h.WarmupRatio = flagged.WarmupRatio }, "weight-decay": func() { h.WeightDecay = flagged.WeightDecay },
		"epochs": func() { h.Epochs = flagged.Epochs }, "patience": func() { h.Patience = flagged.Patience },
		"context": func() { h.Context = flagged.Context }, "threads": func() { h.Threads = flagged.Threads },
		"seed": func() { h.Seed = flagged.Seed },
	}
	for name, apply := range set {
		if fl.Changed(name) {
			apply()
		}
	}
	o.Hyper = h
	return nil
}

func (o *Options) validate() error {
	if o.Version == "" {
		return exitcode.Usagef("domainyours train --version v1 --base-gguf model.gguf", "--version is required")
	}
	if o.Version != "all" {
		if _, err := workspace.ParseVersion(o.Version); err != nil {
			return exitcode.Usagef("use --version v1, v2, ... or all", "--version: %v", err)
		}
	} else if o.Resume {
		return exitcode.Usagef("resume one version at a time: --version vN --resume", "--resume cannot be used with --version all")
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
		return exitcode.Usagef("run 'domainyours train --help' for the ranges", "%v", err)
	}
	switch {
	case o.Method != trainer.MethodLoRA && o.Method != trainer.MethodFull:
		return exitcode.Usagef("use --method lora or --method full", "--method %q is not supported", o.Method)
	case o.Method == trainer.MethodFull && (o.Resume || o.Merge):
		return exitcode.Usagef("drop --resume and --merge", "--method full has no checkpoints to resume and no adapter to merge")
	}
	if o.Sweep != "" {
		if o.Version == "all" || o.Resume {
			return exitcode.Usagef("sweep one version at a time, without --resume", "--sweep cannot be used with --version all or --resume")
		}
		grid, err := trainer.ParseSweep(o.Hyper, o.Sweep)
		if err != nil {
			return exitcode.Usagef(`write --sweep as "key=v1,v2;key=v1,v2" with keys lr, rank, alpha, epochs, patience, context, warmup_ratio, weight_decay, lr_scheduler, modules`, "%v", err)
		}
		o.grid = grid
	}
	return nil
}

func trainRun(ctx context.Context, o *Options) error {
	trainerBin, hint := o.TrainerBin, installHint
	if o.Method == trainer.MethodFull {
		trainerBin, hint = o.FinetuneBin, "install upstream llama.cpp's llama-finetune and put it on PATH, or point DOMAINYOURS_FINETUNE or --finetune-bin at it"
	}
	bin, err := trainer.ResolveBinary(trainerBin)
	if err != nil {
		return exitcode.New(exitcode.Prerequisite, fmt.Errorf("the trainer %q cannot be run: %w", trainerBin, err), hint)
	}
	exportBin := ""
	if o.Merge {
		exportBin, err = trainer.ResolveBinary(o.ExportBin)
		if err != nil {
			return exitcode.New(exitcode.Prerequisite, fmt.Errorf("the exporter %q cannot be run: %w", o.ExportBin, err),
				"install llama.cpp's llama-export-lora and put it on PATH, or point DOMAINYOURS_EXPORT_LORA or --export-bin at it")
		}
	}
	layout := workspace.Layout{Data: o.DataDir, Models: o.ModelsDir}
	versions := []string{o.Version}
	if o.Version == "all" {
		found, err := layout.Datasets()
		if err != nil {
			return exitcode.New(exitcode.Usage, fmt.Errorf("list datasets in %s: %w", o.DataDir, err), "set DOMAINYOURS_DATA_DIR to the folder of dataset_vN.csv files")
		}
		if len(found) == 0 {
			return exitcode.Usagef("create one with `domainyours generate-data`", "no dataset_vN.csv in %s", o.DataDir)
		}
		versions = versions[:0]
		for _, v := range found {
			versions = append(versions, v.String())
		}
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
		info, err := provider.Show(ctx, o.Base)
		if err != nil {
			return err
		}
		if _, err := os.Stat(info.BlobPath); info.BlobPath == "" || err != nil {
			return exitcode.New(exitcode.Prerequisite,
				fmt.Errorf("the GGUF of %s is not readable here (Ollama names %q)", o.Base, info.BlobPath),
				"train on the machine that runs Ollama, or download the model's GGUF and pass --base-gguf")
		}
		baseGGUF = info.BlobPath
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
			Version: v, DataDir: o.DataDir, ModelsDir: o.ModelsDir, TestSet: layout.TestSet(),
			TrainerBin: bin, BaseGGUF: absBase, BaseName: o.Base, Hyper: o.Hyper,
			SkipInvalid: o.SkipInvalid, Resume: o.Resume, Force: o.Force, Method: o.Method, Merge: o.Merge, ExportBin: exportBin,
			Log: statusWriter(o.IO), Progress: progress.New(o.IO.ErrOut, o.IO.StderrTTY, "train "+v),
			GitRevision: gitRevision(), Grace: 10 * time.Second,
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
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%s\n", r.Name, describe(r.Values), r.BestEpoch, loss, mark)
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

func describe(values map[string]string) string {
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + values[k]
	}
	return strings.Join(parts, " ")
}

// statusWriter is where status lines go: on a terminal each first clears
// the progress bar's line, which the next update redraws below it.
func statusWriter(ios *iostreams.IOStreams) io.Writer {
	if !ios.StderrTTY {
		return ios.ErrOut
	}
	return clearLine{ios.ErrOut}
}

type clearLine struct{ w io.Writer }

func (c clearLine) Write(p []byte) (int, error) {
	if _, err := io.WriteString(c.w, "\r\x1b[K"); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// gitRevision is the VCS revision the binary was built from, if recorded.
func gitRevision() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			return s.Value
		}
	}
	return ""
}
