package trainer

import (
	"fmt"
	"runtime/debug"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/workspace"
)

// InstallHint is the next step when llama-finetune-lora is missing.
const InstallHint = "install llama-finetune-lora (llama.cpp's LoRA trainer, shipped by the qvac-fabric-llm.cpp fork) " +
	"and put it on PATH, or point DOMAINYOURS_TRAINER or --trainer-bin at it"

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
		name, hint = finetuneBin, "install upstream llama.cpp's llama-finetune and put it on PATH, or point DOMAINYOURS_FINETUNE or --finetune-bin at it"
	}
	var err error
	if t.Trainer, err = ResolveBinary(name); err != nil {
		return t, exitcode.New(exitcode.Prerequisite, fmt.Errorf("the trainer %q cannot be run: %w", name, err), hint)
	}
	if merge {
		if t.Export, err = ResolveBinary(exportBin); err != nil {
			return t, exitcode.New(exitcode.Prerequisite, fmt.Errorf("the exporter %q cannot be run: %w", exportBin, err),
				"install llama.cpp's llama-export-lora and put it on PATH, or point DOMAINYOURS_EXPORT_LORA or --export-bin at it")
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
