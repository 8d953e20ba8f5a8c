// Package config is the registry of every environment variable domainyours
// reads, with its description and default, and the lookup that applies the
// precedence flags > environment > .env file > default. The process
// environment itself is read only by internal/app, which hands it in.
package config

import (
	"fmt"
	"sort"
	"strings"
)

// Var is one registered variable.
type Var struct {
	Name        string
	Default     string
	Description string
	Secret      bool // never printed, logged or written
}

// Vars lists every variable, once. `domainyours help environment` and
// .env.example are generated from it (a test keeps .env.example in sync).
var Vars = []Var{
	{Name: "DOMAINYOURS_LOG_LEVEL", Default: "warn", Description: "diagnostics on stderr: debug, info, warn or error (--verbose means debug)"},
	{Name: "DOMAINYOURS_BACKEND", Default: "auto", Description: "suggest backend: auto (newest trained Ollama model, else builtin), builtin, ollama or openai"},
	{Name: "DOMAINYOURS_GUARD", Default: "builtin", Description: "suggest's second safety line after the local rules: builtin (none), ollama:<model> (llama-guard3, shieldgemma or any chat model) or openai[:<chat-model>] (moderation endpoint, then the policy on the chat model)"},
	{Name: "DOMAINYOURS_MODEL", Default: "", Description: "model name for the ollama or openai backend (ollama default: newest domainyours:vN)"},
	{Name: "DOMAINYOURS_DATA_DIR", Default: "data", Description: "folder of datasets, test sets and results"},
	{Name: "DOMAINYOURS_MODELS_DIR", Default: "models", Description: "folder of trained model versions"},
	{Name: "DOMAINYOURS_ENV_FILE", Default: ".env", Description: "dotenv file read at start-up; values in the real environment win"},
	{Name: "DOMAINYOURS_CACHE_DIR", Default: ".domainyours", Description: "folder of LLM response caches, run journals (resumable runs) and availability answers"},
	{Name: "DOMAINYOURS_GEN_BACKEND", Default: "openai", Description: "generate-data LLM backend: openai or ollama"},
	{Name: "DOMAINYOURS_GEN_MODEL", Default: "gpt-4o-mini", Description: "generate-data model"},
	{Name: "DOMAINYOURS_JUDGE", Default: "heuristic", Description: "eval judge: heuristic (offline) or openai (any OpenAI-compatible server)"},
	{Name: "DOMAINYOURS_JUDGE_MODEL", Default: "gpt-4o-mini", Description: "eval judge model for the openai judge"},
	{Name: "DOMAINYOURS_PRICES", Default: "", Description: "model prices in USD per million tokens, as JSON or the path of a JSON file: {\"model\": {\"input\": 0.15, \"output\": 0.6}}"},
	{Name: "DOMAINYOURS_TRAINER", Default: "llama-finetune-lora", Description: "path of llama.cpp's LoRA trainer (llama-finetune-lora)"},
	{Name: "DOMAINYOURS_EXPORT_LORA", Default: "llama-export-lora", Description: "path of llama.cpp's llama-export-lora, for train --merge"},
	{Name: "DOMAINYOURS_FINETUNE", Default: "llama-finetune", Description: "path of upstream llama.cpp's llama-finetune, for train --method full"},
	{Name: "DOMAINYOURS_API_TOKEN", Default: "", Description: "serve: bearer token that API clients must send (Authorization: Bearer <token>); unset: no auth", Secret: true},
	{Name: "DOMAINYOURS_CHECK", Default: "0", Description: "1: suggest checks domain availability as if --check were given (requests go to registries' RDAP servers and your DNS resolver)"},
	{Name: "DOMAINYOURS_RDAP_BOOTSTRAP", Default: "", Description: "RDAP bootstrap file (IANA dns.json format) to use instead of the embedded snapshot and update-bootstrap's copy"},
	{Name: "DOMAINYOURS_DNS_SERVER", Default: "", Description: "host:port of the DNS resolver asked for NS records by availability checks (default: first nameserver in /etc/resolv.conf)"},
	{Name: "OLLAMA_HOST", Default: "127.0.0.1:11434", Description: "Ollama server address, same syntax as Ollama's own (host:port or URL)"},
	{Name: "OPENAI_API_KEY", Default: "", Description: "API key for the openai backend and the LLM judge/generator", Secret: true},
	{Name: "OPENAI_BASE_URL", Default: "https://api.openai.com/v1", Description: "any OpenAI-compatible endpoint (OpenAI, Ollama's /v1, vLLM, llama-server)"},
}

// Lookup resolves registered variables from the environment, then the .env
// file, then the registered default.
type Lookup struct {
	env    func(string) (string, bool)
	dotenv map[string]string
}

// NewLookup builds a Lookup over an environment accessor and parsed .env values.
func NewLookup(env func(string) (string, bool), dotenv map[string]string) *Lookup {
	if dotenv == nil {
		dotenv = map[string]string{}
	}
	return &Lookup{env: env, dotenv: dotenv}
}

// Get returns the value of a registered variable. Asking for an unregistered
// name is a programming error and panics in tests, never silently "".
func (l *Lookup) Get(name string) string {
	v, _ := l.Source(name)
	return v
}

// Source returns the value and where it came from: "environment", ".env" or "default".
func (l *Lookup) Source(name string) (string, string) {
	def, ok := find(name)
	if !ok {
		panic(fmt.Sprintf("config: variable %s is not registered in config.Vars", name))
	}
	if v, ok := l.env(name); ok && v != "" {
		return v, "environment"
	}
	if v, ok := l.dotenv[name]; ok && v != "" {
		return v, ".env"
	}
	return def.Default, "default"
}

// Secrets returns the values of every secret variable that is set, for redaction.
func (l *Lookup) Secrets() []string {
	var out []string
	for _, v := range Vars {
		if v.Secret {
			if s := l.Get(v.Name); s != "" {
				out = append(out, s)
			}
		}
	}
	return out
}

// Unknown returns .env keys that look like ours but are not registered, so a
// typo (DOMAINYOURS_LOGLEVEL) is reported instead of ignored.
func (l *Lookup) Unknown() []string {
	var out []string
	for k := range l.dotenv {
		if _, ok := find(k); !ok && strings.HasPrefix(k, "DOMAINYOURS_") {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func find(name string) (Var, bool) {
	for _, v := range Vars {
		if v.Name == name {
			return v, true
		}
	}
	return Var{}, false
}

// HelpText is the body of `domainyours help environment`.
func HelpText() string {
	var b strings.Builder
	b.WriteString("Environment variables (precedence: flags > environment > .env file > default):\n\n")
	for _, v := range Vars {
		def := v.Default
		if def == "" {
			def = "(unset)"
		}
		fmt.Fprintf(&b, "  %-24s %s\n  %-24s default: %s\n", v.Name, v.Description, "", def)
	}
	return b.String()
}

// EnvExample renders .env.example.
func EnvExample() string {
	var b strings.Builder
	b.WriteString("# domainyours configuration. Copy to .env; values in the real environment win.\n")
	b.WriteString("# Generated from internal/config/config.go (go test ./internal/config -update).\n")
	for _, v := range Vars {
		fmt.Fprintf(&b, "\n# %s\n", v.Description)
		if v.Secret || v.Default == "" {
			fmt.Fprintf(&b, "%s=\n", v.Name)
		} else {
			fmt.Fprintf(&b, "# %s=%s\n", v.Name, v.Default)
		}
	}
	return b.String()
}
