package factory

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/guard"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llmcache"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// Guard builds the model guard named by --guard or DOMAINYOURS_GUARD; nil
// for builtin. It talks to the configured endpoints, like every client, and
// caches its verdicts under DOMAINYOURS_CACHE_DIR/guard/.
func (f *Factory) Guard(spec guard.Spec) (guard.Guard, error) {
	if spec.Builtin() {
		return nil, nil
	}
	cfg := llm.Config{MaxAttempts: 2, AttemptTimeout: 60 * time.Second, TotalTimeout: 2 * time.Minute}
	switch spec.Kind {
	case Ollama:
		c, id, err := f.LLM(Ollama, cfg)
		if err != nil {
			return nil, err
		}
		cache, err := f.guardCache(id)
		if err != nil {
			return nil, err
		}
		return guard.NewChat(spec.String(), c, cache, spec.Model), nil
	case OpenAI:
		p, err := f.OpenAI()
		if err != nil {
			return nil, err
		}
		cache, err := f.guardCache(f.openAIID())
		if err != nil {
			return nil, err
		}
		var chat *guard.Chat
		if spec.Model != "" { // a chat client only for openai:<chat-model>
			c, _, err := f.LLM(OpenAI, cfg)
			if err != nil {
				return nil, err
			}
			chat = guard.NewChat(spec.String(), c, cache, spec.Model)
		}
		return guard.NewModeration(spec.String(), p, cache, "", chat), nil
	}
	return nil, exitcode.Usagef("use --guard builtin, ollama:<model> or openai[:<chat-model>]", "guard %q is not supported", spec)
}

// AddGuard puts the model guard of spec, built by build (Factory.Guard),
// after svc's local rules, as suggest and serve both do; it returns the
// guard's name, "" for builtin (no model guard).
func AddGuard(svc *suggestion.Service, spec guard.Spec, build func(guard.Spec) (guard.Guard, error)) (string, error) {
	if spec.Builtin() {
		return "", nil
	}
	g, err := build(spec)
	if err != nil {
		return "", err
	}
	svc.WithGuard(g)
	return g.Name(), nil
}

// guardCache opens the verdict cache of the endpoint id (which holds no
// secret, so it can name the file).
func (f *Factory) guardCache(id string) (*llmcache.Cache, error) {
	dir := filepath.Join(f.cacheDir(), "guard")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("guard cache: %w", err)
	}
	name := strings.NewReplacer("/", "_", ":", "_", "@", "_").Replace(id) + ".jsonl"
	c, err := llmcache.Open(filepath.Join(dir, name), id)
	if err != nil {
		return nil, fmt.Errorf("guard cache: %w", err)
	}
	return c, nil
}

func (f *Factory) cacheDir() string {
	if f.Config == nil {
		return ""
	}
	return f.Config.Get("DOMAINYOURS_CACHE_DIR")
}
