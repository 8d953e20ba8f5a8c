// Package edgecases is the machine-readable contract between eval and
// generate-data: eval writes what version N got wrong
// (data/model_<version>-edge_cases.json), and generate-data --augment-from
// reads it to write version N+1 aimed at those failures.
package edgecases

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"

	"github.com/domainyours/domainyours/internal/atomicfile"
)

// ErrNotEdgeCases marks a file that is not one eval wrote at all (another
// JSON document, a CSV, /etc/passwd), as opposed to one of another version.
var ErrNotEdgeCases = errors.New("expected the JSON that domainyours eval writes as data/model_<version>-edge_cases.json")

// SchemaVersion changes when the file format does.
const SchemaVersion = 1

// File is the whole edge-case report of one evaluated version.
type File struct {
	SchemaVersion int    `json:"schema_version"`
	Version       string `json:"version"`         // evaluated version, e.g. "v1"
	TestSetSHA256 string `json:"test_set_sha256"` // the ruler the rows were measured with
	JudgeModel    string `json:"judge_model"`

	NTotal  int `json:"n_total"`
	NScored int `json:"n_scored"`
	NError  int `json:"n_error"`

	// Bottom holds the lowest-quality scored rows, worst first.
	Bottom []Row `json:"bottom"`
	// Categories counts judged names per category (good, ok, random_word,
	// too_long, generic, inappropriate, other_failure).
	Categories map[string]int `json:"categories"`
	// FalseRefusals are appropriate businesses the model refused.
	FalseRefusals []Row `json:"false_refusals"`
	// MissedRefusals are inappropriate businesses the model named.
	MissedRefusals []Row `json:"missed_refusals"`
}

// Row is one description with what the model did and what the judge said.
type Row struct {
	Description string   `json:"description"`
	Domains     []string `json:"domains"`
	Quality     *float64 `json:"quality,omitempty"`  // 0..1; absent when not scored
	Category    string   `json:"category,omitempty"` // dominant judge category of its names
	Reason      string   `json:"reason,omitempty"`   // judge's one-line reason
	Label       string   `json:"label,omitempty"`    // frozen label from the test set
	RefusalCat  string   `json:"refusal_category,omitempty"`
}

// Write stores f atomically at path.
func Write(path string, f File) error {
	f.SchemaVersion = SchemaVersion
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(b, '\n'), 0o644)
}

// Read loads an edge-case file, refusing other schema versions.
func Read(path string) (File, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return File{}, err
	}
	var f File
	if err := json.Unmarshal(b, &f); err != nil {
		return File{}, fmt.Errorf("%s is not an edge-cases file (%w); %w", path, ErrNotEdgeCases, err)
	}
	if f.SchemaVersion == 0 {
		return File{}, fmt.Errorf("%s is not an edge-cases file (%w): it has no schema_version", path, ErrNotEdgeCases)
	}
	if f.SchemaVersion != SchemaVersion {
		return File{}, fmt.Errorf("%s has schema_version %d; this build reads %d (re-run domainyours eval)", path, f.SchemaVersion, SchemaVersion)
	}
	return f, nil
}
