package trainer

import (
	"fmt"
	"io"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/progress"
)

// Training backends of train --backend.
const BackendLocal = "local" // llama.cpp and Ollama

// Flags of train that only one backend takes.
var (
	localOnlyFlags   = []string{"base", "base-gguf", "config", "sweep", "merge", "method", "resume", "trainer-bin", "finetune-bin", "export-bin"}
	managedOnlyFlags = []string{"model", "batch-size", "cancel", "poll-interval"}
)

// CheckBackendFlags refuses flags the chosen backend does not take, and for
// openai a missing --model (unless cancelling) or --version all. changed
// says whether the user set a flag.
func CheckBackendFlags(backend, version, model string, cancel bool, changed func(string) bool) error {
	switch backend {
	case BackendLocal:
		for _, fl := range managedOnlyFlags {
			if changed(fl) {
				return exitcode.Usagef("add --backend openai, or drop --"+fl, "--%s applies to --backend openai", fl)
			}
		}
		return nil
	case BackendOpenAI:
	default:
		return exitcode.Usagef("use --backend local or openai", "unknown training backend %q", backend)
	}
	if version == "all" {
		return exitcode.Usagef("train one version at a time with --backend openai: --version vN", "--backend openai cannot be used with --version all")
	}
	for _, fl := range localOnlyFlags {
		if changed(fl) {
			return exitcode.Usagef("drop --"+fl+": --model names the provider's base, and an interrupted job is followed again without --resume",
				"--%s does not apply to --backend openai", fl)
		}
	}
	if model == "" && !cancel {
		return exitcode.Usagef("name the provider's base, e.g. --model gpt-4o-mini-2024-07-18", "--backend openai needs --model")
	}
	return nil
}

// CheckJob checks a managed job's hyperparameters (zero: the provider's auto).
func (j OpenAIJob) CheckJob() error {
	if j.Epochs < 0 || j.LearningRateMultiplier < 0 || j.BatchSize < 0 || j.Poll < 0 {
		return exitcode.Usagef("give --epochs, --learning-rate and --batch-size of 0 (auto) or more, and a positive --poll-interval",
			"--epochs %d, --learning-rate %g, --batch-size %d or --poll-interval %s is out of range", j.Epochs, j.LearningRateMultiplier, j.BatchSize, j.Poll)
	}
	return nil
}

// JobBar draws a managed job's status, steps and losses on w.
func JobBar(w io.Writer, tty bool) func(JobProgress) {
	var bar *progress.Reporter
	return func(p JobProgress) {
		if bar == nil {
			bar = progress.New(w, tty, "train "+p.Run)
		}
		c := progress.Counts{Done: p.Step, Total: p.Steps, Extra: p.Status}
		if finite(p.TrainLoss) {
			c.Extra += fmt.Sprintf(" loss %.4f", p.TrainLoss)
		}
		if finite(p.ValLoss) {
			c.Extra += fmt.Sprintf(" val %.4f", p.ValLoss)
		}
		if p.Done {
			bar.Done(c)
			return
		}
		bar.Update(c)
	}
}

// ProgressBar draws the trainer's progress on w: one bar per run (a
// sweep has several), ended when its trainer exits.
func ProgressBar(w io.Writer, tty bool) func(Progress) {
	var bar *progress.Reporter
	run := ""
	return func(p Progress) {
		if bar == nil || p.Run != run {
			bar, run = progress.New(w, tty, "train "+p.Run), p.Run
		}
		c := progress.Counts{Done: p.Step, Total: p.Steps, Extra: fmt.Sprintf("epoch %d/%d loss %.4f", p.Epoch, p.Epochs, p.TrainLoss)}
		if p.ValLoss == p.ValLoss { // not NaN: an epoch has finished
			c.Extra += fmt.Sprintf(" val %.4f", p.ValLoss)
		}
		if p.Done {
			c.Extra = fmt.Sprintf("%d epochs", p.Epoch)
			bar.Done(c)
			return
		}
		bar.Update(c)
	}
}
