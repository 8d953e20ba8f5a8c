package train

import (
	"context"
	"fmt"

	"github.com/domainyours/domainyours/internal/progress"
	"github.com/domainyours/domainyours/internal/trainer"
)

// openAIRun trains (or with --cancel cancels) a managed fine-tuning job.
func openAIRun(ctx context.Context, o *Options, changed func(string) bool) error {
	job := trainer.OpenAIJob{Model: o.Model, BatchSize: o.BatchSize, Poll: o.PollInterval, OnProgress: trainer.JobBar(o.IO.ErrOut, o.IO.StderrTTY)}
	// Only what the user set is sent; the provider picks the rest ("auto").
	if changed("epochs") {
		job.Epochs = o.Hyper.Hyper.Epochs
	}
	if changed("learning-rate") {
		job.LearningRateMultiplier = o.Hyper.Hyper.LearningRate
	}
	client, err := o.FineTuner()
	if err != nil {
		return err
	}
	job.Client = client
	cfg := trainer.Config{Version: o.Version, DataDir: o.DataDir, ModelsDir: o.ModelsDir, SkipInvalid: o.SkipInvalid, Force: o.Force, Hyper: o.Hyper.Hyper,
		TestSet: testSet(o.DataDir), Log: progress.StatusWriter(o.IO.ErrOut, o.IO.StderrTTY), GitRevision: trainer.BuildRevision(),
		SmokeTimeout: o.SmokeTimeout}
	if o.Cancel {
		return trainer.CancelOpenAI(ctx, cfg, client, o.IO.Out)
	}
	res, err := trainer.RunOpenAI(ctx, cfg, job)
	if err != nil {
		if ctx.Err() != nil {
			fmt.Fprintf(o.IO.ErrOut, "train %s: %v\n", o.Version, err)
		}
		return err
	}
	m := res.Manifest
	fmt.Fprintf(o.IO.Out, "%s\t%s\t%s\tjob %s\tval loss %.5f\n", o.Version, res.Dir, m.Model, m.Job.ID, m.BestValLoss)
	return nil
}
