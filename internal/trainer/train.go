// Package trainer turns a dataset version into a LoRA adapter with
// llama.cpp's llama-finetune-lora, keeps the epoch with the best validation
// loss, writes the model folder (adapter, Modelfile, manifest, metrics, loss
// chart) and registers the model in Ollama.
//
// Early stopping: llama-finetune-lora has no patience flag, so train runs it
// once for all epochs with a checkpoint at the end of every epoch, reads the
// validation loss from its live log, and stops its process group when
// patience epochs in a row have not improved. The best epoch's adapter is the
// model.gguf of that epoch's checkpoint (or the final adapter when the best
// epoch is the last). One process per run keeps the optimizer state and the
// learning-rate schedule exactly as the trainer computes them.
//
// The trainer's own validation split is the last 5% of the training file
// (no flag changes it), so train writes its seeded held-out rows last: the
// validation loss in the log is the loss on those rows.
package trainer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/domainyours/domainyours/internal/atomicfile"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/filehash"
	"github.com/domainyours/domainyours/internal/progress"
	"github.com/domainyours/domainyours/internal/prompt"
	"github.com/domainyours/domainyours/internal/workspace"
)

// inputErrorf is a problem with the user's data, flags or files: nothing was
// trained, and fixing the input is the next step (exit 2).
func inputErrorf(format string, args ...any) error { return exitcode.Usagef("", format, args...) }

// layout is where the run's files live.
func (c Config) layout() workspace.Layout {
	return workspace.Layout{Data: c.DataDir, Models: c.ModelsDir}
}

// Config is one training run.
type Config struct {
	Version string
	// Name names the model folder and the Ollama tag; empty means
	// Version. Sweep runs use it to keep each configuration apart.
	Name      string
	DataDir   string
	ModelsDir string
	// TestSet is the frozen test set whose descriptions must not be trained
	// on; a missing file is reported and skipped.
	TestSet string

	TrainerBin string // absolute path (see ResolveBinary)
	BaseGGUF   string // the base model file; with BaseName, the blob Ollama serves it from
	BaseName   string // the base as an Ollama model, when given by name
	Hyper      Hyper

	// Method is MethodLoRA (default) or MethodFull: a full-parameter
	// fine-tune with upstream llama.cpp's llama-finetune (TrainerBin), no
	// checkpoints and so no early stopping or resume; the last epoch's
	// model is registered whole.
	Method string
	// Merge folds the adapter into the base with llama-export-lora
	// (ExportBin) and registers the merged model: for architectures whose
	// adapters Ollama cannot apply.
	Merge     bool
	ExportBin string

	SkipInvalid bool
	Resume      bool
	Force       bool // replace an existing models/model_<version>

	// Registry registers the model; nil skips registration (--no-register).
	Registry Registry

	Log         io.Writer // status lines
	Progress    *progress.Reporter
	Grace       time.Duration // SIGTERM → SIGKILL for the trainer
	GitRevision string
	Now         func() time.Time
}

// Training methods.
const (
	MethodLoRA = "lora"
	MethodFull = "full"
)

// Result is a finished run.
type Result struct {
	Dir      string
	Manifest Manifest
}

var (
	errEarlyStop     = errors.New("early stop")
	errSplitMismatch = errors.New("split mismatch")
	errDiverged      = errors.New("diverged")
)

// Run trains one version.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	start := time.Now()
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	version, err := workspace.ParseVersion(cfg.Version)
	if err != nil {
		return nil, exitcode.Input(err, "")
	}
	// The trainer runs in the work folder: every path it is given, and
	// every path recorded, is absolute.
	for _, p := range []*string{&cfg.DataDir, &cfg.ModelsDir, &cfg.BaseGGUF, &cfg.TestSet} {
		if *p == "" {
			continue
		}
		abs, err := filepath.Abs(*p)
		if err != nil {
			return nil, err
		}
		*p = abs
	}
	if err := cfg.Hyper.Validate(); err != nil {
		return nil, exitcode.Input(err, "")
	}
	full := cfg.Method == MethodFull
	switch {
	case cfg.Method != "" && cfg.Method != MethodLoRA && !full:
		return nil, inputErrorf("--method %q is not lora or full", cfg.Method)
	case full && (cfg.Resume || cfg.Merge):
		return nil, inputErrorf("--method full has no checkpoints to resume and no adapter to merge; drop --resume and --merge")
	}
	name := cfg.Version
	if cfg.Name != "" {
		name = cfg.Name
	}
	if err := workspace.ValidateName(name); err != nil {
		return nil, exitcode.Input(err, "")
	}
	finalDir := cfg.layout().ModelDir(name)
	if _, err := os.Stat(finalDir); err == nil && !cfg.Force {
		return nil, inputErrorf("%s already exists; pass --force to replace it (the old folder stays until the new one is complete)", finalDir)
	}

	// Data.
	dsPath := cfg.layout().Dataset(version)
	rows, rejects, _, err := dataset.ReadFile(dsPath, dataset.Options{Training: true})
	if err != nil {
		return nil, inputErrorf("read %s: %w", dsPath, err)
	}
	if len(rejects) > 0 && !cfg.SkipInvalid {
		var b strings.Builder
		for i, r := range rejects {
			if i == 100 {
				fmt.Fprintf(&b, "\n  ... and %d more", len(rejects)-100)
				break
			}
			fmt.Fprintf(&b, "\n  %s", r.Error())
		}
		return nil, inputErrorf("%s has %d invalid rows; fix them or pass --skip-invalid:%s", dsPath, len(rejects), b.String())
	}
	if len(rows) < MinRows {
		return nil, inputErrorf("%s has %d valid rows; train needs at least %d", dsPath, len(rows), MinRows)
	}
	if err := CheckRefusals(rows); err != nil {
		return nil, inputErrorf("%s: %w", dsPath, err)
	}
	if err := checkLeaks(cfg, rows); err != nil {
		return nil, err
	}
	dsSum, err := filehash.SHA256(dsPath)
	if err != nil {
		return nil, err
	}

	// Base model.
	base, err := ReadGGUF(cfg.BaseGGUF)
	if err != nil {
		return nil, inputErrorf("base model: %w", err)
	}
	// A full fine-tune is registered whole, like a merged adapter.
	if err := base.CheckBase(cfg.Merge || full); err != nil {
		return nil, inputErrorf("%w", err)
	}
	baseSum, err := filehash.SHA256(cfg.BaseGGUF)
	if err != nil {
		return nil, err
	}

	train, val := Split(rows, cfg.Hyper.Seed)
	all := append(append([]dataset.Row(nil), train...), val...)
	fmt.Fprintf(cfg.Log, "train %s: %d rows (%d train, %d validation), base %s (%s), %d epochs at most, patience %d\n",
		name, len(rows), len(train), len(val), filepath.Base(cfg.BaseGGUF), base.Architecture, cfg.Hyper.Epochs, cfg.Hyper.Patience)

	man := Manifest{
		Method:  MethodLoRA,
		Version: cfg.Version, Name: name, Dataset: dsPath, DatasetSHA256: dsSum, Rows: len(rows), SkippedInvalid: len(rejects),
		TrainRows: len(train), ValRows: len(val), PromptVersion: prompt.Version, PromptHash: prompt.Hash(5),
		Base:  BaseRecord{Name: cfg.BaseName, Path: cfg.BaseGGUF, SHA256: baseSum, Architecture: base.Architecture, FileType: base.FileType},
		Hyper: cfg.Hyper, GitRevision: cfg.GitRevision,
	}

	// Work folder: kept across an interruption for --resume.
	work := cfg.layout().PartialDir(name)
	run, err := openWork(cfg, work, man)
	if err != nil {
		return nil, err
	}
	defer run.j.Close()
	man.Resumed = run.resumed

	templateKind := base.TemplateKind()
	var st *trainState
	if full {
		// The full fine-tune reads plain text: the conversations rendered
		// in ChatML, which the registered model is then served with.
		templateKind, man.Method = TemplateChatML, MethodFull
		man.ChatTemplate = TemplateChatML
		txt := filepath.Join(work, "train.txt")
		if err := writeTextFile(txt, all); err != nil {
			return nil, err
		}
		st, err = run.trainFull(ctx, cfg, txt)
	} else {
		jsonl := filepath.Join(work, "train.jsonl")
		if err := writeTrainFile(jsonl, all); err != nil {
			return nil, err
		}
		man.ChatTemplate = templateKind
		chatTemplateFile := ""
		if templateKind == TemplateOther {
			chatTemplateFile = filepath.Join(work, "chatml.jinja")
			if err := atomicfile.WriteFile(chatTemplateFile, []byte(ChatMLJinja), 0o644); err != nil {
				return nil, err
			}
			man.ChatTemplate = TemplateChatML
		}
		st, err = run.train(ctx, cfg, jsonl, chatTemplateFile, len(train))
	}
	man.Trainer = TrainerRecord{Path: cfg.TrainerBin, Version: Version(ctx, cfg.TrainerBin, work), Args: st.args}
	if err != nil {
		return nil, err
	}
	man.Epochs, man.StoppedEarly = st.epochs, st.stoppedEarly
	man.BestEpoch, man.BestValLoss = st.best, st.bestLoss
	fmt.Fprintf(cfg.Log, "best epoch %d of %d: validation loss %.5f\n", st.best, len(st.epochs), st.bestLoss)

	// Outputs, in a staging folder renamed into place at the very end.
	staging := cfg.layout().StagingDir(name)
	if err := removeIfExists(staging); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(staging, 0o755); err != nil {
		return nil, err
	}
	reg := registration{name: workspace.ModelFamily + ":" + name, base: cfg.BaseName, baseGGUF: cfg.BaseGGUF,
		template: ollamaTemplate(templateKind), context: cfg.Hyper.Context}
	from, adapterLine := cfg.BaseName, "./adapter.gguf"
	if from == "" {
		from = cfg.BaseGGUF
	}
	if full {
		reg.merged = filepath.Join(staging, "model.gguf")
		if err := copyFile(st.bestAdapter, reg.merged); err != nil {
			return nil, fmt.Errorf("copy the trained model: %w", err)
		}
		m, err := ReadGGUF(reg.merged)
		if err != nil {
			return nil, fmt.Errorf("the trainer's model %s: %w", st.bestAdapter, err)
		}
		if m.Type == "adapter" || m.Architecture != base.Architecture {
			return nil, fmt.Errorf("the trainer's output %s is not a %s model (type %q, architecture %q)", st.bestAdapter, base.Architecture, m.Type, m.Architecture)
		}
		from, adapterLine = "./model.gguf", ""
	} else {
		reg.adapter = filepath.Join(staging, "adapter.gguf")
		if err := copyFile(st.bestAdapter, reg.adapter); err != nil {
			return nil, fmt.Errorf("copy the best adapter: %w", err)
		}
		adapter, err := ReadGGUF(reg.adapter)
		if err != nil {
			return nil, fmt.Errorf("the trainer's adapter %s: %w", st.bestAdapter, err)
		}
		if err := CheckAdapter(base, adapter); err != nil {
			return nil, err
		}
	}
	if cfg.Merge {
		reg.merged = filepath.Join(staging, "model.gguf")
		if err := merge(ctx, cfg, base, reg.adapter, reg.merged); err != nil {
			return nil, err
		}
		from, adapterLine = "./model.gguf", ""
	}
	mf := Modelfile(from, adapterLine, reg.template, systemPrompt(), reg.params())
	if err := atomicfile.WriteFile(filepath.Join(staging, "Modelfile"), []byte(mf), 0o644); err != nil {
		return nil, err
	}
	if err := atomicfile.WriteFile(filepath.Join(staging, "metrics.csv"), MetricsCSV(st.epochs), 0o644); err != nil {
		return nil, err
	}
	png, err := LossPNG(st.epochs, st.best, "domainyours "+name)
	if err != nil {
		return nil, fmt.Errorf("draw loss.png: %w", err)
	}
	if err := atomicfile.WriteFile(filepath.Join(staging, "loss.png"), png, 0o644); err != nil {
		return nil, err
	}

	if cfg.Registry != nil {
		smoke, err := reg.register(ctx, cfg.Registry, cfg.Log)
		if err != nil {
			return nil, fmt.Errorf("%w (outputs kept in %s for inspection)", err, staging)
		}
		man.Model, man.Registered, man.SmokeTest = reg.name, true, smoke
	}
	man.Created = cfg.Now().UTC()
	man.WallSeconds = math.Round(time.Since(start).Seconds()*1000) / 1000
	if err := WriteJSON(filepath.Join(staging, "manifest.json"), man); err != nil {
		return nil, err
	}
	if err := swapInto(staging, finalDir); err != nil {
		return nil, err
	}
	run.j.Close()
	if err := removeIfExists(work); err != nil {
		fmt.Fprintf(cfg.Log, "warning: could not remove the work folder %s: %v\n", work, err)
	}
	return &Result{Dir: finalDir, Manifest: man}, nil
}

func checkLeaks(cfg Config, rows []dataset.Row) error {
	if cfg.TestSet == "" {
		return nil
	}
	test, _, _, err := dataset.ReadFile(cfg.TestSet, dataset.Options{})
	if errors.Is(err, os.ErrNotExist) {
		fmt.Fprintf(cfg.Log, "note: no test set at %s; skipping the overlap check\n", cfg.TestSet)
		return nil
	}
	if err != nil {
		return inputErrorf("read the test set %s: %w", cfg.TestSet, err)
	}
	descs := make([]string, len(test))
	for i, r := range test {
		descs[i] = r.Description
	}
	leaks := Leaks(rows, descs)
	if len(leaks) == 0 {
		return nil
	}
	lines := make([]string, 0, len(leaks))
	for _, r := range leaks {
		lines = append(lines, fmt.Sprint(r.Line))
	}
	return inputErrorf("%d training rows are in the test set %s (lines %s); remove them so eval measures unseen descriptions",
		len(leaks), cfg.TestSet, strings.Join(lines, ", "))
}

// ollamaTemplate is the prompt template registered with the model: ChatML,
// written out, when the trainer used ChatML; for a Gemma base the base's own
// (inherited from a named model, detected from the GGUF otherwise).
func ollamaTemplate(kind string) string {
	if kind == TemplateGemma {
		return ""
	}
	return ChatMLTemplate
}

// merge runs llama-export-lora to fold the adapter into the base, and checks
// that the result is a model of the base's architecture.
func merge(ctx context.Context, cfg Config, base *GGUFInfo, adapter, out string) error {
	if cfg.ExportBin == "" {
		return fmt.Errorf("--merge needs llama-export-lora: %w", ErrNotInstalled)
	}
	absBase, err := filepath.Abs(cfg.BaseGGUF)
	if err != nil {
		return err
	}
	var a Argv
	a.Value("-m", absBase)
	a.Value("--lora", adapter)
	a.Value("-o", out)
	if cfg.Hyper.Threads > 0 {
		a.Int("-t", cfg.Hyper.Threads)
	}
	args, err := a.Args()
	if err != nil {
		return exitcode.Input(err, "")
	}
	fmt.Fprintf(cfg.Log, "merging the adapter into the base with %s\n", filepath.Base(cfg.ExportBin))
	dir := filepath.Dir(out)
	p := Process{Path: cfg.ExportBin, Args: args, Dir: dir, Env: MinimalEnv(dir), Grace: cfg.Grace}
	if err := p.Run(ctx); err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	m, err := ReadGGUF(out)
	if err != nil {
		return fmt.Errorf("the merged model: %w", err)
	}
	if m.Type == "adapter" || m.Architecture != base.Architecture {
		return fmt.Errorf("the merged model %s is not a %s model (type %q, architecture %q)", out, base.Architecture, m.Type, m.Architecture)
	}
	return nil
}
