package trainer

import (
	"context"
	"fmt"
	"math"
)

// trainState is what one trainer run left behind.
type trainState struct {
	args         []string
	template     string // chat template the trainer and Ollama use: chatml or gemma
	epochs       []EpochMetrics
	best         int
	bestLoss     float64
	bestAdapter  string // the kept weights: an adapter, or the whole model
	stoppedEarly bool
}

// follower reads a trainer's live log, for both methods: epochs and their
// losses (journaled), the progress callback, early stopping, divergence and
// conversations too long for the context. The method's own lines (LoRA's
// split check, checkpoints and adapter) go to onEvent.
type follower struct {
	w       *workRun
	cfg     Config
	name    string
	st      *trainState
	stopper *EarlyStopper
	// earlyStop lets patience stop the trainer: only with checkpoints is
	// there an earlier epoch to keep.
	earlyStop bool
	// steps is the optimizer steps per epoch; stepsFromLog takes it from
	// the progress lines (llama-finetune tokenizes first, so it is unknown
	// before).
	steps        int
	stepsFromLog bool
	onEvent      func(Event)
	cancel       context.CancelCauseFunc

	epoch      int     // epochs finished
	trainLoss  float64 // running mean of the epoch in progress
	valLoss    float64 // of the last finished epoch
	valDone    bool    // the epoch in progress already ended
	skipped    int
	maxTokens  int
	ctxTokens  int
	noData     bool
	divergedAt int
	handlerErr error
	stopped    bool
	halted     bool
	haltCause  error
}

func newFollower(w *workRun, cfg Config, name string, st *trainState) *follower {
	return &follower{w: w, cfg: cfg, name: name, st: st, stopper: &EarlyStopper{Patience: cfg.Hyper.Patience}, valLoss: math.NaN()}
}

// run runs the trainer with the follower on its output. It returns the
// trainer's error, or, once train decided to stop it, the reason why (the
// trainer may have finished on its own before the signal landed; train's
// decision stands either way).
func (f *follower) run(ctx context.Context, args []string) error {
	runCtx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	f.cancel = cancel
	proc := Process{Path: f.cfg.TrainerBin, Args: args, Dir: f.w.dir, Env: MinimalEnv(f.w.dir), Grace: f.cfg.Grace, OnLine: f.line}
	err := proc.Run(runCtx)
	f.progress(f.epoch*f.steps, f.epoch, true)
	switch {
	case f.handlerErr != nil:
		return f.handlerErr
	case f.halted:
		return f.haltCause
	}
	return err
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
	case EventEpochStart:
		f.valDone = false
	case EventTrain:
		f.valDone = false
		f.trainLoss = ev.Loss
		if f.stepsFromLog {
			f.steps = ev.Total
		}
		f.progress(f.epoch*f.steps+ev.Done, f.epoch+1, false)
	case EventVal:
		if !f.valDone && ev.Done >= ev.Total {
			f.endEpoch(ev.Loss)
		}
	default:
		if f.onEvent != nil {
			f.onEvent(ev)
		}
	}
}

// endEpoch records a finished epoch and decides whether to go on.
func (f *follower) endEpoch(valLoss float64) {
	f.valDone = true
	f.epoch++
	f.valLoss = valLoss
	m := EpochMetrics{Epoch: f.epoch, Step: f.epoch * f.steps, TrainLoss: f.trainLoss, ValLoss: valLoss}
	if err := f.w.j.Put(fmt.Sprintf("epoch:%06d", m.Epoch), m); err != nil {
		f.fail(fmt.Errorf("record epoch %d: %w", m.Epoch, err))
		return
	}
	f.st.epochs = append(f.st.epochs, m)
	stop := f.stopper.Observe(m) && f.earlyStop
	best, bestLoss := f.stopper.Best()
	fmt.Fprintf(f.cfg.Log, "epoch %d: train loss %.5f, validation loss %.5f (best: epoch %d, %.5f)\n", m.Epoch, m.TrainLoss, m.ValLoss, best, bestLoss)
	f.progress(f.epoch*f.steps, f.epoch, false)
	switch {
	case !finite(m.TrainLoss) || !finite(m.ValLoss):
		f.divergedAt = m.Epoch
		f.halt(errDiverged)
	case stop:
		f.stopped = true
		fmt.Fprintf(f.cfg.Log, "early stop: no improvement for %d epochs; keeping epoch %d\n", f.stopper.Patience, best)
		f.halt(errEarlyStop)
	}
}

// progress reports done steps of all epochs and the epoch they are in.
func (f *follower) progress(done, epoch int, finished bool) {
	if f.cfg.OnProgress == nil {
		return
	}
	total := f.cfg.Hyper.Epochs * f.steps
	f.cfg.OnProgress(Progress{Run: f.name, Step: min(done, total), Steps: total, Epoch: epoch, Epochs: f.cfg.Hyper.Epochs,
		TrainLoss: f.trainLoss, ValLoss: f.valLoss, Done: finished})
}

// tooLong is the error for conversations the context could not hold.
func (f *follower) tooLong(rows int) error {
	fit := 64
	for fit < f.maxTokens {
		fit *= 2
	}
	what := fmt.Sprintf("%d of %d conversations were skipped as too long", f.skipped, rows)
	if f.noData {
		what = fmt.Sprintf("all %d conversations were skipped as too long", rows)
	}
	return inputErrorf("%s for --context %d (the longest has %d tokens); rerun with --context %d so that every row trains and the validation split stays the held-out rows",
		what, f.ctxTokens, f.maxTokens, fit)
}
