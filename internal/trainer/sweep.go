package trainer

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strings"
	"time"

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

// SweepPoint is one configuration of a grid.
type SweepPoint struct {
	Hyper  Hyper
	Values map[string]string
}

// ParseSweep expands "lr=1e-4,3e-4;rank=8,16" over base into the grid of
// every combination, in order (the last key varies fastest). The keys are
// the table's sweep keys (Params). Modules lists its values with '+'
// ("modules=attn_q+attn_v,all"), since ',' separates values. Every point is
// validated; an error names the --sweep entry, or the flag or --config key
// of a value the sweep did not set.
func ParseSweep(base Settings, spec string) ([]SweepPoint, error) {
	type point struct {
		s      Settings
		values map[string]string
	}
	points := []point{{s: base, values: map[string]string{}}}
	seen := map[string]bool{}
	for _, part := range strings.Split(spec, ";") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		key, list, ok := strings.Cut(part, "=")
		key = strings.TrimSpace(key)
		p := paramBySweep(key)
		switch {
		case !ok || strings.TrimSpace(list) == "":
			return nil, inputErrorf("--sweep: %q is not key=value,value", part)
		case p == nil:
			return nil, inputErrorf("--sweep: unknown key %q; use %s", key, strings.Join(SweepKeys(), ", "))
		case seen[key]:
			return nil, inputErrorf("--sweep: %s is given twice", key)
		}
		seen[key] = true
		var next []point
		for _, pt := range points {
			for _, v := range strings.Split(list, ",") {
				v = strings.TrimSpace(v)
				if key == "modules" {
					v = strings.ReplaceAll(v, "+", ",")
				}
				s := Settings{Hyper: pt.s.Hyper, from: map[string]Source{}}
				for k, src := range pt.s.from {
					s.from[k] = src
				}
				if err := p.Set(&s.Hyper, v); err != nil {
					return nil, inputErrorf("--sweep %s=%s: %w", key, v, err)
				}
				s.setSource(p, Source{kind: "sweep"})
				if err := s.Validate(); err != nil {
					return nil, err
				}
				vals := map[string]string{key: v}
				for k, x := range pt.values {
					vals[k] = x
				}
				next = append(next, point{s: s, values: vals})
			}
		}
		points = next
		if len(points) > MaxSweepRuns {
			return nil, inputErrorf("--sweep makes more than %d runs; narrow the grid", MaxSweepRuns)
		}
	}
	if len(seen) == 0 {
		return nil, inputErrorf("--sweep %q names no values", spec)
	}
	out := make([]SweepPoint, len(points))
	for i, pt := range points {
		out[i] = SweepPoint{Hyper: pt.s.Hyper, Values: pt.values}
	}
	return out, nil
}

// SweepResult is a finished sweep.
type SweepResult struct {
	Runs   []SweepRun
	Winner int // index into Runs
	Final  *Result
}

// Sweep trains every configuration of grid as <version>-sweep-NN (folders
// kept, nothing registered), then promotes the one with the lowest best
// validation loss to models/model_<version> through the same finalize path
// as a single run, merging and registering it there. A failed configuration
// is recorded and the sweep goes on.
func Sweep(ctx context.Context, cfg Config, grid []SweepPoint) (*SweepResult, error) {
	cfg, err := cfg.normalize()
	if err != nil {
		return nil, err
	}
	version, err := workspace.ParseVersion(cfg.Version)
	if err != nil {
		return nil, exitcode.Input(err, "")
	}
	if err := checkFree(cfg, cfg.Version); err != nil {
		return nil, err
	}
	out := &SweepResult{Winner: -1}
	var dirs []string
	best := math.Inf(1)
	for i, p := range grid {
		c := cfg
		c.Hyper, c.Registry, c.Merge = p.Hyper, nil, false
		c.Name = workspace.SweepRun(version, i+1)
		fmt.Fprintf(cfg.Log, "sweep run %d of %d (%s): %s\n", i+1, len(grid), c.Name, Describe(p.Values))
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

// Describe renders a sweep point's values as "key=value ...", sorted.
func Describe(values map[string]string) string {
	keys := make([]string, 0, len(values))
	for k := range values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + "=" + values[k]
	}
	return strings.Join(parts, " ")
}

// promote finalizes the winning run's weights as the version itself, with
// the whole sweep recorded in its manifest.
func promote(ctx context.Context, cfg Config, winnerDir string, runs []SweepRun) (*Result, error) {
	man, err := readManifest(winnerDir)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(cfg.Log, "sweep winner: %s (validation loss %.5f)\n", man.Name, man.BestValLoss)
	base, err := ReadGGUF(cfg.BaseGGUF)
	if err != nil {
		return nil, inputErrorf("base model: %w", err)
	}
	weights := filepath.Join(winnerDir, "adapter.gguf")
	if man.Method == MethodFull {
		weights = filepath.Join(winnerDir, "model.gguf")
	}
	man.Name, man.Sweep = cfg.Version, runs
	return finalize(ctx, cfg, cfg.Version, newOllamaArtifact(cfg, cfg.Version, base, weights, man), man, time.Time{})
}
