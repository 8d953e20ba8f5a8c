package trainer

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"image/color"
	"math"
	"strconv"
	"strings"
	"time"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"

	"github.com/domainyours/domainyours/internal/atomicfile"
)

// Hyper are the training hyperparameters; their JSON form is also the
// --config file format.
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

var knownModules = map[string]bool{
	"attn_q": true, "attn_k": true, "attn_v": true, "attn_o": true,
	"ffn_gate": true, "ffn_up": true, "ffn_down": true, "output": true,
}

// Validate checks every value and names the flag to fix.
func (h Hyper) Validate() error {
	switch {
	case h.Rank < 1 || h.Rank > 512:
		return fmt.Errorf("--rank %d is out of range 1-512", h.Rank)
	case h.Alpha <= 0 || h.Alpha > 4096:
		return fmt.Errorf("--alpha %g is out of range (0, 4096]", h.Alpha)
	case !(h.LearningRate > 0 && h.LearningRate <= 1):
		return fmt.Errorf("--learning-rate %g is out of range (0, 1]", h.LearningRate)
	case h.Scheduler != "constant" && h.Scheduler != "cosine" && h.Scheduler != "linear":
		return fmt.Errorf("--lr-scheduler %q is not constant, cosine or linear", h.Scheduler)
	case h.LRMin < 0 || h.LRMin > h.LearningRate:
		return fmt.Errorf("--lr-min %g must be between 0 and --learning-rate %g", h.LRMin, h.LearningRate)
	case h.WarmupRatio < 0 || h.WarmupRatio >= 1:
		return fmt.Errorf("--warmup-ratio %g is out of range [0, 1)", h.WarmupRatio)
	case h.WeightDecay < 0 || h.WeightDecay > 1:
		return fmt.Errorf("--weight-decay %g is out of range [0, 1]", h.WeightDecay)
	case h.Epochs < 1 || h.Epochs > 1000:
		return fmt.Errorf("--epochs %d is out of range 1-1000", h.Epochs)
	case h.Patience < 0 || h.Patience > 1000:
		return fmt.Errorf("--patience %d is out of range 0-1000 (0 turns early stopping off)", h.Patience)
	case h.Context < 64 || h.Context > 131072:
		return fmt.Errorf("--context %d is out of range 64-131072", h.Context)
	case h.Threads < 0 || h.Threads > 1024:
		return fmt.Errorf("--threads %d is out of range 0-1024 (0 lets the trainer choose)", h.Threads)
	case h.Seed < 0:
		return fmt.Errorf("--seed %d must not be negative", h.Seed)
	}
	if h.Modules != "all" {
		for _, m := range strings.Split(h.Modules, ",") {
			if !knownModules[m] {
				return fmt.Errorf("--modules: %q is not one of attn_q, attn_k, attn_v, attn_o, ffn_gate, ffn_up, ffn_down, output (or all)", m)
			}
		}
	}
	return nil
}

// Manifest records how a model version was made.
type Manifest struct {
	Method         string         `json:"method"` // lora or full
	Version        string         `json:"version"`
	Name           string         `json:"name"`            // folder and Ollama tag: the version, or a sweep run's name
	Sweep          []SweepRun     `json:"sweep,omitempty"` // every configuration of a --sweep, for its winner
	Model          string         `json:"model,omitempty"` // the Ollama model, when registered
	Dataset        string         `json:"dataset"`
	DatasetSHA256  string         `json:"dataset_sha256"`
	Rows           int            `json:"rows"`
	SkippedInvalid int            `json:"skipped_invalid"`
	TrainRows      int            `json:"train_rows"`
	ValRows        int            `json:"val_rows"`
	PromptVersion  string         `json:"prompt_version"`
	PromptHash     string         `json:"prompt_hash"`
	Base           BaseRecord     `json:"base"`
	Trainer        TrainerRecord  `json:"trainer"`
	Hyper          Hyper          `json:"hyperparameters"`
	ChatTemplate   string         `json:"chat_template"` // chatml or gemma: what the trainer and Ollama use
	BestEpoch      int            `json:"best_epoch"`
	BestValLoss    float64        `json:"best_val_loss"`
	StoppedEarly   bool           `json:"stopped_early"`
	Epochs         []EpochMetrics `json:"epochs"`
	Resumed        bool           `json:"resumed"`
	WallSeconds    float64        `json:"wall_seconds"`
	GitRevision    string         `json:"git_revision,omitempty"`
	Created        time.Time      `json:"created"`
	Registered     bool           `json:"registered"`
	SmokeTest      string         `json:"smoke_test,omitempty"`
}

// BaseRecord names the base model.
type BaseRecord struct {
	Name         string `json:"name,omitempty"` // Ollama model, with --base
	Path         string `json:"path"`
	SHA256       string `json:"sha256"`
	Architecture string `json:"architecture"`
	FileType     string `json:"file_type,omitempty"`
}

// TrainerRecord names the trainer executable.
type TrainerRecord struct {
	Path    string   `json:"path"`
	Version string   `json:"version,omitempty"`
	Args    []string `json:"args"`
}

// WriteJSON writes v as indented JSON, atomically.
func WriteJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(b, '\n'), 0o644)
}

// MetricsCSV renders epoch,train_loss,val_loss rows.
func MetricsCSV(epochs []EpochMetrics) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	_ = w.Write([]string{"epoch", "step", "train_loss", "val_loss"})
	for _, e := range epochs {
		_ = w.Write([]string{strconv.Itoa(e.Epoch), strconv.Itoa(e.Step), fmtLoss(e.TrainLoss), fmtLoss(e.ValLoss)})
	}
	w.Flush()
	return b.Bytes()
}

func fmtLoss(f float64) string { return strconv.FormatFloat(f, 'f', 5, 64) }

// LossPNG draws train and validation loss per epoch and marks the best epoch.
func LossPNG(epochs []EpochMetrics, best int, title string) ([]byte, error) {
	p := plot.New()
	p.Title.Text = title
	p.X.Label.Text = "epoch"
	p.Y.Label.Text = "loss"
	p.Add(plotter.NewGrid())
	var tr, va plotter.XYs
	for _, e := range epochs {
		// The plotter refuses NaN and Inf; a diverged epoch is left out
		// of the picture (metrics.csv still has it).
		if finite(e.TrainLoss) {
			tr = append(tr, plotter.XY{X: float64(e.Epoch), Y: e.TrainLoss})
		}
		if finite(e.ValLoss) {
			va = append(va, plotter.XY{X: float64(e.Epoch), Y: e.ValLoss})
		}
	}
	add := func(xys plotter.XYs, name string, c color.Color) error {
		if len(xys) == 0 {
			return nil
		}
		l, s, err := plotter.NewLinePoints(xys)
		if err != nil {
			return err
		}
		l.Color, s.Color = c, c
		p.Add(l, s)
		p.Legend.Add(name, l, s)
		return nil
	}
	if err := add(tr, "train", color.RGBA{R: 31, G: 119, B: 180, A: 255}); err != nil {
		return nil, err
	}
	if err := add(va, "validation", color.RGBA{R: 255, G: 127, B: 14, A: 255}); err != nil {
		return nil, err
	}
	for _, e := range epochs {
		if e.Epoch == best && finite(e.ValLoss) {
			s, err := plotter.NewScatter(plotter.XYs{{X: float64(e.Epoch), Y: e.ValLoss}})
			if err != nil {
				return nil, err
			}
			s.Color = color.RGBA{R: 214, G: 39, B: 40, A: 255}
			s.Radius = vg.Points(5)
			p.Add(s)
			p.Legend.Add(fmt.Sprintf("best (epoch %d)", best), s)
		}
	}
	p.Legend.Top = true
	wt, err := p.WriterTo(6*vg.Inch, 4*vg.Inch, "png")
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if _, err := wt.WriteTo(&b); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// Ollama prompt templates (Go text/template) matching what the trainer
// rendered, so the model sees at inference exactly the format it learned.
const (
	ChatMLTemplate = `{{- range .Messages }}<|im_start|>{{ .Role }}
{{ .Content }}<|im_end|>
{{ end }}<|im_start|>assistant
`
	// ChatMLJinja is given to the trainer with --chat-template for bases
	// whose own template is neither ChatML nor Gemma.
	ChatMLJinja = `{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}{% endfor %}{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}`
)

// Modelfile renders the Modelfile equivalent of the registration, for
// people who want to recreate the model by hand with `ollama create`.
func Modelfile(from, adapter, template, system string, params map[string]any) string {
	var b strings.Builder
	fmt.Fprintf(&b, "FROM %s\n", from)
	if adapter != "" {
		fmt.Fprintf(&b, "ADAPTER %s\n", adapter)
	}
	if template != "" {
		fmt.Fprintf(&b, "TEMPLATE \"\"\"%s\"\"\"\n", template)
	}
	fmt.Fprintf(&b, "SYSTEM \"\"\"%s\"\"\"\n", system)
	for _, k := range sortedKeys(params) {
		switch v := params[k].(type) {
		case []string:
			for _, s := range v {
				fmt.Fprintf(&b, "PARAMETER %s %q\n", k, s)
			}
		default:
			fmt.Fprintf(&b, "PARAMETER %s %v\n", k, v)
		}
	}
	return b.String()
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}
