package trainer

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/lazyregexp"
	"github.com/domainyours/domainyours/internal/workspace"
)

// InstallHint is the next step when llama-finetune-lora is missing.
const InstallHint = "run `make trainer` (builds llama.cpp's trainers from the qvac-fabric-llm.cpp fork, about 10 minutes on 2 cores) " +
	"and set the DOMAINYOURS_TRAINER=... line it prints, or point DOMAINYOURS_TRAINER or --trainer-bin at an installed llama-finetune-lora"

// Tools are the executables a run uses, resolved to absolute paths.
type Tools struct {
	Trainer string // llama-finetune-lora, or llama-finetune with --method full
	Export  string // llama-export-lora, with --merge
}

// ResolveTools finds the executables method and merge need; a missing one
// is a missing prerequisite whose hint says how to get it.
func ResolveTools(method, loraBin, finetuneBin, exportBin string, merge bool) (Tools, error) {
	var t Tools
	name, hint := loraBin, InstallHint
	if method == MethodFull {
		name, hint = finetuneBin, "run `make trainer` and set the DOMAINYOURS_FINETUNE=... line it prints, or point DOMAINYOURS_FINETUNE or --finetune-bin at llama.cpp's llama-finetune"
	}
	var err error
	if t.Trainer, err = ResolveBinary(name); err != nil {
		return t, exitcode.New(exitcode.Prerequisite, fmt.Errorf("the trainer %q cannot be run: %w", name, err), hint)
	}
	if merge {
		if t.Export, err = ResolveBinary(exportBin); err != nil {
			return t, exitcode.New(exitcode.Prerequisite, fmt.Errorf("the exporter %q cannot be run: %w", exportBin, err),
				"run `make trainer` and set the DOMAINYOURS_EXPORT_LORA=... line it prints, or point DOMAINYOURS_EXPORT_LORA or --export-bin at llama.cpp's llama-export-lora")
		}
	}
	return t, nil
}

// CheckMethod refuses a method that is not lora or full, and flags the full
// fine-tune has nothing for.
func CheckMethod(method string, resume, merge bool) error {
	switch {
	case method != MethodLoRA && method != MethodFull:
		return inputErrorf("--method %q is not lora or full", method)
	case method == MethodFull && (resume || merge):
		return inputErrorf("--method full has no checkpoints to resume and no adapter to merge; drop --resume and --merge")
	}
	return nil
}

// BuildRevision is the VCS revision this program was built from, if the
// build recorded it: the manifest's git_revision.
func BuildRevision() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" {
			return s.Value
		}
	}
	return ""
}

// Versions lists the versions a train command names: version itself, or
// with "all" every dataset_vN.csv in dataDir.
func Versions(dataDir, version string) ([]string, error) {
	if version != "all" {
		return []string{version}, nil
	}
	found, err := workspace.Layout{Data: dataDir}.Datasets()
	if err != nil {
		return nil, exitcode.New(exitcode.Usage, fmt.Errorf("list datasets in %s: %w", dataDir, err), "set DOMAINYOURS_DATA_DIR to the folder of dataset_vN.csv files")
	}
	if len(found) == 0 {
		return nil, exitcode.Usagef("create one with `domainyours generate-data`", "no dataset_vN.csv in %s", dataDir)
	}
	versions := make([]string, len(found))
	for i, v := range found {
		versions[i] = v.String()
	}
	return versions, nil
}

// BuildRecordFile is the record scripts/build-trainer.sh writes beside the
// executables it builds: the repository and commit they come from.
const BuildRecordFile = "domainyours-trainer.json"

// BuildRecord is the content of BuildRecordFile.
type BuildRecord struct {
	Repo   string `json:"repo"`
	Commit string `json:"commit"`
	GPU    string `json:"gpu,omitempty"`
}

// versionCommit finds the commit llama.cpp tools print in their version
// line: "version: 6123 (57d4c984)".
var versionCommit = lazyregexp.New(`\(([0-9a-f]{7,40})\)`)

// describeTrainer records the trainer executable for the manifest.
func describeTrainer(ctx context.Context, bin, workDir, root string) TrainerRecord {
	r := TrainerRecord{Name: filepath.Base(bin), Version: Version(ctx, bin, workDir)}
	if p := portablePath(root, bin); p != filepath.Base(bin) {
		r.Path = p
	}
	var b BuildRecord
	if data, err := os.ReadFile(filepath.Join(filepath.Dir(bin), BuildRecordFile)); err == nil && json.Unmarshal(data, &b) == nil && b.Commit != "" {
		r.Repo, r.Commit = b.Repo, b.Commit
	} else if m := versionCommit.FindStringSubmatch(r.Version); m != nil {
		r.Commit = m[1]
	}
	return r
}
