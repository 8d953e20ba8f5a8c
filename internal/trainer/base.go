package trainer

import (
	"context"
	"fmt"
	"os"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/llm/ollama"
)

// ModelShower finds an Ollama model's files; *ollama.Provider implements it.
type ModelShower interface {
	Show(ctx context.Context, name string) (ollama.ModelInfo, error)
}

// OllamaBaseFile returns the GGUF file the Ollama server serves the model
// name from. train reads the base, so the file must be readable here: the
// server runs on this machine under the same user.
func OllamaBaseFile(ctx context.Context, s ModelShower, name string) (string, error) {
	info, err := s.Show(ctx, name)
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(info.BlobPath); info.BlobPath == "" || err != nil {
		return "", exitcode.New(exitcode.Prerequisite,
			fmt.Errorf("the GGUF of %s is not readable here (Ollama names %q)", name, info.BlobPath),
			"train on the machine that runs Ollama, or download the model's GGUF and pass --base-gguf")
	}
	return info.BlobPath, nil
}
