// Package trainer turns a dataset version into a LoRA adapter with
// llama.cpp's llama-finetune-lora (or a whole model with llama-finetune),
// keeps the epoch with the best validation loss, and publishes the result
// through one finalize path (stage → Modelfile → register and smoke-test →
// manifest → swap into models/model_<name>), which a sweep's promotion
// shares.
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
	"os"
	"path/filepath"
	"time"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/filehash"
	"github.com/domainyours/domainyours/internal/prompt"
	"github.com/domainyours/domainyours/internal/workspace"
)

// inputErrorf is a problem with the user's data, flags or files: nothing was
// trained, and fixing the input is the next step (exit 2).
func inputErrorf(format string, args ...any) error {
	return exitcode.Input(fmt.Errorf(format, args...), "")
}

// layout is where the run's files live.
func (cfg Config) layout() workspace.Layout {
	return workspace.Layout{Data: cfg.DataDir, Models: cfg.ModelsDir}
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

	// ProjectRoot is the folder manifest paths are relative to; empty means
	// the current folder.
	ProjectRoot string

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

	Log io.Writer // status lines
	// OnProgress, when set, is called as the trainer's log advances.
	OnProgress func(Progress)
	Grace      time.Duration // SIGTERM → SIGKILL for the trainer
	// SmokeTimeout bounds the registered model's first request, load
	// included (0: DefaultSmokeTimeout); a large model on a slow CPU needs more.
	SmokeTimeout time.Duration
	GitRevision  string
	Now          func() time.Time
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

// Progress is a snapshot of a training run for a progress display: steps
// are optimizer steps over all planned epochs.
type Progress struct {
	Run           string // the run's name: the version, or a sweep run
	Step, Steps   int
	Epoch, Epochs int     // the epoch in progress (the last one when Done)
	TrainLoss     float64 // running mean of the epoch in progress
	ValLoss       float64 // of the last finished epoch; NaN before the first
	Done          bool    // the trainer has exited
}

var (
	errEarlyStop     = errors.New("early stop")
	errSplitMismatch = errors.New("split mismatch")
	errDiverged      = errors.New("diverged")
)

// Run trains one version: data, base, the trainer (LoRA or full), then the
// one finalize path shared with a sweep's promotion.
func Run(ctx context.Context, cfg Config) (*Result, error) {
	start := time.Now()
	cfg, err := cfg.normalize()
	if err != nil {
		return nil, err
	}
	name, d, err := claimVersion(cfg)
	if err != nil {
		return nil, err
	}
	full := cfg.Method == MethodFull

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

	fmt.Fprintf(cfg.Log, "train %s: %d rows (%d train, %d validation), base %s (%s), %d epochs at most, patience %d\n",
		name, len(d.rows), len(d.train), len(d.val), filepath.Base(cfg.BaseGGUF), base.Architecture, cfg.Hyper.Epochs, cfg.Hyper.Patience)

	man := Manifest{
		Method:  MethodLoRA,
		Version: cfg.Version, Name: name, Dataset: portablePath(cfg.ProjectRoot, d.path), DatasetSHA256: d.sha256, Rows: len(d.rows), SkippedInvalid: d.rejected,
		TrainRows: len(d.train), ValRows: len(d.val), PromptVersion: prompt.Version, PromptHash: prompt.Hash(5),
		Base:  BaseRecord{Name: cfg.BaseName, SHA256: baseSum, Architecture: base.Architecture, FileType: base.FileType},
		Hyper: cfg.Hyper, GitRevision: cfg.GitRevision,
	}
	baseRecorded := portablePath(cfg.ProjectRoot, cfg.BaseGGUF)
	if cfg.BaseName != "" {
		// Ollama's blob store is the server's business: name and digest
		// find the same weights anywhere.
		man.Base.Digest, baseRecorded = "sha256:"+baseSum, cfg.BaseName
	} else {
		man.Base.Path = baseRecorded
	}
	if full {
		man.Method = MethodFull
	}

	// Work folder: kept across an interruption for --resume.
	work := cfg.layout().PartialDir(name)
	run, err := openWork(cfg, work, man)
	if err != nil {
		return nil, err
	}
	defer run.j.Close()
	man.Resumed = run.resumed

	all := append(append([]dataset.Row(nil), d.train...), d.val...)
	var st *trainState
	if full {
		st, err = run.trainFull(ctx, cfg, name, all)
	} else {
		st, err = run.trainLoRA(ctx, cfg, name, all, len(d.train), base)
	}
	man.Trainer = describeTrainer(ctx, cfg.TrainerBin, work, cfg.ProjectRoot)
	man.Trainer.Args = portableArgs(cfg.ProjectRoot, st.args, cfg.BaseGGUF, baseRecorded)
	if err != nil {
		return nil, err
	}
	man.ChatTemplate = st.template
	man.Epochs, man.StoppedEarly = st.epochs, st.stoppedEarly
	man.BestEpoch, man.BestValLoss = st.best, st.bestLoss
	fmt.Fprintf(cfg.Log, "best epoch %d of %d: validation loss %.5f\n", st.best, len(st.epochs), st.bestLoss)

	res, err := finalize(ctx, cfg, name, newOllamaArtifact(cfg, name, base, st.bestAdapter, man), man, start)
	if err != nil {
		return nil, err
	}
	run.j.Close()
	if err := removeIfExists(work); err != nil {
		fmt.Fprintf(cfg.Log, "warning: could not remove the work folder %s: %v\n", work, err)
	}
	return res, nil
}

// normalize fills defaults, makes every path absolute (the trainer runs in
// the work folder; the manifest records them relative to ProjectRoot) and
// checks what does not depend on files.
func (cfg Config) normalize() (Config, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = io.Discard
	}
	if cfg.Method == "" {
		cfg.Method = MethodLoRA
	}
	if _, err := workspace.ParseVersion(cfg.Version); err != nil {
		return cfg, exitcode.Input(err, "")
	}
	if err := workspace.ValidateName(cfg.name()); err != nil {
		return cfg, exitcode.Input(err, "")
	}
	if cfg.ProjectRoot == "" {
		cfg.ProjectRoot = "."
	}
	for _, p := range []*string{&cfg.DataDir, &cfg.ModelsDir, &cfg.BaseGGUF, &cfg.TestSet, &cfg.ProjectRoot} {
		if *p == "" {
			continue
		}
		abs, err := filepath.Abs(*p)
		if err != nil {
			return cfg, err
		}
		*p = abs
	}
	if err := cfg.Hyper.Validate(); err != nil {
		return cfg, err
	}
	return cfg, CheckMethod(cfg.Method, cfg.Resume, cfg.Merge)
}

// name is the folder and tag name: the version, or a sweep run's name.
func (cfg Config) name() string {
	if cfg.Name != "" {
		return cfg.Name
	}
	return cfg.Version
}

// checkFree refuses to train a version that exists unless --force.
func checkFree(cfg Config, name string) error {
	finalDir := cfg.layout().ModelDir(name)
	if _, err := os.Stat(finalDir); err == nil && !cfg.Force {
		return inputErrorf("%s already exists; pass --force to replace it (the old folder stays until the new one is complete)", finalDir)
	}
	return nil
}
