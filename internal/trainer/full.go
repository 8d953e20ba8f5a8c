package trainer

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/exitcode"
)

// trainFull runs llama-finetune for all epochs on the conversations
// rendered as ChatML text (it reads text, not conversations; the model is
// then served with ChatML). Without checkpoints nothing earlier than the
// last epoch can be kept, so there is no early stopping: the last epoch's
// model is the result, and its losses the manifest's best.
func (w *workRun) trainFull(ctx context.Context, cfg Config, name string, rows []dataset.Row) (*trainState, error) {
	h := cfg.Hyper
	st := &trainState{template: TemplateChatML}
	txt := filepath.Join(w.dir, "train.txt")
	if err := writeTextFile(txt, rows); err != nil {
		return st, err
	}
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
	f := newFollower(w, cfg, name, st)
	f.stepsFromLog = true
	runErr := f.run(ctx, st.args)
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
