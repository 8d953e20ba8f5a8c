package trainer

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/domainyours/domainyours/internal/journal"
)

// workRun is the work folder of one version and its journal.
type workRun struct {
	dir     string
	j       *journal.Journal
	resumed bool
	epochs  []EpochMetrics
	ckpts   map[int]string // step → checkpoint folder
}

// fingerprint is what must not change between an interrupted run and its
// resumption.
type fingerprint struct {
	Dataset string `json:"dataset_sha256"`
	Base    string `json:"base_sha256"`
	Hyper   Hyper  `json:"hyper"`
	Prompt  string `json:"prompt"`
}

func openWork(cfg Config, dir string, man Manifest) (*workRun, error) {
	fp := fingerprint{Dataset: man.DatasetSHA256, Base: man.Base.SHA256, Hyper: cfg.Hyper, Prompt: man.PromptHash}
	_, statErr := os.Stat(dir)
	exists := statErr == nil
	if exists && !cfg.Resume {
		fmt.Fprintf(cfg.Log, "discarding the interrupted run in %s (pass --resume to continue it instead)\n", dir)
		if err := removeIfExists(dir); err != nil {
			return nil, err
		}
		exists = false
	}
	if !exists && cfg.Resume {
		fmt.Fprintf(cfg.Log, "nothing to resume in %s; starting from the first epoch\n", dir)
	}
	if err := os.MkdirAll(filepath.Join(dir, "checkpoints"), 0o755); err != nil {
		return nil, fmt.Errorf("create the work folder: %w", err)
	}
	j, err := journal.Open(filepath.Join(dir, "run.journal"))
	if err != nil {
		return nil, err
	}
	w := &workRun{dir: dir, j: j, ckpts: map[int]string{}}
	var old fingerprint
	ok, err := j.Get("fingerprint", &old)
	if err != nil {
		j.Close()
		return nil, err
	}
	if ok {
		if old != fp {
			j.Close()
			return nil, inputErrorf("the interrupted run in %s used another dataset, base or hyperparameters; rerun without --resume to start over", dir)
		}
	} else if err := j.Put("fingerprint", fp); err != nil {
		j.Close()
		return nil, err
	}
	for _, k := range j.Keys() {
		switch {
		case strings.HasPrefix(k, "epoch:"):
			var m EpochMetrics
			if _, err := j.Get(k, &m); err != nil {
				j.Close()
				return nil, err
			}
			w.epochs = append(w.epochs, m)
		case strings.HasPrefix(k, "checkpoint:"):
			var c checkpointRecord
			if _, err := j.Get(k, &c); err != nil {
				j.Close()
				return nil, err
			}
			if complete(filepath.Join(dir, c.Dir)) {
				w.ckpts[c.Step] = filepath.Join(dir, c.Dir)
			}
		}
	}
	sort.Slice(w.epochs, func(a, b int) bool { return w.epochs[a].Epoch < w.epochs[b].Epoch })
	w.resumed = len(w.ckpts) > 0
	return w, nil
}

type checkpointRecord struct {
	Step int    `json:"step"`
	Dir  string `json:"dir"` // relative to the work folder
}

// complete reports whether a checkpoint folder holds all its files.
func complete(dir string) bool {
	for _, f := range []string{"model.gguf", "optimizer.gguf", "metadata.txt"} {
		if fi, err := os.Stat(filepath.Join(dir, f)); err != nil || fi.Size() == 0 {
			return false
		}
	}
	return true
}
