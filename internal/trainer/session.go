package trainer

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/progress"
)

// trainState is what one trainer run left behind.
type trainState struct {
	args         []string
	epochs       []EpochMetrics
	best         int
	bestLoss     float64
	bestAdapter  string
	stoppedEarly bool
}

type finalRecord struct {
	Path string `json:"path"`
}

// train runs (or resumes) the trainer with one checkpoint per epoch of
// steps optimizer steps, follows its log and stops it early.
func (w *workRun) train(ctx context.Context, cfg Config, jsonl, chatTemplate string, steps int) (*trainState, error) {
	h := cfg.Hyper
	st := &trainState{}
	stopper := &EarlyStopper{Patience: h.Patience}
	ckptDir := filepath.Join(w.dir, "checkpoints")
	finalAdapter := filepath.Join(w.dir, "adapter-final.gguf")

	// Resume from the newest complete checkpoint at an epoch boundary; the
	// epochs after it are trained again.
	resumeStep := 0
	for step := range w.ckpts {
		if step%steps == 0 && step > resumeStep {
			resumeStep = step
		}
	}
	done := resumeStep / steps
	var fin finalRecord
	finished, err := w.j.Get("final", &fin)
	if err != nil {
		return st, err
	}
	if finished {
		done = len(w.epochs)
	}
	stop := false
	for _, m := range w.epochs {
		if m.Epoch > done {
			break
		}
		st.epochs = append(st.epochs, m)
		stop = stopper.Observe(m)
	}
	if done > 0 {
		fmt.Fprintf(cfg.Log, "resuming after epoch %d (step %d)\n", done, resumeStep)
	}

	args, err := trainerArgs(cfg, jsonl, chatTemplate, ckptDir, finalAdapter, steps, w.ckpts[resumeStep], resumeStep > 0 && !finished)
	st.args = args
	if err != nil {
		return st, exitcode.Input(err, "")
	}

	if !finished && !stop && done < h.Epochs {
		f := &follower{w: w, cfg: cfg, st: st, stopper: stopper, steps: steps, epoch: done, rows: countLines(jsonl)}
		runCtx, cancel := context.WithCancelCause(ctx)
		defer cancel(nil)
		f.cancel = cancel
		proc := Process{Path: cfg.TrainerBin, Args: args, Dir: w.dir, Env: MinimalEnv(w.dir), Grace: cfg.Grace, OnLine: f.line}
		runErr := proc.Run(runCtx)
		f.endBar()
		if err := f.finish(ctx, runErr, finalAdapter); err != nil {
			return st, err
		}
		finished = f.finished
		stop = f.stopped
	}
	if len(st.epochs) == 0 {
		return st, fmt.Errorf("the trainer finished without reporting a validation loss; is the trainer llama-finetune-lora (or llama-finetune for --method full)?")
	}
	st.stoppedEarly = stop
	st.best, st.bestLoss = stopper.Best()
	if st.best == 0 {
		return st, fmt.Errorf("training diverged: no epoch had a finite validation loss; lower --learning-rate (now %g)", h.LearningRate)
	}
	last := st.epochs[len(st.epochs)-1].Epoch
	if st.best == last && finished {
		st.bestAdapter = finalAdapter
	} else {
		dir, ok := w.ckpts[st.best*steps]
		if !ok {
			return st, fmt.Errorf("the checkpoint of the best epoch %d (step %d) is missing from %s", st.best, st.best*steps, ckptDir)
		}
		st.bestAdapter = filepath.Join(dir, "model.gguf")
	}
	return st, nil
}

func trainerArgs(cfg Config, jsonl, chatTemplate, ckptDir, out string, steps int, resumeFrom string, resume bool) ([]string, error) {
	h := cfg.Hyper
	base, err := filepath.Abs(cfg.BaseGGUF)
	if err != nil {
		return nil, err
	}
	var a Argv
	a.Value("-m", base)
	a.Value("-f", jsonl)
	a.Flag("--assistant-loss-only")
	// The trainer needs -c, -b and -ub equal: one conversation per step.
	a.Int("-c", h.Context)
	a.Int("-b", h.Context)
	a.Int("-ub", h.Context)
	a.Value("-fa", "off") // flash attention has no backward pass on CPU
	a.Int("--num-epochs", h.Epochs)
	a.Float("--learning-rate", h.LearningRate)
	a.Value("--lr-scheduler", h.Scheduler)
	a.Float("--lr-min", h.LRMin)
	a.Float("--warmup-ratio", h.WarmupRatio)
	a.Float("--weight-decay", h.WeightDecay)
	a.Int("--lora-rank", h.Rank)
	a.Float("--lora-alpha", h.Alpha)
	a.Value("--lora-modules", h.Modules)
	a.Int("--lora-seed", int(h.Seed))
	a.Int("--checkpoint-save-steps", steps)
	a.Value("--checkpoint-save-dir", ckptDir)
	if resume {
		a.Value("--resume-from", resumeFrom)
	}
	a.Value("--output-adapter", out)
	if h.Threads > 0 {
		a.Int("-t", h.Threads)
	}
	if chatTemplate != "" {
		a.Value("--chat-template", chatTemplate)
	}
	if base, err := ReadGGUF(cfg.BaseGGUF); err == nil && base.FileType == "Q4_0" {
		a.Flag("-nr") // Q4_0 weights have no CPU backward without it
	}
	return a.Args()
}

// follower reads the trainer's live log.
type follower struct {
	w       *workRun
	cfg     Config
	st      *trainState
	stopper *EarlyStopper
	steps   int
	rows    int
	full    bool // llama-finetune: steps per epoch come from its log, no checkpoints
	cancel  context.CancelCauseFunc

	epoch      int     // epochs finished
	trainLoss  float64 // running mean of the epoch in progress
	valDone    bool    // the epoch in progress already ended
	skipped    int
	maxTokens  int
	ctxTokens  int
	noData     bool
	split      Event
	adapter    string
	divergedAt int
	handlerErr error
	finished   bool
	stopped    bool
	halted     bool
	haltCause  error
}

// halt stops the trainer for cause.
func (f *follower) halt(cause error) {
	f.halted, f.haltCause = true, cause
	f.cancel(cause)
}

func (f *follower) fail(err error) {
	if f.handlerErr == nil {
		f.handlerErr = err
		f.halt(err)
	}
}

func (f *follower) line(line string) {
	ev, ok := ParseLine(line)
	if !ok || f.halted {
		// Once train has decided to stop the trainer, whatever it still
		// prints before the signal lands must not count.
		return
	}
	switch ev.Kind {
	case EventSkipped:
		f.skipped++
		f.maxTokens = max(f.maxTokens, ev.Tokens)
		f.ctxTokens = ev.Context
	case EventNoData:
		f.noData = true
	case EventSplit:
		f.split = ev
		if !f.full && (ev.Done != f.rows || ev.Total != f.steps) {
			f.halt(errSplitMismatch)
		}
	case EventEpochStart:
		f.valDone = false
	case EventTrain:
		f.valDone = false
		f.trainLoss = ev.Loss
		if f.full {
			f.steps = ev.Total // unknown before the trainer has tokenized the text
		}
		f.report(f.epoch*f.steps+ev.Done, f.epoch+1, "")
	case EventVal:
		if f.valDone || ev.Done < ev.Total {
			return
		}
		f.valDone = true
		f.epoch++
		m := EpochMetrics{Epoch: f.epoch, Step: f.epoch * f.steps, TrainLoss: f.trainLoss, ValLoss: ev.Loss}
		if err := f.w.j.Put(fmt.Sprintf("epoch:%06d", m.Epoch), m); err != nil {
			f.fail(fmt.Errorf("record epoch %d: %w", m.Epoch, err))
			return
		}
		f.st.epochs = append(f.st.epochs, m)
		stop := f.stopper.Observe(m) && !f.full
		best, bestLoss := f.stopper.Best()
		fmt.Fprintf(f.cfg.Log, "epoch %d: train loss %.5f, validation loss %.5f (best: epoch %d, %.5f)\n", m.Epoch, m.TrainLoss, m.ValLoss, best, bestLoss)
		f.report(f.epoch*f.steps, f.epoch, fmt.Sprintf(" val %.4f", m.ValLoss))
		switch {
		case !finite(m.TrainLoss) || !finite(m.ValLoss):
			f.divergedAt = m.Epoch
			f.halt(errDiverged)
		case stop:
			f.stopped = true
			fmt.Fprintf(f.cfg.Log, "early stop: no improvement for %d epochs; keeping epoch %d\n", f.stopper.Patience, best)
			f.halt(errEarlyStop)
		}
	case EventCheckpoint:
		if f.full {
			return
		}
		rel, err := filepath.Rel(f.w.dir, ev.Path)
		if err != nil || !complete(ev.Path) || !filepath.IsLocal(rel) {
			return
		}
		if err := f.w.j.Put(fmt.Sprintf("checkpoint:%08d", ev.Step), checkpointRecord{Step: ev.Step, Dir: rel}); err != nil {
			f.fail(fmt.Errorf("record checkpoint %s: %w", ev.Path, err))
			return
		}
		f.w.ckpts[ev.Step] = ev.Path
	case EventAdapter:
		f.adapter = ev.Path
	}
}

// report shows the bar: done steps of all epochs, the epoch they are in.
func (f *follower) report(done, epoch int, extra string) {
	total := f.cfg.Hyper.Epochs * f.steps
	f.cfg.Progress.Update(progress.Counts{
		Done: min(done, total), Total: total,
		Extra: fmt.Sprintf("epoch %d/%d loss %.4f%s", epoch, f.cfg.Hyper.Epochs, f.trainLoss, extra),
	})
}

// endBar closes the progress bar's line once the trainer is gone.
func (f *follower) endBar() {
	total := f.cfg.Hyper.Epochs * f.steps
	f.cfg.Progress.Done(progress.Counts{Done: min(f.epoch*f.steps, total), Total: total,
		Extra: fmt.Sprintf("%d epochs", f.epoch)})
}

// finish turns the end of the trainer into an outcome.
func (f *follower) finish(ctx context.Context, runErr error, finalAdapter string) error {
	if f.handlerErr != nil {
		return f.handlerErr
	}
	if f.halted {
		// The trainer may have finished on its own before the signal
		// landed; train's decision stands either way.
		runErr = f.haltCause
	}
	switch {
	case errors.Is(runErr, errEarlyStop):
		return nil
	case errors.Is(runErr, errDiverged):
		fmt.Fprintf(f.cfg.Log, "training diverged at epoch %d (loss is not finite); keeping the best earlier epoch\n", f.divergedAt)
		f.stopped = true
		return nil
	case errors.Is(runErr, errSplitMismatch):
		if f.skipped > 0 {
			return f.tooLong()
		}
		return fmt.Errorf("the trainer reports %d conversations and %d steps per epoch; train expected %d and %d, so its validation split is not the held-out rows (a trainer version with another split?)",
			f.split.Done, f.split.Total, f.rows, f.steps)
	case ctx.Err() != nil:
		return fmt.Errorf("training interrupted after %d epochs; run the same command with --resume to continue from the last checkpoint in %s: %w", f.epoch, f.w.dir, ctx.Err())
	case errors.Is(runErr, ErrNotInstalled):
		return runErr
	case runErr != nil:
		if f.noData || f.skipped > 0 {
			return f.tooLong()
		}
		return runErr
	}
	if f.adapter == "" {
		return fmt.Errorf("the trainer exited without saving an adapter (no \"LoRA adapter saved\" line)")
	}
	if abs, _ := filepath.Abs(f.adapter); abs != finalAdapter {
		return fmt.Errorf("the trainer saved its adapter to %s, not to %s as asked", f.adapter, finalAdapter)
	}
	if _, err := os.Stat(finalAdapter); err != nil {
		return fmt.Errorf("the trainer reported an adapter it did not write: %w", err)
	}
	if err := f.w.j.Put("final", finalRecord{Path: finalAdapter}); err != nil {
		return err
	}
	f.finished = true
	return nil
}

func (f *follower) tooLong() error {
	fit := 64
	for fit < f.maxTokens {
		fit *= 2
	}
	what := fmt.Sprintf("%d of %d conversations were skipped as too long", f.skipped, f.rows)
	if f.noData {
		what = fmt.Sprintf("all %d conversations were skipped as too long", f.rows)
	}
	return inputErrorf("%s for --context %d (the longest has %d tokens); rerun with --context %d so that every row trains and the validation split stays the held-out rows",
		what, f.ctxTokens, f.maxTokens, fit)
}

func countLines(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	n := 0
	for _, c := range b {
		if c == '\n' {
			n++
		}
	}
	return n
}

// trainFull runs llama-finetune for all epochs. Without checkpoints nothing
// earlier than the last epoch can be kept, so there is no early stopping:
// the last epoch's model is the result, and its losses the manifest's best.
func (w *workRun) trainFull(ctx context.Context, cfg Config, txt string) (*trainState, error) {
	h := cfg.Hyper
	st := &trainState{}
	out := filepath.Join(w.dir, "model-final.gguf")
	base, err := filepath.Abs(cfg.BaseGGUF)
	if err != nil {
		return st, err
	}
	var a Argv
	a.Value("-m", base)
	a.Value("-f", txt)
	a.Int("-c", h.Context)
	a.Int("-b", h.Context)
	a.Int("-ub", h.Context)
	a.Value("-fa", "off")
	a.Float("-val-split", 0.05)
	a.Int("-epochs", h.Epochs)
	a.Float("-lr", h.LearningRate)
	a.Value("-o", out)
	if h.Threads > 0 {
		a.Int("-t", h.Threads)
	}
	st.args, err = a.Args()
	if err != nil {
		return st, exitcode.Input(err, "")
	}
	f := &follower{w: w, cfg: cfg, st: st, stopper: &EarlyStopper{}, full: true}
	runCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	f.cancel = cancel
	proc := Process{Path: cfg.TrainerBin, Args: st.args, Dir: w.dir, Env: MinimalEnv(w.dir), Grace: cfg.Grace, OnLine: f.line}
	runErr := proc.Run(runCtx)
	f.endBar()
	if f.handlerErr != nil {
		return st, f.handlerErr
	}
	switch {
	case errors.Is(runErr, errDiverged):
		return st, fmt.Errorf("training diverged at epoch %d (loss is not finite); lower --learning-rate (now %g)", f.divergedAt, h.LearningRate)
	case ctx.Err() != nil:
		return st, fmt.Errorf("training interrupted after %d epochs (a full fine-tune cannot resume): %w", f.epoch, ctx.Err())
	case runErr != nil:
		if f.noData {
			return st, inputErrorf("the training text is shorter than one --context of %d tokens; lower --context", h.Context)
		}
		return st, runErr
	}
	if len(st.epochs) == 0 {
		return st, fmt.Errorf("the trainer finished without reporting a validation loss; is the trainer llama-finetune-lora (or llama-finetune for --method full)?")
	}
	if _, err := os.Stat(out); err != nil {
		return st, fmt.Errorf("the trainer exited without writing %s", out)
	}
	last := st.epochs[len(st.epochs)-1]
	st.best, st.bestLoss, st.bestAdapter = last.Epoch, last.ValLoss, out
	return st, nil
}
