package trainer

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/domainyours/domainyours/internal/atomicfile"
)

// Manifest records how a model version was made. It is portable: paths are
// relative to the project root (or, outside it, a file name beside its
// sha256), a base given as an Ollama model is its name and digest, so the
// same run on two machines gives the same manifest but for the dates.
type Manifest struct {
	Method         string         `json:"method"`            // lora, full, or managed (a provider's fine-tuning job)
	Backend        string         `json:"backend,omitempty"` // openai for a managed job; empty: llama.cpp and Ollama
	Job            *JobRecord     `json:"job,omitempty"`     // the managed fine-tuning job
	Version        string         `json:"version"`
	Name           string         `json:"name"`            // folder and Ollama tag: the version, or a sweep run's name
	Sweep          []SweepRun     `json:"sweep,omitempty"` // every configuration of a --sweep, for its winner
	Model          string         `json:"model,omitempty"` // the Ollama model when registered, or the provider's fine-tuned model (ft:...)
	Dataset        string         `json:"dataset"`         // see portablePath
	DatasetSHA256  string         `json:"dataset_sha256"`
	Rows           int            `json:"rows"`
	SkippedInvalid int            `json:"skipped_invalid"`
	TrainRows      int            `json:"train_rows"`
	ValRows        int            `json:"val_rows"`
	PromptVersion  string         `json:"prompt_version"`
	PromptHash     string         `json:"prompt_hash"`
	Base           BaseRecord     `json:"base"`
	Trainer        TrainerRecord  `json:"trainer"`
	Hyper          Hyper          `json:"hyperparameters"`
	ChatTemplate   string         `json:"chat_template"` // chatml or gemma: what the trainer and Ollama use
	BestEpoch      int            `json:"best_epoch"`
	BestValLoss    float64        `json:"best_val_loss"`
	StoppedEarly   bool           `json:"stopped_early"`
	Epochs         []EpochMetrics `json:"epochs"`
	Resumed        bool           `json:"resumed"`
	WallSeconds    float64        `json:"wall_seconds"`
	GitRevision    string         `json:"git_revision,omitempty"`
	Created        time.Time      `json:"created"`
	Registered     bool           `json:"registered"`
	SmokeTest      string         `json:"smoke_test,omitempty"`
}

// BaseRecord names the base model: an Ollama model by name and blob digest
// (--base), or a file by its portable path (--base-gguf).
type BaseRecord struct {
	Name         string `json:"name,omitempty"`
	Digest       string `json:"digest,omitempty"` // sha256:<hex>, the blob Ollama serves the model from
	Path         string `json:"path,omitempty"`
	SHA256       string `json:"sha256"`
	Architecture string `json:"architecture"`
	FileType     string `json:"file_type,omitempty"`
}

// TrainerRecord names the trainer executable: its name, its own version
// line, the repository and commit it was built from (from the build record
// `make trainer` leaves beside it, else the commit in its version line), and
// its arguments with portable paths.
type TrainerRecord struct {
	Name    string   `json:"name"`
	Path    string   `json:"path,omitempty"` // only when inside the project
	Version string   `json:"version,omitempty"`
	Repo    string   `json:"source_repo,omitempty"`
	Commit  string   `json:"source_commit,omitempty"`
	Args    []string `json:"args"`
}

// portablePath is p relative to root when p is inside it, else its file
// name: a path outside the project (a temporary folder, another user's
// home) says nothing on another machine, and the sha256 beside it
// identifies the file.
func portablePath(root, p string) string {
	if p == "" || !filepath.IsAbs(p) {
		return filepath.ToSlash(p)
	}
	if rel, err := filepath.Rel(root, p); err == nil && filepath.IsLocal(rel) {
		return filepath.ToSlash(rel)
	}
	return filepath.Base(p)
}

// portableArgs rewrites the absolute paths among a trainer's arguments as
// portablePath does, and the base's path as the manifest records it.
func portableArgs(root string, args []string, basePath, baseRecorded string) []string {
	out := make([]string, len(args))
	for i, a := range args {
		switch {
		case a == basePath:
			out[i] = baseRecorded
		case filepath.IsAbs(a):
			out[i] = portablePath(root, a)
		default:
			out[i] = a
		}
	}
	return out
}

// WriteJSON writes v as indented JSON, atomically.
func WriteJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(b, '\n'), 0o644)
}

// readManifest reads models/model_<name>/manifest.json.
func readManifest(dir string) (Manifest, error) {
	var m Manifest
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return m, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, fmt.Errorf("%s/manifest.json: %w", dir, err)
	}
	return m, nil
}

// ServedBy says which backend serves a trained version and under which
// model name, from models/model_<version>/manifest.json: ok is false when
// the version has no manifest here (trained on another machine, or an Ollama
// model registered by hand), which callers take as Ollama's domainyours:vN.
func ServedBy(modelDir string) (backend, model string, ok bool, err error) {
	m, err := readManifest(modelDir)
	if errors.Is(err, os.ErrNotExist) {
		return "", "", false, nil
	}
	if err != nil {
		return "", "", false, err
	}
	if m.Backend != "" && m.Model == "" {
		return "", "", false, fmt.Errorf("%s/manifest.json names backend %s but no model", modelDir, m.Backend)
	}
	return m.Backend, m.Model, true, nil
}
