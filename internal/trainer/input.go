package trainer

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/filehash"
	"github.com/domainyours/domainyours/internal/workspace"
)

// trainingData is a checked dataset version, split for the trainer.
type trainingData struct {
	path       string
	sha256     string
	rows       []dataset.Row
	rejected   int
	train, val []dataset.Row
}

// claimVersion is the start both training paths share: the version's name,
// refused when that version already exists, and its training data.
func claimVersion(cfg Config) (string, *trainingData, error) {
	name := cfg.name()
	if err := checkFree(cfg, name); err != nil {
		return "", nil, err
	}
	d, err := loadData(cfg)
	if err != nil {
		return "", nil, err
	}
	return name, d, nil
}

// loadData reads the version's dataset and refuses what must not train:
// invalid rows (unless --skip-invalid), too few rows, refusal categories the
// schema cannot express, and descriptions of the frozen test set.
func loadData(cfg Config) (*trainingData, error) {
	v, err := workspace.ParseVersion(cfg.Version)
	if err != nil {
		return nil, exitcode.Input(err, "")
	}
	path := cfg.layout().Dataset(v)
	rows, rejects, _, err := dataset.ReadFile(path, dataset.Options{Training: true})
	if err != nil {
		return nil, inputErrorf("read %s: %w", path, err)
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
		return nil, inputErrorf("%s has %d invalid rows; fix them or pass --skip-invalid:%s", path, len(rejects), b.String())
	}
	if len(rows) < MinRows {
		return nil, inputErrorf("%s has %d valid rows; train needs at least %d", path, len(rows), MinRows)
	}
	if err := CheckRefusals(rows); err != nil {
		return nil, inputErrorf("%s: %w", path, err)
	}
	if err := checkLeaks(cfg, rows); err != nil {
		return nil, err
	}
	sum, err := filehash.SHA256(path)
	if err != nil {
		return nil, err
	}
	train, val := Split(rows, cfg.Hyper.Seed)
	return &trainingData{path: path, sha256: sum, rows: rows, rejected: len(rejects), train: train, val: val}, nil
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
