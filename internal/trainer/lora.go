package trainer

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/domainyours/domainyours/internal/atomicfile"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/exitcode"
)

type finalRecord struct {
	Path string `json:"path"`
}

// trainLoRA runs (or resumes) llama-finetune-lora with one checkpoint per
// epoch (steps optimizer steps), follows its log, stops it early and picks
// the best epoch's adapter.
func (w *workRun) trainLoRA(ctx context.Context, cfg Config, name string, rows []dataset.Row, steps int, base *GGUFInfo) (*trainState, error) {
	h := cfg.Hyper
	st := &trainState{template: base.TemplateKind()}
	jsonl := filepath.Join(w.dir, "train.jsonl")
	if err := writeTrainFile(jsonl, rows); err != nil {
		return st, err
	}
	chatTemplate := ""
	if st.template == TemplateOther {
		// The trainer finds assistant spans only in ChatML and Gemma:
		// train and serve such a base with ChatML.
		chatTemplate = filepath.Join(w.dir, "chatml.jinja")
		if err := atomicfile.WriteFile(chatTemplate, []byte(ChatMLJinja), 0o644); err != nil {
			return st, err
		}
		st.template = TemplateChatML
	}
	f := newFollower(w, cfg, name, st)
	f.earlyStop, f.steps = true, steps
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
		stop = f.stopper.Observe(m)
		f.valLoss = m.ValLoss
	}
	if done > 0 {
		fmt.Fprintf(cfg.Log, "resuming after epoch %d (step %d)\n", done, resumeStep)
	}

	args, err := loraArgs(cfg, jsonl, chatTemplate, ckptDir, finalAdapter, steps, w.ckpts[resumeStep], resumeStep > 0 && !finished)
	st.args = args
	if err != nil {
		return st, exitcode.Input(err, "")
	}

	if !finished && !stop && done < h.Epochs {
		f.epoch = done
		l := &loraLog{f: f, rows: countLines(jsonl), finalAdapter: finalAdapter}
		f.onEvent = l.event
		if err := l.outcome(ctx, f.run(ctx, args)); err != nil {
			return st, err
		}
		finished = l.finished
		stop = f.stopped
	}
	if len(st.epochs) == 0 {
		return st, fmt.Errorf("the trainer finished without reporting a validation loss; is the trainer llama-finetune-lora (or llama-finetune for --method full)?")
	}
	st.stoppedEarly = stop
	st.best, st.bestLoss = f.stopper.Best()
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

func loraArgs(cfg Config, jsonl, chatTemplate, ckptDir, out string, steps int, resumeFrom string, resume bool) ([]string, error) {
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

// loraLog handles the lines only llama-finetune-lora prints: its split
// (which must be the held-out rows), checkpoints and the final adapter.
type loraLog struct {
	f            *follower
	rows         int
	finalAdapter string
	split        Event
	adapter      string
	finished     bool
}

func (l *loraLog) event(ev Event) {
	f := l.f
	switch ev.Kind {
	case EventSplit:
		l.split = ev
		if ev.Done != l.rows || ev.Total != f.steps {
			f.halt(errSplitMismatch)
		}
	case EventCheckpoint:
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
		l.adapter = ev.Path
	}
}

// outcome turns the end of the trainer into an outcome.
func (l *loraLog) outcome(ctx context.Context, runErr error) error {
	f := l.f
	switch {
	case f.handlerErr != nil:
		return f.handlerErr
	case errors.Is(runErr, errEarlyStop):
		return nil
	case errors.Is(runErr, errDiverged):
		fmt.Fprintf(f.cfg.Log, "training diverged at epoch %d (loss is not finite); keeping the best earlier epoch\n", f.divergedAt)
		f.stopped = true
		return nil
	case errors.Is(runErr, errSplitMismatch):
		if f.skipped > 0 {
			return f.tooLong(l.rows)
		}
		return fmt.Errorf("the trainer reports %d conversations and %d steps per epoch; train expected %d and %d, so its validation split is not the held-out rows (a trainer version with another split?)",
			l.split.Done, l.split.Total, l.rows, f.steps)
	case ctx.Err() != nil:
		return fmt.Errorf("training interrupted after %d epochs; run the same command with --resume to continue from the last checkpoint in %s: %w", f.epoch, f.w.dir, ctx.Err())
	case errors.Is(runErr, ErrNotInstalled):
		return runErr
	case runErr != nil:
		if f.noData || f.skipped > 0 {
			return f.tooLong(l.rows)
		}
		return runErr
	}
	if l.adapter == "" {
		return fmt.Errorf("the trainer exited without saving an adapter (no \"LoRA adapter saved\" line)")
	}
	if abs, _ := filepath.Abs(l.adapter); abs != l.finalAdapter {
		return fmt.Errorf("the trainer saved its adapter to %s, not to %s as asked", l.adapter, l.finalAdapter)
	}
	if _, err := os.Stat(l.finalAdapter); err != nil {
		return fmt.Errorf("the trainer reported an adapter it did not write: %w", err)
	}
	if err := f.w.j.Put("final", finalRecord{Path: l.finalAdapter}); err != nil {
		return err
	}
	l.finished = true
	return nil
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
