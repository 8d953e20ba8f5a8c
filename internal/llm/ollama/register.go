package ollama

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/ollama/ollama/api"

	"github.com/domainyours/domainyours/internal/filehash"
	"github.com/domainyours/domainyours/internal/llm"
)

// CreateSpec describes a model to create on the server: a base (another
// model's name in From, or uploaded GGUF blobs in Files), optional LoRA
// adapters (uploaded blobs), and what a Modelfile would set with TEMPLATE,
// SYSTEM and PARAMETER.
type CreateSpec struct {
	Name       string
	From       string            // a model on the server; empty when Files holds the base
	Files      map[string]string // file name → blob digest of the base GGUF
	Adapters   map[string]string // file name → blob digest of each adapter GGUF
	Template   string            // Go text/template prompt format; empty keeps the base's
	System     string
	Parameters map[string]any
}

// BlobDigest returns the "sha256:<hex>" digest Ollama names a blob by.
func BlobDigest(path string) (string, error) {
	sum, err := filehash.SHA256(path)
	if err != nil {
		return "", err
	}
	return "sha256:" + sum, nil
}

// CreateBlob uploads the file at path unless the server already holds it,
// and returns its digest.
func (p *Provider) CreateBlob(ctx context.Context, path string) (string, error) {
	digest, err := BlobDigest(path)
	if err != nil {
		return "", &llm.Error{Class: llm.BadRequest, Message: err.Error(), Err: err}
	}
	f, err := os.Open(path)
	if err != nil {
		return "", &llm.Error{Class: llm.BadRequest, Message: err.Error(), Err: err}
	}
	defer f.Close()
	ctx, meta := llm.WithResponseMeta(ctx)
	// The SDK checks with HEAD first and skips the upload of a known blob.
	if err := p.sdk.CreateBlob(ctx, digest, f); err != nil {
		return "", p.mapError(ctx, err, meta, "")
	}
	return digest, nil
}

// Create creates (or replaces) a model from spec and waits until the server
// has finished.
func (p *Provider) Create(ctx context.Context, spec CreateSpec) error {
	if spec.Name == "" || (spec.From == "" && len(spec.Files) == 0) {
		return &llm.Error{Class: llm.BadRequest, Message: fmt.Sprintf("model %q needs a name and a base (From or Files)", spec.Name)}
	}
	stream := false
	req := &api.CreateRequest{
		Model:      spec.Name,
		Stream:     &stream,
		From:       spec.From,
		Files:      spec.Files,
		Adapters:   spec.Adapters,
		Template:   spec.Template,
		System:     spec.System,
		Parameters: spec.Parameters,
	}
	ctx, meta := llm.WithResponseMeta(ctx)
	if err := p.sdk.Create(ctx, req, func(api.ProgressResponse) error { return nil }); err != nil {
		return p.mapError(ctx, err, meta, spec.Name)
	}
	return nil
}

// ModelInfo is what Show tells about a model that train needs.
type ModelInfo struct {
	Name     string
	Family   string
	Template string
	// BlobPath is the file of the model's weights as named by the FROM line
	// of its Modelfile; it is readable only when the server runs on this
	// machine under the same user.
	BlobPath string
}

// Show returns the details of a model on the server.
func (p *Provider) Show(ctx context.Context, name string) (ModelInfo, error) {
	ctx, meta := llm.WithResponseMeta(ctx)
	resp, err := p.sdk.Show(ctx, &api.ShowRequest{Model: name})
	if err != nil {
		return ModelInfo{}, p.mapError(ctx, err, meta, name)
	}
	return ModelInfo{
		Name:     name,
		Family:   resp.Details.Family,
		Template: resp.Template,
		BlobPath: fromLine(resp.Modelfile),
	}, nil
}

// fromLine returns the argument of the first FROM instruction of a
// Modelfile, which Show renders with the blob's absolute path.
func fromLine(modelfile string) string {
	sc := bufio.NewScanner(strings.NewReader(modelfile))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if len(line) > 5 && strings.EqualFold(line[:5], "FROM ") {
			return strings.TrimSpace(line[5:])
		}
	}
	return ""
}

// Copy copies model src to dst, replacing dst.
func (p *Provider) Copy(ctx context.Context, src, dst string) error {
	ctx, meta := llm.WithResponseMeta(ctx)
	if err := p.sdk.Copy(ctx, &api.CopyRequest{Source: src, Destination: dst}); err != nil {
		return p.mapError(ctx, err, meta, src)
	}
	return nil
}

// Delete removes a model from the server.
func (p *Provider) Delete(ctx context.Context, name string) error {
	ctx, meta := llm.WithResponseMeta(ctx)
	if err := p.sdk.Delete(ctx, &api.DeleteRequest{Model: name}); err != nil {
		return p.mapError(ctx, err, meta, name)
	}
	return nil
}
