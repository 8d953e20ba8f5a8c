package factory

import (
	"fmt"
	"strconv"

	"github.com/spf13/pflag"

	"github.com/domainyours/domainyours/internal/config"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/guard"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// BackendFlags are the flags suggest and serve share to choose where names
// come from and the model guard after the local rules: one definition, so
// the two commands cannot drift apart in names, defaults or environment.
type BackendFlags struct {
	BackendSelection
	Guard       guard.Spec
	Temperature *float64 // nil: the backend's default

	guardValue  string
	temperature float64
}

// Add declares --backend, --model, --version, --guard and --temperature.
func (b *BackendFlags) Add(fl *pflag.FlagSet) {
	fl.StringVar(&b.Name, "backend", Auto, "where names come from: auto (newest trained model in Ollama, else builtin), builtin, ollama or openai (env DOMAINYOURS_BACKEND)")
	fl.StringVar(&b.guardValue, "guard", "builtin", "second safety line after the local rules: builtin (none), ollama:<model> or openai[:<chat-model>]; a guard that cannot answer stops the request (env DOMAINYOURS_GUARD)")
	fl.StringVar(&b.Model, "model", "", "model for the ollama or openai backend (env DOMAINYOURS_MODEL)")
	fl.StringVar(&b.Version, "version", "", "trained version to use: v2 means the Ollama model domainyours:v2")
	fl.Float64Var(&b.temperature, "temperature", suggestion.DefaultTemperature, "sampling temperature for LLM backends, 0 to 2")
}

// Resolve fills what the user did not give on the command line from the
// environment (DOMAINYOURS_BACKEND, DOMAINYOURS_MODEL, DOMAINYOURS_GUARD)
// and checks the values.
func (b *BackendFlags) Resolve(fl *pflag.FlagSet, cfg *config.Lookup) error {
	if !fl.Changed("backend") {
		b.Name = cfg.Get("DOMAINYOURS_BACKEND")
	}
	if !fl.Changed("model") {
		b.Model = cfg.Get("DOMAINYOURS_MODEL")
	}
	if !fl.Changed("guard") {
		b.guardValue = cfg.Get("DOMAINYOURS_GUARD")
	}
	if fl.Changed("temperature") {
		t := b.temperature
		if t < 0 || t > 2 {
			return exitcode.Usagef("use --temperature between 0 and 2", "--temperature %g is out of range", t)
		}
		b.Temperature = &t
	}
	spec, err := guard.ParseSpec(b.guardValue)
	if err != nil {
		return exitcode.Usagef("use --guard builtin, ollama:<model> (e.g. ollama:llama-guard3) or openai[:<chat-model>]", "%v", err)
	}
	b.Guard = spec
	return nil
}

// Bound is a numeric flag's value and the range it must lie in.
type Bound struct {
	Flag      string // with its dashes: --rows
	V, Lo, Hi float64
}

// CheckBounds refuses the first value out of its range (NaN too), with the
// same message in every command.
func CheckBounds(bounds ...Bound) error {
	for _, b := range bounds {
		if !(b.V >= b.Lo && b.V <= b.Hi) {
			num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
			return exitcode.Usagef(fmt.Sprintf("use %s between %s and %s", b.Flag, num(b.Lo), num(b.Hi)), "%s %s is out of range", b.Flag, num(b.V))
		}
	}
	return nil
}
