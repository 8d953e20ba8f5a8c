package trainer

import (
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/domainyours/domainyours/internal/atomicfile"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/workspace"
)

// An Artifact is a trained model on its way into models/model_<name>.
// finalize gives it a staging folder for its own files, then asks it to
// become servable. The llama.cpp methods publish to Ollama (ollamaArtifact);
// a managed fine-tuning backend, whose model already lives on the provider,
// plugs in with its own Stage (nothing or a record of the job) and Register
// (a smoke test of the provider's model).
type Artifact interface {
	// Stage writes the model's files (weights, Modelfile) into dir.
	Stage(ctx context.Context, dir string) error
	// Register makes the staged model servable and smoke-tests it; nil
	// when registration is off (--no-register).
	Register(ctx context.Context, dir string) (*Registered, error)
	// RegisterHint is the next step when Register fails.
	RegisterHint() string
}

// Registered is a model that passed its smoke test.
type Registered struct {
	Model     string // the name it is served under, e.g. domainyours:v2
	SmokeTest string // its reply to the smoke test
}

// finalize is the one way a trained model becomes a version, for a single
// run and for a sweep's winner alike: stage (the artifact's files, metrics
// and loss chart) → register and smoke-test → manifest → swap the staging
// folder into models/model_<name>. Nothing replaces an existing version
// before every step has succeeded. start, when set, dates the wall time.
func finalize(ctx context.Context, cfg Config, name string, art Artifact, man Manifest, start time.Time) (*Result, error) {
	staging := cfg.layout().StagingDir(name)
	if err := removeIfExists(staging); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(staging, 0o755); err != nil {
		return nil, err
	}
	if err := art.Stage(ctx, staging); err != nil {
		return nil, err
	}
	if err := atomicfile.WriteFile(filepath.Join(staging, "metrics.csv"), MetricsCSV(man.Epochs), 0o644); err != nil {
		return nil, err
	}
	png, err := LossPNG(man.Epochs, man.BestEpoch, "domainyours "+name)
	if err != nil {
		return nil, fmt.Errorf("draw loss.png: %w", err)
	}
	if err := atomicfile.WriteFile(filepath.Join(staging, "loss.png"), png, 0o644); err != nil {
		return nil, err
	}
	reg, err := art.Register(ctx, staging)
	if err != nil {
		return nil, registrationError(ctx, err, staging, art.RegisterHint())
	}
	if reg != nil {
		man.Model, man.Registered, man.SmokeTest = reg.Model, true, reg.SmokeTest
	}
	man.Created = cfg.Now().UTC()
	if !start.IsZero() {
		man.WallSeconds = math.Round(time.Since(start).Seconds()*1000) / 1000
	}
	if err := WriteJSON(filepath.Join(staging, "manifest.json"), man); err != nil {
		return nil, err
	}
	final := cfg.layout().ModelDir(name)
	if err := swapInto(staging, final); err != nil {
		return nil, err
	}
	return &Result{Dir: final, Manifest: man}, nil
}

// registrationError reports a model that could not be registered or failed
// its smoke test. Whatever status the server answered with (Ollama says 400
// for a model it will not chat with), the user's input was fine and the
// training too: the server's error class is not passed on, and the run
// exits 1 (130 when interrupted).
func registrationError(ctx context.Context, err error, staging, hint string) error {
	msg := fmt.Sprintf("%v (outputs kept in %s for inspection)", err, staging)
	if ctx.Err() != nil {
		return fmt.Errorf("%s: %w", msg, ctx.Err())
	}
	return exitcode.New(exitcode.Failure, errors.New(msg), hint)
}

// ollamaArtifact is a llama.cpp result served by Ollama: a LoRA adapter over
// the base, the adapter merged into the base (--merge), or a whole model
// (--method full).
type ollamaArtifact struct {
	cfg     Config
	base    *GGUFInfo
	weights string // the trained file: an adapter, or with --method full the whole model
	full    bool
	reg     registration // filled by Stage
}

func newOllamaArtifact(cfg Config, name string, base *GGUFInfo, weights string, man Manifest) *ollamaArtifact {
	return &ollamaArtifact{cfg: cfg, base: base, weights: weights, full: man.Method == MethodFull,
		reg: registration{name: workspace.ModelFamily + ":" + name, base: cfg.BaseName, baseGGUF: cfg.BaseGGUF,
			template: ollamaTemplate(man.ChatTemplate), context: man.Hyper.Context, timeout: cfg.SmokeTimeout}}
}

// Stage copies the weights in (checked against the base), merges the
// adapter when asked, and writes the Modelfile.
func (a *ollamaArtifact) Stage(ctx context.Context, dir string) error {
	from, adapterLine := a.cfg.BaseName, "./adapter.gguf"
	if from == "" {
		from = a.cfg.BaseGGUF
	}
	if a.full {
		a.reg.merged = filepath.Join(dir, "model.gguf")
		dropped, err := CleanFullModel(a.cfg.BaseGGUF, a.weights, a.reg.merged)
		if err != nil {
			return fmt.Errorf("the trainer's model %s: %w", a.weights, err)
		}
		// The key that matters first: it is why Ollama would refuse chat.
		if i := slices.IndexFunc(dropped, func(k string) bool { return strings.HasSuffix(k, ".pooling_type") }); i > 0 {
			dropped[0], dropped[i] = dropped[i], dropped[0]
		}
		if len(dropped) > 0 {
			fmt.Fprintf(a.cfg.Log, "dropped %d metadata keys the base does not have from the trained model (%s)\n", len(dropped), summarize(dropped, 4))
		}
		m, err := ReadGGUF(a.reg.merged)
		if err != nil {
			return fmt.Errorf("the trainer's model %s: %w", a.weights, err)
		}
		if m.Type == "adapter" || m.Architecture != a.base.Architecture {
			return fmt.Errorf("the trainer's output %s is not a %s model (type %q, architecture %q)", a.weights, a.base.Architecture, m.Type, m.Architecture)
		}
		from, adapterLine = "./model.gguf", ""
	} else {
		a.reg.adapter = filepath.Join(dir, "adapter.gguf")
		if err := copyFile(a.weights, a.reg.adapter); err != nil {
			return fmt.Errorf("copy the best adapter: %w", err)
		}
		adapter, err := ReadGGUF(a.reg.adapter)
		if err != nil {
			return fmt.Errorf("the trainer's adapter %s: %w", a.weights, err)
		}
		if err := CheckAdapter(a.base, adapter); err != nil {
			return err
		}
		if a.cfg.Merge {
			a.reg.merged = filepath.Join(dir, "model.gguf")
			if err := merge(ctx, a.cfg, a.base, a.reg.adapter, a.reg.merged); err != nil {
				return err
			}
			from, adapterLine = "./model.gguf", ""
		}
	}
	mf := Modelfile(from, adapterLine, a.reg.template, systemPrompt(), modelParams(a.reg.template, a.reg.context))
	return atomicfile.WriteFile(filepath.Join(dir, "Modelfile"), []byte(mf), 0o644)
}

// Register creates the model in Ollama and smoke-tests it.
func (a *ollamaArtifact) Register(ctx context.Context, _ string) (*Registered, error) {
	if a.cfg.Registry == nil {
		return nil, nil
	}
	reply, err := a.reg.register(ctx, a.cfg.Registry, a.cfg.Log)
	if err != nil {
		return nil, err
	}
	return &Registered{Model: a.reg.name, SmokeTest: reply}, nil
}

func (a *ollamaArtifact) RegisterHint() string {
	return "nothing was registered and no version replaced; the Ollama server's log says why it refused the model"
}

// merge runs llama-export-lora to fold the adapter into the base, and checks
// that the result is a model of the base's architecture.
func merge(ctx context.Context, cfg Config, base *GGUFInfo, adapter, out string) error {
	if cfg.ExportBin == "" {
		return fmt.Errorf("--merge needs llama-export-lora: %w", ErrNotInstalled)
	}
	absBase, err := filepath.Abs(cfg.BaseGGUF)
	if err != nil {
		return err
	}
	var a Argv
	a.Value("-m", absBase)
	a.Value("--lora", adapter)
	a.Value("-o", out)
	if cfg.Hyper.Threads > 0 {
		a.Int("-t", cfg.Hyper.Threads)
	}
	args, err := a.Args()
	if err != nil {
		return exitcode.Input(err, "")
	}
	fmt.Fprintf(cfg.Log, "merging the adapter into the base with %s\n", filepath.Base(cfg.ExportBin))
	dir := filepath.Dir(out)
	p := Process{Path: cfg.ExportBin, Args: args, Dir: dir, Env: MinimalEnv(dir), Grace: cfg.Grace}
	if err := p.Run(ctx); err != nil {
		return fmt.Errorf("merge: %w", err)
	}
	m, err := ReadGGUF(out)
	if err != nil {
		return fmt.Errorf("the merged model: %w", err)
	}
	if m.Type == "adapter" || m.Architecture != base.Architecture {
		return fmt.Errorf("the merged model %s is not a %s model (type %q, architecture %q)", out, base.Architecture, m.Type, m.Architecture)
	}
	return nil
}

// summarize lists the first n items and counts the rest.
func summarize(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(items[:n], ", "), len(items)-n)
}
