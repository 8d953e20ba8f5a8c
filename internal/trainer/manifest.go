package trainer

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/domainyours/domainyours/internal/atomicfile"
)

// Manifest records how a model version was made.
type Manifest struct {
	Method         string         `json:"method"` // lora or full
	Version        string         `json:"version"`
	Name           string         `json:"name"`            // folder and Ollama tag: the version, or a sweep run's name
	Sweep          []SweepRun     `json:"sweep,omitempty"` // every configuration of a --sweep, for its winner
	Model          string         `json:"model,omitempty"` // the Ollama model, when registered
	Dataset        string         `json:"dataset"`
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

// BaseRecord names the base model.
type BaseRecord struct {
	Name         string `json:"name,omitempty"` // Ollama model, with --base
	Path         string `json:"path"`
	SHA256       string `json:"sha256"`
	Architecture string `json:"architecture"`
	FileType     string `json:"file_type,omitempty"`
}

// TrainerRecord names the trainer executable.
type TrainerRecord struct {
	Path    string   `json:"path"`
	Version string   `json:"version,omitempty"`
	Args    []string `json:"args"`
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
