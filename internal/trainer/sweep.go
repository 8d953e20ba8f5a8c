package trainer

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/domainyours/domainyours/internal/atomicfile"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/workspace"
)

// MaxSweepRuns bounds a grid: each run is a whole training.
const MaxSweepRuns = 64

// SweepRun is one configuration of a sweep and how it ended.
type SweepRun struct {
	Name        string            `json:"name"`
	Values      map[string]string `json:"values"`
	BestEpoch   int               `json:"best_epoch,omitempty"`
	BestValLoss *float64          `json:"best_val_loss,omitempty"`
	Error       string            `json:"error,omitempty"`
}

// sweepKeys maps the names a sweep accepts to the hyperparameter they set.
var sweepKeys = map[string]func(h *Hyper, v string) error{
	"lr":           func(h *Hyper, v string) error { return setFloat(&h.LearningRate, v) },
	"rank":         func(h *Hyper, v string) error { return setInt(&h.Rank, v) },
	"alpha":        func(h *Hyper, v string) error { return setFloat(&h.Alpha, v) },
	"epochs":       func(h *Hyper, v string) error { return setInt(&h.Epochs, v) },
	"patience":     func(h *Hyper, v string) error { return setInt(&h.Patience, v) },
	"context":      func(h *Hyper, v string) error { return setInt(&h.Context, v) },
	"warmup_ratio": func(h *Hyper, v string) error { return setFloat(&h.WarmupRatio, v) },
	"weight_decay": func(h *Hyper, v string) error { return setFloat(&h.WeightDecay, v) },
	"lr_scheduler": func(h *Hyper, v string) error { h.Scheduler = v; return nil },
	"modules":      func(h *Hyper, v string) error { h.Modules = v; return nil },
}

func setFloat(dst *float64, v string) error {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return fmt.Errorf("%q is not a number", v)
	}
	*dst = f
	return nil
}

func setInt(dst *int, v string) error {
	n, err := strconv.Atoi(v)
	if err != nil {
		return fmt.Errorf("%q is not a whole number", v)
	}
	*dst = n
	return nil
}

// SweepPoint is one configuration of a grid.
type SweepPoint struct {
	Hyper  Hyper
	Values map[string]string
}

// ParseSweep expands "lr=1e-4,3e-4;rank=8,16" over base into the grid of
// every combination, in order (the last key varies fastest). Modules lists
// its values with '+' ("modules=attn_q+attn_v,all"), since ',' separates
// values.
func ParseSweep(base Hyper, spec string) ([]SweepPoint, error) {
	points := []SweepPoint{{Hyper: base, Values: map[string]string{}}}
	seen := map[string]bool{}
	for _, part := range strings.Split(spec, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		key, list, ok := strings.Cut(part, "=")
		key = strings.TrimSpace(key)
		set, known := sweepKeys[key]
		switch {
		case !ok || strings.TrimSpace(list) == "":
			return nil, fmt.Errorf("--sweep: %q is not key=value,value", part)
		case !known:
			return nil, fmt.Errorf("--sweep: unknown key %q; use lr, rank, alpha, epochs, patience, context, warmup_ratio, weight_decay, lr_scheduler or modules", key)
		case seen[key]:
			return nil, fmt.Errorf("--sweep: %s is given twice", key)
		}
		seen[key] = true
		var next []SweepPoint
		for _, p := range points {
			for _, v := range strings.Split(list, ",") {
				v = strings.TrimSpace(v)
				if key == "modules" {
					v = strings.ReplaceAll(v, "+", ",")
				}
				h := p.Hyper
				if err := set(&h, v); err != nil {
					return nil, fmt.Errorf("--sweep %s: %w", key, err)
				}
				if err := h.Validate(); err != nil {
					return nil, fmt.Errorf("--sweep %s=%s: %w", key, v, err)
				}
				vals := map[string]string{key: v}
				for k, x := range p.Values {
					vals[k] = x
				}
				next = append(next, SweepPoint{Hyper: h, Values: vals})
			}
		}
		points = next
		if len(points) > MaxSweepRuns {
			return nil, fmt.Errorf("--sweep makes more than %d runs; narrow the grid", MaxSweepRuns)
		}
	}
	if len(seen) == 0 {
		return nil, fmt.Errorf("--sweep %q names no values", spec)
	}
	return points, nil
}

// SweepResult is a finished sweep.
type SweepResult struct {
	Runs   []SweepRun
	Winner int // index into Runs
	Final  *Result
}

// Sweep trains every configuration of grid as <version>-sweep-NN (folders
// kept, nothing registered), then promotes the one with the lowest best
// validation loss to models/model_<version> and registers it. A failed
// configuration is recorded and the sweep goes on.
func Sweep(ctx context.Context, cfg Config, grid []SweepPoint) (*SweepResult, error) {
	version, err := workspace.ParseVersion(cfg.Version)
	if err != nil {
		return nil, exitcode.Input(err, "")
	}
	finalDir := cfg.layout().ModelDir(cfg.Version)
	if _, err := os.Stat(finalDir); err == nil && !cfg.Force {
		return nil, inputErrorf("%s already exists; pass --force to replace it (the old folder stays until the new one is complete)", finalDir)
	}
	out := &SweepResult{Winner: -1}
	var dirs []string
	best := math.Inf(1)
	for i, p := range grid {
		c := cfg
		c.Hyper, c.Registry, c.Merge = p.Hyper, nil, false
		c.Name = workspace.SweepRun(version, i+1)
		fmt.Fprintf(cfg.Log, "sweep run %d of %d (%s): %s\n", i+1, len(grid), c.Name, describe(p.Values))
		run := SweepRun{Name: c.Name, Values: p.Values}
		res, err := Run(ctx, c)
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		dirs = append(dirs, "")
		if err != nil {
			if exitcode.IsInput(err) && i == 0 {
				// Bad data fails every configuration alike.
				return nil, err
			}
			run.Error = err.Error()
			fmt.Fprintf(cfg.Log, "sweep run %s failed: %v\n", c.Name, err)
		} else {
			dirs[i] = res.Dir
			loss := res.Manifest.BestValLoss
			run.BestEpoch, run.BestValLoss = res.Manifest.BestEpoch, &loss
			if loss < best {
				best, out.Winner = loss, i
			}
		}
		out.Runs = append(out.Runs, run)
	}
	if out.Winner < 0 {
		return out, fmt.Errorf("every one of the %d sweep runs failed", len(grid))
	}
	final, err := promote(ctx, cfg, dirs[out.Winner], out.Runs)
	if err != nil {
		return out, err
	}
	out.Final = final
	return out, nil
}

func describe(values map[string]string) string {
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + values[k]
	}
	return strings.Join(parts, " ")
}

// promote copies the winning run into models/model_<version>, merges and
// registers it as that version, and records the whole sweep in its manifest.
func promote(ctx context.Context, cfg Config, winnerDir string, runs []SweepRun) (*Result, error) {
	b, err := os.ReadFile(filepath.Join(winnerDir, "manifest.json"))
	if err != nil {
		return nil, err
	}
	var man Manifest
	if err := json.Unmarshal(b, &man); err != nil {
		return nil, fmt.Errorf("%s/manifest.json: %w", winnerDir, err)
	}
	fmt.Fprintf(cfg.Log, "sweep winner: %s (validation loss %.5f)\n", man.Name, man.BestValLoss)
	staging := cfg.layout().StagingDir(cfg.Version)
	if err := removeIfExists(staging); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(staging, 0o755); err != nil {
		return nil, err
	}
	for _, f := range []string{"adapter.gguf", "Modelfile", "metrics.csv", "loss.png"} {
		if err := copyFile(filepath.Join(winnerDir, f), filepath.Join(staging, f)); err != nil {
			return nil, err
		}
	}
	man.Name, man.Sweep = cfg.Version, runs
	reg := registration{name: workspace.ModelFamily + ":" + cfg.Version, base: cfg.BaseName, baseGGUF: cfg.BaseGGUF,
		adapter: filepath.Join(staging, "adapter.gguf"), template: ollamaTemplate(man.ChatTemplate), context: man.Hyper.Context}
	if cfg.Merge {
		base, err := ReadGGUF(cfg.BaseGGUF)
		if err != nil {
			return nil, err
		}
		reg.merged = filepath.Join(staging, "model.gguf")
		if err := merge(ctx, cfg, base, reg.adapter, reg.merged); err != nil {
			return nil, err
		}
		from := "./model.gguf"
		mf := Modelfile(from, "", reg.template, systemPrompt(), reg.params())
		if err := atomicfile.WriteFile(filepath.Join(staging, "Modelfile"), []byte(mf), 0o644); err != nil {
			return nil, err
		}
	}
	if cfg.Registry != nil {
		smoke, err := reg.register(ctx, cfg.Registry, cfg.Log)
		if err != nil {
			return nil, fmt.Errorf("%w (outputs kept in %s for inspection)", err, staging)
		}
		man.Model, man.Registered, man.SmokeTest = reg.name, true, smoke
	}
	if err := WriteJSON(filepath.Join(staging, "manifest.json"), man); err != nil {
		return nil, err
	}
	final := cfg.layout().ModelDir(cfg.Version)
	if err := swapInto(staging, final); err != nil {
		return nil, err
	}
	return &Result{Dir: final, Manifest: man}, nil
}
