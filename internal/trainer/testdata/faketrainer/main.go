// Command faketrainer stands in for llama.cpp's llama-finetune-lora in tests.
// It parses the same flags, prints the same log lines (progress lines ended
// by '\r', the last of each phase by "\r\n"), writes checkpoints and a LoRA
// adapter GGUF that fits the base model it was given.
//
// Its behaviour is scripted by a JSON file named like the executable plus
// ".json" (the trainer runs with a minimal environment, so a variable
// would not reach it); FAKE_TRAINER_CONFIG names another file.
package main

import (
	"bufio"
	"encoding/binary"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ollama/ollama/fs/ggml"

	"github.com/domainyours/domainyours/internal/ollamatest"
)

type script struct {
	Mode       string    `json:"mode"`        // "", crash, hang, flood, wrongshape
	CrashAfter int       `json:"crash_after"` // crash/hang after this many epochs
	TrainLoss  []float64 `json:"train_loss"`  // per epoch; NaN as null is not JSON, so "diverge" uses DivergeAt
	ValLoss    []float64 `json:"val_loss"`
	DivergeAt  int       `json:"diverge_at"` // epoch whose losses are NaN
	StepMS     int       `json:"step_ms"`    // sleep per step
	EnvDump    string    `json:"env_dump"`   // write os.Environ() here
	ArgsDump   string    `json:"args_dump"`  // append argv as one JSON line here
	BytesPerTk int       `json:"bytes_per_token"`
	ChildPID   string    `json:"child_pid"`   // hang: start a helper process and write its PID here
	SkipEvery  int       `json:"skip_every"`  // report every Nth conversation as 10 tokens too long
	IgnoreTerm bool      `json:"ignore_term"` // ignore SIGTERM, as a trainer stuck in a device call would
	TermFile   string    `json:"term_file"`   // ignore_term: write the fake's PID here when a SIGTERM arrives
}

func main() {
	if strings.HasPrefix(filepath.Base(os.Args[0]), "llama-export-lora") {
		os.Exit(export())
	}
	if len(os.Args) == 2 && os.Args[1] == "--version" {
		fmt.Fprintln(os.Stderr, "version: 4242 (5eed0000)\nbuilt with a Go toolchain for testing")
		os.Exit(0)
	}
	if filepath.Base(os.Args[0]) == "llama-finetune" {
		os.Exit(finetune())
	}
	os.Exit(run())
}

// finetune stands in for upstream llama.cpp's llama-finetune: a plain-text
// file cut into -c token chunks, the same progress lines, no checkpoints,
// and the whole model written to -o (the base's bytes: the fake learns
// nothing).
func finetune() int {
	s := loadScript()
	if s.ArgsDump != "" {
		b, _ := json.Marshal(os.Args[1:])
		_ = os.WriteFile(s.ArgsDump, append(b, '\n'), 0o644)
	}
	fs := flag.NewFlagSet("llama-finetune", flag.ContinueOnError)
	model := fs.String("m", "", "")
	file := fs.String("f", "", "")
	ctx := fs.Int("c", 512, "")
	fs.Int("b", 512, "")
	fs.Int("ub", 512, "")
	fa := fs.String("fa", "auto", "")
	valSplit := fs.Float64("val-split", 0.05, "")
	epochs := fs.Int("epochs", 2, "")
	fs.Float64("lr", 1e-5, "")
	out := fs.String("o", "", "")
	fs.Int("t", 0, "")
	if err := fs.Parse(os.Args[1:]); err != nil || fs.NArg() > 0 || *model == "" || *file == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: llama-finetune -m MODEL -f TEXT -o OUT")
		return 1
	}
	if *fa != "off" {
		fmt.Fprintln(os.Stderr, "GGML_ASSERT: FLASH_ATTN_EXT backward not supported")
		return 134
	}
	text, err := os.ReadFile(*file)
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		return 1
	}
	if !strings.Contains(string(text), "<|im_start|>assistant\n") {
		fmt.Fprintln(os.Stderr, "error: the text holds no ChatML assistant turn")
		return 1
	}
	ndata := len(text) / s.BytesPerTk / *ctx
	if ndata == 0 {
		fmt.Fprintln(os.Stderr, "GGML_ASSERT(ndata > 0) failed")
		return 134
	}
	split := int(float64(ndata) * (1 - *valSplit))
	for e := 1; e <= *epochs; e++ {
		train, val := losses(s, e)
		for i := 1; i <= split; i++ {
			end := "\r"
			if i == split {
				end = "\r\n"
			}
			fmt.Fprintf(os.Stderr, "train: [%s] data=%07d/%07d loss=%.5f±0.01 acc=1.00±0.10%% t=00:00:01 ETA=00:00:00%s", bar(i, split), i, split, train, end)
		}
		for j := 1; j <= ndata-split; j++ {
			end := "\r"
			if j == ndata-split {
				end = "\r\n"
			}
			fmt.Fprintf(os.Stderr, "val:   [%s] data=%07d/%07d loss=%s±0.01 acc=1.00±0.10%% t=00:00:00 ETA=00:00:00%s", bar(j, ndata-split), j, ndata-split, fmtLoss(val), end)
		}
	}
	if err := saveFinetuned(*model, *out); err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		return 1
	}
	return 0
}

// saveFinetuned writes the "trained" model as llama-finetune saves one: the
// base's tensors (the fake learns nothing) and metadata with every
// hyperparameter of llama.cpp's loader added, pooling_type among them.
func saveFinetuned(base, out string) error {
	in, err := os.Open(base)
	if err != nil {
		return err
	}
	defer in.Close()
	g, err := ggml.Decode(in, -1)
	if err != nil {
		return err
	}
	kv := g.KV()
	for k, v := range ollamatest.FinetuneKeys(kv.Architecture()) {
		kv[k] = v
	}
	var ts []*ggml.Tensor
	for _, t := range g.Tensors().Items() {
		t.WriterTo = sectionWriterTo{io.NewSectionReader(in, int64(g.Tensors().Offset+t.Offset), int64(t.Size()))}
		ts = append(ts, t)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := ggml.WriteGGUF(f, kv, ts); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

type sectionWriterTo struct{ r *io.SectionReader }

func (s sectionWriterTo) WriteTo(w io.Writer) (int64, error) {
	if _, err := s.r.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	return io.Copy(w, s.r)
}

// export stands in for llama-export-lora: it checks that the adapter is for
// the base's architecture and writes the base's bytes as the "merged" model
// (the fake adapter's deltas are not worth applying in tests).
func export() int {
	fs := flag.NewFlagSet("llama-export-lora", flag.ContinueOnError)
	model := fs.String("m", "", "")
	lora := fs.String("lora", "", "")
	out := fs.String("o", "", "")
	fs.Int("t", 0, "")
	if err := fs.Parse(os.Args[1:]); err != nil || *model == "" || *lora == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "usage: llama-export-lora -m BASE --lora ADAPTER -o OUT")
		return 1
	}
	base, err := readBase(*model)
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		return 1
	}
	adapter, err := readBase(*lora)
	if err != nil || adapter.arch != base.arch {
		fmt.Fprintf(os.Stderr, "error: adapter %s does not match the base: %v\n", *lora, err)
		return 1
	}
	b, err := os.ReadFile(*model)
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "merged %d tensors into %s\n", len(adapter.tensors)/2, *out)
	return 0
}

// startHelper starts a process in the fake's group that sleeps for minutes.
// With ignoreTerm it ignores SIGTERM like its parent (an ignored signal stays
// ignored across exec, but the parent catches SIGTERM to report it, which
// exec resets), and the PID is returned only once its trap is in place.
func startHelper(ignoreTerm bool) (int, error) {
	if !ignoreTerm {
		child := exec.Command("sleep", "300")
		if err := child.Start(); err != nil {
			return 0, err
		}
		return child.Process.Pid, nil
	}
	child := exec.Command("sh", "-c", "trap '' TERM; echo ready; exec sleep 300")
	out, err := child.StdoutPipe()
	if err != nil {
		return 0, err
	}
	if err := child.Start(); err != nil {
		return 0, err
	}
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "ready\n" {
		return 0, fmt.Errorf("helper said %q: %v", line, err)
	}
	return child.Process.Pid, nil
}

func loadScript() script {
	var s script
	path := os.Getenv("FAKE_TRAINER_CONFIG")
	if path == "" {
		exe, err := os.Executable()
		if err == nil {
			path = exe + ".json"
		}
	}
	if b, err := os.ReadFile(path); err == nil {
		if err := json.Unmarshal(b, &s); err != nil {
			fmt.Fprintf(os.Stderr, "faketrainer: bad script %s: %v\n", path, err)
			os.Exit(3)
		}
	}
	if s.BytesPerTk == 0 {
		s.BytesPerTk = 4
	}
	return s
}

func run() int {
	s := loadScript()
	if s.IgnoreTerm {
		signal.Ignore(syscall.SIGTERM)
		if s.TermFile != "" {
			// Caught instead, to tell the test the stop request arrived.
			terms := make(chan os.Signal, 1)
			signal.Notify(terms, syscall.SIGTERM)
			go func() {
				for range terms {
					_ = os.WriteFile(s.TermFile, []byte(strconv.Itoa(os.Getpid())), 0o644)
				}
			}()
		}
	}
	if s.EnvDump != "" {
		_ = os.WriteFile(s.EnvDump, []byte(strings.Join(os.Environ(), "\n")), 0o644)
	}
	if s.ArgsDump != "" {
		b, _ := json.Marshal(os.Args[1:])
		f, err := os.OpenFile(s.ArgsDump, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err == nil {
			f.Write(append(b, '\n'))
			f.Close()
		}
	}
	fs := flag.NewFlagSet("llama-finetune-lora", flag.ContinueOnError)
	model := fs.String("m", "", "")
	file := fs.String("f", "", "")
	fs.Bool("assistant-loss-only", false, "")
	ctx := fs.Int("c", 512, "")
	batch := fs.Int("b", 512, "")
	ubatch := fs.Int("ub", 512, "")
	fa := fs.String("fa", "auto", "")
	epochs := fs.Int("num-epochs", 1, "")
	lr := fs.Float64("learning-rate", 1e-5, "")
	fs.String("lr-scheduler", "constant", "")
	fs.Float64("lr-min", 0, "")
	fs.Float64("warmup-ratio", 0, "")
	fs.Int("warmup-steps", 0, "")
	fs.Float64("weight-decay", 0, "")
	rank := fs.Int("lora-rank", 8, "")
	alpha := fs.Float64("lora-alpha", 16, "")
	modules := fs.String("lora-modules", "attn_q,attn_k,attn_v,attn_o", "")
	seed := fs.Int("lora-seed", 42, "")
	ckptSteps := fs.Int("checkpoint-save-steps", 100, "")
	ckptDir := fs.String("checkpoint-save-dir", "./checkpoints", "")
	resume := fs.String("resume-from", "", "")
	fs.Bool("auto-resume", false, "")
	fs.String("lora", "", "")
	out := fs.String("output-adapter", "", "")
	fs.Int("t", 0, "")
	fs.Int("ngl", 0, "")
	tmpl := fs.String("chat-template", "", "")
	fs.Bool("nr", false, "")
	if err := fs.Parse(os.Args[1:]); err != nil {
		return 1
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "error: unexpected argument %q\n", fs.Arg(0))
		return 1
	}
	if *model == "" || *file == "" || *out == "" {
		fmt.Fprintln(os.Stderr, "error: -m, -f and --output-adapter are required")
		return 1
	}
	if *ctx != *batch || *ctx != *ubatch {
		fmt.Fprintln(os.Stderr, "error: -c, -b and -ub must be equal")
		return 1
	}
	if *fa != "off" {
		fmt.Fprintln(os.Stderr, "GGML_ASSERT: FLASH_ATTN_EXT backward not supported")
		return 134
	}
	if *tmpl != "" {
		if _, err := os.Stat(*tmpl); err != nil {
			fmt.Fprintf(os.Stderr, "error: chat template: %v\n", err)
			return 1
		}
	}
	base, err := readBase(*model)
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: failed to load model %s: %v\n", *model, err)
		return 1
	}
	fmt.Fprintf(os.Stderr, "llama_model_loader: loaded meta data from %s\n", *model)

	convs, err := readConversations(*file)
	if err != nil {
		fmt.Fprintf(os.Stderr, "error: %v\n", err)
		return 1
	}
	ndata := 0
	for i, c := range convs {
		tokens := (c + s.BytesPerTk - 1) / s.BytesPerTk
		if s.SkipEvery > 0 && i%s.SkipEvery == 0 {
			tokens = *ctx + 10
		}
		if tokens > *ctx {
			fmt.Fprintf(os.Stderr, "Skipping conversation %d: too long (%d tokens > %d)\n", i, tokens, *ctx)
			continue
		}
		ndata++
	}
	if ndata == 0 {
		fmt.Fprintln(os.Stderr, "ggml/src/ggml-opt.cpp:95: GGML_ASSERT(ndata > 0) failed")
		return 134
	}
	split := int(float32(ndata) * float32(0.95))
	nval := ndata - split
	fmt.Fprintf(os.Stderr, "Training split: datapoints=%d, batches_per_epoch=%d\n", ndata, split)

	startEpoch, step := 0, 0
	if *resume != "" {
		startEpoch, step, err = readMetadata(filepath.Join(*resume, "metadata.txt"))
		if err != nil {
			fmt.Fprintf(os.Stderr, "error: resume: %v\n", err)
			return 1
		}
		fmt.Fprintf(os.Stderr, "Resuming from checkpoint %s (epoch %d, step %d)\n", *resume, startEpoch, step)
	}

	if s.Mode == "flood" {
		junk := strings.Repeat("x", 1<<20)
		for range 8 {
			fmt.Fprint(os.Stderr, junk)
		}
		for i := range 20000 {
			fmt.Fprintf(os.Stderr, "debug line %d\n", i)
		}
	}

	for e := startEpoch + 1; e <= *epochs; e++ {
		trainLoss, valLoss := losses(s, e)
		fmt.Fprintf(os.Stderr, "Starting epoch %d (step %d, lr=%g)\n", e, step, *lr)
		for i := 1; i <= split; i++ {
			if s.StepMS > 0 {
				time.Sleep(time.Duration(s.StepMS) * time.Millisecond)
			}
			step++
			// The running mean approaches the epoch's loss.
			l := trainLoss + 0.5*float64(split-i)/float64(split)
			end := "\r"
			if i == split {
				end = "\r\n"
				l = trainLoss
			}
			fmt.Fprintf(os.Stderr, "train: [%s] data=%07d/%07d loss=%.5f±0.07627 acc=5.70±0.37%% t=00:00:01 ETA=00:00:00%s", bar(i, split), i, split, l, end)
			if step%*ckptSteps == 0 {
				dir := filepath.Join(*ckptDir, fmt.Sprintf("checkpoint_step_%08d", step))
				if err := writeCheckpoint(dir, base, *modules, *rank, *alpha, *seed, e, step, s.Mode == "wrongshape"); err != nil {
					fmt.Fprintf(os.Stderr, "error: checkpoint: %v\n", err)
					return 1
				}
				fmt.Fprintf(os.Stderr, "Checkpoint saved successfully to %s\n", dir)
			}
		}
		for j := 1; j <= nval; j++ {
			end := "\r"
			if j == nval {
				end = "\r\n"
			}
			fmt.Fprintf(os.Stderr, "val:   [%s] data=%07d/%07d loss=%s±0.01877 acc=6.10±0.40%% t=00:00:00 ETA=00:00:00%s", bar(j, nval), j, nval, fmtLoss(valLoss), end)
		}
		if (s.Mode == "crash" || s.Mode == "hang") && e == s.CrashAfter {
			if s.Mode == "hang" {
				if s.ChildPID != "" {
					// A helper in the trainer's process group, as a real
					// trainer's worker would be: it must not outlive a stop.
					if pid, err := startHelper(s.IgnoreTerm); err == nil {
						_ = os.WriteFile(s.ChildPID, []byte(strconv.Itoa(pid)), 0o644)
					}
				}
				fmt.Fprintln(os.Stderr, "waiting for a device that never answers")
				for {
					time.Sleep(time.Hour)
				}
			}
			fmt.Fprintln(os.Stderr, "error: simulated crash: out of memory")
			return 1
		}
	}
	if err := writeAdapter(*out, base, *modules, *rank, *alpha, *seed, *epochs, s.Mode == "wrongshape"); err != nil {
		fmt.Fprintf(os.Stderr, "error: save adapter: %v\n", err)
		return 1
	}
	fi, _ := os.Stat(*out)
	fmt.Fprintf(os.Stderr, "LoRA adapter saved: %s (%.2f MB)\n", *out, float64(fi.Size())/1e6)
	return 0
}

func fmtLoss(f float64) string {
	if math.IsNaN(f) {
		return "nan"
	}
	return strconv.FormatFloat(f, 'f', 5, 64)
}

func bar(i, n int) string {
	w := 20 * i / max(n, 1)
	return strings.Repeat("=", w) + strings.Repeat(" ", 20-w)
}

// losses are the epoch's scripted losses, or a default curve whose
// validation minimum is at epoch 3.
func losses(s script, e int) (train, val float64) {
	train = 3.0 / float64(e)
	val = 2.0 + 0.1*float64((e-3)*(e-3))
	if e-1 < len(s.TrainLoss) {
		train = s.TrainLoss[e-1]
	}
	if e-1 < len(s.ValLoss) {
		val = s.ValLoss[e-1]
	}
	if s.DivergeAt > 0 && e >= s.DivergeAt {
		train, val = math.NaN(), math.NaN()
	}
	return train, val
}

// readConversations returns the byte length of each conversation's text,
// standing in for its token count.
func readConversations(path string) ([]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var c struct {
			Messages []struct{ Role, Content string } `json:"messages"`
		}
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			return nil, fmt.Errorf("line %d of %s: %v", len(out)+1, path, err)
		}
		if len(c.Messages) == 0 || c.Messages[len(c.Messages)-1].Role != "assistant" {
			return nil, fmt.Errorf("line %d of %s: no assistant turn", len(out)+1, path)
		}
		n := 0
		for _, m := range c.Messages {
			n += len(m.Content) + 16
		}
		out = append(out, n)
	}
	return out, sc.Err()
}

type baseModel struct {
	arch    string
	tensors map[string][]uint64
}

func readBase(path string) (*baseModel, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	g, err := ggml.Decode(f, 0)
	if err != nil {
		return nil, err
	}
	b := &baseModel{arch: g.KV().Architecture(), tensors: map[string][]uint64{}}
	for _, t := range g.Tensors().Items() {
		b.tensors[t.Name] = t.Shape
	}
	return b, nil
}

var moduleTensor = map[string]string{
	"attn_q": "attn_q.weight", "attn_k": "attn_k.weight", "attn_v": "attn_v.weight", "attn_o": "attn_output.weight",
	"ffn_gate": "ffn_gate.weight", "ffn_up": "ffn_up.weight", "ffn_down": "ffn_down.weight",
}

func writeCheckpoint(dir string, base *baseModel, modules string, rank int, alpha float64, seed, epoch, step int, wrong bool) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := writeAdapter(filepath.Join(dir, "model.gguf"), base, modules, rank, alpha, seed, epoch, wrong); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "optimizer.gguf"), []byte("fake optimizer state\n"), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "metadata.txt"), fmt.Appendf(nil, "epoch=%d\nstep=%d\n", epoch, step), 0o644)
}

func readMetadata(path string) (epoch, step int, err error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		k, v, _ := strings.Cut(line, "=")
		switch k {
		case "epoch":
			epoch, err = strconv.Atoi(v)
		case "step":
			step, err = strconv.Atoi(v)
		}
		if err != nil {
			return 0, 0, err
		}
	}
	return epoch, step, nil
}

// writeAdapter writes a LoRA adapter GGUF as llama-finetune-lora does:
// F32 lora_a [in, rank] and lora_b [rank, out] per targeted base weight.
// The values depend only on seed and epoch. wrong makes lora_a one column
// too wide, an adapter llama.cpp would refuse.
func writeAdapter(path string, base *baseModel, modules string, rank int, alpha float64, seed, epoch int, wrong bool) error {
	want := map[string]bool{}
	for _, m := range strings.Split(modules, ",") {
		if m == "all" {
			for _, sfx := range moduleTensor {
				want[sfx] = true
			}
			want["output.weight"] = true
			continue
		}
		if m == "output" {
			want["output.weight"] = true
			continue
		}
		want[moduleTensor[m]] = true
	}
	var targets []string
	for name := range base.tensors {
		short := name
		if i := strings.Index(name, "."); strings.HasPrefix(name, "blk.") && i >= 0 {
			rest := name[i+1:]
			short = rest[strings.Index(rest, ".")+1:]
		}
		if want[short] {
			targets = append(targets, name)
		}
	}
	sortStrings(targets)
	rng := rand.New(rand.NewPCG(uint64(seed), uint64(epoch)))
	var ts []*ggml.Tensor
	for _, name := range targets {
		shape := base.tensors[name]
		in, out := shape[0], shape[1]
		if wrong {
			in++
		}
		ts = append(ts,
			f32(name+".lora_a", []uint64{in, uint64(rank)}, rng),
			f32(name+".lora_b", []uint64{uint64(rank), out}, rng))
	}
	kv := ggml.KV{
		"general.architecture": base.arch,
		"general.type":         "adapter",
		"general.alignment":    uint32(32),
		"adapter.type":         "lora",
		"adapter.lora.alpha":   float32(alpha),
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := ggml.WriteGGUF(f, kv, ts); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func f32(name string, shape []uint64, rng *rand.Rand) *ggml.Tensor {
	n := shape[0] * shape[1]
	buf := make([]byte, 4*n)
	for i := range n {
		binary.LittleEndian.PutUint32(buf[4*i:], math.Float32bits(float32(rng.NormFloat64()*0.001)))
	}
	return &ggml.Tensor{Name: name, Kind: uint32(ggml.TensorTypeF32), Shape: shape, WriterTo: bytesWriter(buf)}
}

type bytesWriter []byte

func (b bytesWriter) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(b)
	return int64(n), err
}
