package trainer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/domainyours/domainyours/internal/exitcode"
)

// Hyper are the training hyperparameters; their JSON form is also the
// --config file format and the manifest's "hyperparameters".
type Hyper struct {
	Rank         int     `json:"rank"`
	Alpha        float64 `json:"alpha"`
	Modules      string  `json:"modules"`
	LearningRate float64 `json:"learning_rate"`
	Scheduler    string  `json:"lr_scheduler"`
	LRMin        float64 `json:"lr_min"`
	WarmupRatio  float64 `json:"warmup_ratio"`
	WeightDecay  float64 `json:"weight_decay"`
	Epochs       int     `json:"epochs"`
	Patience     int     `json:"patience"`
	Context      int     `json:"context"`
	Threads      int     `json:"threads"`
	Seed         int64   `json:"seed"`
}

// DefaultHyper are the defaults: a small-rank LoRA on the attention and
// feed-forward weights, patience 2 as in the seed project.
func DefaultHyper() Hyper {
	return Hyper{
		Rank: 16, Alpha: 32, Modules: "attn_q,attn_k,attn_v,attn_o,ffn_gate,ffn_up,ffn_down",
		LearningRate: 1e-4, Scheduler: "cosine", LRMin: 0, WarmupRatio: 0.05, WeightDecay: 0,
		Epochs: 8, Patience: 2, Context: 512, Threads: 0, Seed: 42,
	}
}

// Param is one row of the hyperparameter table: the one place that names a
// hyperparameter as a flag, a --config key and a --sweep key, parses it and
// says which values are allowed.
type Param struct {
	Flag  string // --flag name
	Key   string // key in the --config file (the JSON name)
	Sweep string // key in --sweep; "" when it cannot be swept
	Usage string
	kind  string // int, int64, float64 or string, as pflag names its types
	ptr   func(h *Hyper) any
	// check returns what is wrong with the value, phrased to follow
	// "<source> <value> ", or "".
	check func(h Hyper) string
}

// Params is the hyperparameter table, in the order flags are listed.
var Params = []*Param{
	{Flag: "rank", Key: "rank", Sweep: "rank", Usage: "LoRA rank, 1-512", kind: "int",
		ptr: func(h *Hyper) any { return &h.Rank }, check: func(h Hyper) string { return intRange(h.Rank, 1, 512) }},
	{Flag: "alpha", Key: "alpha", Sweep: "alpha", Usage: "LoRA alpha (scale = alpha / rank)", kind: "float64",
		ptr: func(h *Hyper) any { return &h.Alpha }, check: func(h Hyper) string {
			return when(!(h.Alpha > 0 && h.Alpha <= 4096), "is out of range (0, 4096]")
		}},
	{Flag: "modules", Key: "modules", Sweep: "modules", Usage: "weights to adapt: attn_q,attn_k,attn_v,attn_o,ffn_gate,ffn_up,ffn_down,output or all", kind: "string",
		ptr: func(h *Hyper) any { return &h.Modules }, check: func(h Hyper) string { return checkModules(h.Modules) }},
	{Flag: "learning-rate", Key: "learning_rate", Sweep: "lr", Usage: "peak learning rate, (0, 1]", kind: "float64",
		ptr: func(h *Hyper) any { return &h.LearningRate }, check: func(h Hyper) string {
			return when(!(h.LearningRate > 0 && h.LearningRate <= 1), "is out of range (0, 1]")
		}},
	{Flag: "lr-scheduler", Key: "lr_scheduler", Sweep: "lr_scheduler", Usage: "learning-rate schedule: constant, cosine or linear", kind: "string",
		ptr: func(h *Hyper) any { return &h.Scheduler }, check: func(h Hyper) string {
			return when(h.Scheduler != "constant" && h.Scheduler != "cosine" && h.Scheduler != "linear", "is not constant, cosine or linear")
		}},
	{Flag: "lr-min", Key: "lr_min", Usage: "final learning rate of the cosine and linear schedules", kind: "float64",
		ptr: func(h *Hyper) any { return &h.LRMin }, check: func(h Hyper) string {
			return when(!(h.LRMin >= 0 && h.LRMin <= h.LearningRate), fmt.Sprintf("must be between 0 and the learning rate %g", h.LearningRate))
		}},
	{Flag: "warmup-ratio", Key: "warmup_ratio", Sweep: "warmup_ratio", Usage: "share of steps spent warming up, [0, 1)", kind: "float64",
		ptr: func(h *Hyper) any { return &h.WarmupRatio }, check: func(h Hyper) string {
			return when(!(h.WarmupRatio >= 0 && h.WarmupRatio < 1), "is out of range [0, 1)")
		}},
	{Flag: "weight-decay", Key: "weight_decay", Sweep: "weight_decay", Usage: "AdamW weight decay, [0, 1]", kind: "float64",
		ptr: func(h *Hyper) any { return &h.WeightDecay }, check: func(h Hyper) string {
			return when(!(h.WeightDecay >= 0 && h.WeightDecay <= 1), "is out of range [0, 1]")
		}},
	{Flag: "epochs", Key: "epochs", Sweep: "epochs", Usage: "most epochs to train, 1-1000", kind: "int",
		ptr: func(h *Hyper) any { return &h.Epochs }, check: func(h Hyper) string { return intRange(h.Epochs, 1, 1000) }},
	{Flag: "patience", Key: "patience", Sweep: "patience", Usage: "stop after this many epochs without a better validation loss (0: never)", kind: "int",
		ptr: func(h *Hyper) any { return &h.Patience }, check: func(h Hyper) string {
			return when(h.Patience < 0 || h.Patience > 1000, "is out of range 0-1000 (0 turns early stopping off)")
		}},
	{Flag: "context", Key: "context", Sweep: "context", Usage: "tokens per conversation (longer ones cannot train), 64-131072", kind: "int",
		ptr: func(h *Hyper) any { return &h.Context }, check: func(h Hyper) string { return intRange(h.Context, 64, 131072) }},
	{Flag: "threads", Key: "threads", Usage: "CPU threads for the trainer (0: its default)", kind: "int",
		ptr: func(h *Hyper) any { return &h.Threads }, check: func(h Hyper) string {
			return when(h.Threads < 0 || h.Threads > 1024, "is out of range 0-1024 (0 lets the trainer choose)")
		}},
	{Flag: "seed", Key: "seed", Usage: "seed of the train/validation split and the LoRA initialisation", kind: "int64",
		ptr: func(h *Hyper) any { return &h.Seed }, check: func(h Hyper) string { return when(h.Seed < 0, "must not be negative") }},
}

func when(bad bool, problem string) string {
	if bad {
		return problem
	}
	return ""
}

func intRange(v, lo, hi int) string {
	return when(v < lo || v > hi, fmt.Sprintf("is out of range %d-%d", lo, hi))
}

var knownModules = map[string]bool{
	"attn_q": true, "attn_k": true, "attn_v": true, "attn_o": true,
	"ffn_gate": true, "ffn_up": true, "ffn_down": true, "output": true,
}

func checkModules(s string) string {
	if s == "all" {
		return ""
	}
	for _, m := range strings.Split(s, ",") {
		if !knownModules[m] {
			return fmt.Sprintf("names %q, which is not one of attn_q, attn_k, attn_v, attn_o, ffn_gate, ffn_up, ffn_down, output (or all)", m)
		}
	}
	return ""
}

// Get returns the parameter's value in h as text.
func (p *Param) Get(h Hyper) string {
	switch v := p.ptr(&h).(type) {
	case *int:
		return strconv.Itoa(*v)
	case *int64:
		return strconv.FormatInt(*v, 10)
	case *float64:
		return strconv.FormatFloat(*v, 'g', -1, 64)
	case *string:
		return *v
	}
	return ""
}

// Set parses s into the parameter in h.
func (p *Param) Set(h *Hyper, s string) error {
	switch v := p.ptr(h).(type) {
	case *int:
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("%q is not a whole number", s)
		}
		*v = n
	case *int64:
		n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
		if err != nil {
			return fmt.Errorf("%q is not a whole number", s)
		}
		*v = n
	case *float64:
		f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return fmt.Errorf("%q is not a number", s)
		}
		*v = f
	case *string:
		*v = s
	}
	return nil
}

// Value binds the parameter of h as a flag value (it satisfies pflag.Value
// and flag.Value).
func (p *Param) Value(h *Hyper) *ParamValue { return &ParamValue{p: p, h: h} }

// ParamValue is a Param bound to a Hyper.
type ParamValue struct {
	p *Param
	h *Hyper
}

func (v *ParamValue) String() string {
	if v == nil || v.h == nil {
		return ""
	}
	return v.p.Get(*v.h)
}

// Set parses a flag's value.
func (v *ParamValue) Set(s string) error { return v.p.Set(v.h, s) }

// Type names the value's type as pflag does ("float64" shows as float in
// help), so checks over every float flag see these too.
func (v *ParamValue) Type() string { return v.p.kind }

// Source is where a hyperparameter's value came from, so an error can name
// what to fix.
type Source struct {
	kind string // "flag" (also for defaults), "file" or "sweep"
	file string
}

// label names the value v of p as the user wrote it.
func (s Source) label(p *Param, v string) string {
	switch s.kind {
	case "file":
		return fmt.Sprintf("%s %s in %s", p.Key, v, s.file)
	case "sweep":
		return fmt.Sprintf("--sweep %s=%s", p.Sweep, v)
	}
	return fmt.Sprintf("--%s %s", p.Flag, v)
}

// Settings are hyperparameter values and where each came from.
type Settings struct {
	Hyper Hyper
	from  map[string]Source // by Param.Key; missing means a flag or its default
}

// NewSettings returns the defaults.
func NewSettings() *Settings { return &Settings{Hyper: DefaultHyper()} }

func (s *Settings) setSource(p *Param, src Source) {
	if s.from == nil {
		s.from = map[string]Source{}
	}
	s.from[p.Key] = src
}

// Validate checks every value; the error names the flag, the --config key
// or the --sweep entry that set the bad value.
func (s Settings) Validate() error {
	for _, p := range Params {
		if problem := p.check(s.Hyper); problem != "" {
			return exitcode.Input(fmt.Errorf("%s %s", s.from[p.Key].label(p, quoteString(p, p.Get(s.Hyper))), problem), "")
		}
	}
	return nil
}

// Validate checks h's values, naming each as a flag.
func (h Hyper) Validate() error { return Settings{Hyper: h}.Validate() }

func quoteString(p *Param, v string) string {
	if p.kind == "string" {
		return strconv.Quote(v)
	}
	return v
}

// ApplyConfigFile reads a JSON file of hyperparameters (the table's keys)
// into s, except for the parameters whose flag the user set: flagSet reports
// that for a flag name. Unknown keys and values of the wrong type are
// errors naming the key and the file.
func (s *Settings) ApplyConfigFile(path string, flagSet func(flag string) bool) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return inputErrorf("--config: %w", err)
	}
	var raw map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&raw); err != nil {
		return inputErrorf("--config %s is not a JSON object: %w", path, err)
	}
	keys := make([]string, 0, len(raw))
	for k := range raw {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	src := Source{kind: "file", file: filepath.Base(path)}
	for _, k := range keys {
		p := paramByKey(k)
		if p == nil {
			return inputErrorf("--config %s: unknown key %q; the keys are %s", path, k, strings.Join(configKeys(), ", "))
		}
		text, err := jsonText(p, raw[k])
		if err == nil {
			h := s.Hyper
			if err = p.Set(&h, text); err == nil && !flagSet(p.Flag) {
				s.Hyper = h
				s.setSource(p, src)
			}
		}
		if err != nil {
			return inputErrorf("%s in %s: %w", k, path, err)
		}
	}
	return nil
}

// jsonText returns a config value as the text Set parses: numbers as
// written, strings unquoted; anything else is an error.
func jsonText(p *Param, raw json.RawMessage) (string, error) {
	t := strings.TrimSpace(string(raw))
	if p.kind == "string" {
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return "", fmt.Errorf("%s is not a string", t)
		}
		return s, nil
	}
	var n json.Number
	if err := json.Unmarshal(raw, &n); err != nil || strings.HasPrefix(t, `"`) {
		return "", fmt.Errorf("%s is not a number", t)
	}
	return n.String(), nil
}

func paramByKey(k string) *Param {
	for _, p := range Params {
		if p.Key == k {
			return p
		}
	}
	return nil
}

func paramBySweep(k string) *Param {
	for _, p := range Params {
		if p.Sweep != "" && p.Sweep == k {
			return p
		}
	}
	return nil
}

func configKeys() []string {
	var out []string
	for _, p := range Params {
		out = append(out, p.Key)
	}
	return out
}

// SweepKeys lists the keys --sweep accepts.
func SweepKeys() []string {
	var out []string
	for _, p := range Params {
		if p.Sweep != "" {
			out = append(out, p.Sweep)
		}
	}
	return out
}
