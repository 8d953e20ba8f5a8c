package datagen

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/domainyours/domainyours/internal/atomicfile"
	"github.com/domainyours/domainyours/internal/dataset"
	"github.com/domainyours/domainyours/internal/edgecases"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/filehash"
	"github.com/domainyours/domainyours/internal/journal"
	"github.com/domainyours/domainyours/internal/llm"
	"github.com/domainyours/domainyours/internal/llmcache"
	"github.com/domainyours/domainyours/internal/workspace"
)

// Kind is what a run writes.
type Kind string

// Kinds of run.
const (
	KindDataset   Kind = "dataset"   // data/dataset_vN.csv from the topic plan
	KindAugmented Kind = "augmented" // data/dataset_vN.csv = --from rows + rows aimed at eval failures
	KindTestSet   Kind = "test_set"  // data/test_set.csv
)

// Spec is a run as the user asked for it.
type Spec struct {
	Kind         Kind
	Version      string // output version (datasets)
	From         string // base version (augmented)
	AugmentFrom  string // eval results or edge-case file (augmented)
	Layout       workspace.Layout
	Rows         int
	RefusalRatio float64
	Omit         []string
	Seed         int64
	Force        bool

	Backend     string // ollama or openai
	Endpoint    string // endpoint id without secrets, for journal keys and meta
	Model       string
	Temperature float64
	BatchSize   int
	Concurrency int
	Reasks      int
	MaxCostUSD  float64
	MaxTokens   int64
	// Command is the command line that reproduces the run, for the meta file.
	Command string
}

// inputErr is a problem with the user's input found before any call
// (exit 2).
func inputErr(hint, format string, args ...any) error { return exitcode.Usagef(hint, format, args...) }

// Prepared is a validated run: inputs read, guards passed, slots laid out.
type Prepared struct {
	Spec      Spec
	Plan      Plan
	Slots     []Slot
	Base      []dataset.Row // augmented: the --from rows, kept first
	BaseSHA   string
	Protected []dataset.Row // rows the output must not resemble
	// ProtectedReason is how a removed row is counted.
	ProtectedReason string
	TestRows        []dataset.Row // for the leak check of training data
	TestSHA         string
	Patterns        []Pattern
	EdgeCases       string // path read for augmentation
	EdgeSHA         string
	Output          string
	MetaPath        string
}

// Prepare validates the spec against the files on disk and lays out the
// rows; it makes no LLM call, so every refusal comes before any spend.
func Prepare(s Spec) (*Prepared, error) {
	if err := s.Layout.CheckData(); err != nil {
		return nil, err
	}
	plan, err := LoadPlan()
	if err != nil {
		return nil, err
	}
	p := &Prepared{Spec: s, Plan: plan}
	if s.Rows < 1 || s.Rows > MaxRows {
		return nil, inputErr(fmt.Sprintf("use --rows between 1 and %d", MaxRows), "--rows %d is out of range", s.Rows)
	}
	if err := p.Plan.CheckOmit(s.Omit); err != nil {
		return nil, exitcode.Input(err, "fix --omit-topics")
	}
	testPath := s.Layout.TestSet()
	switch s.Kind {
	case KindTestSet:
		p.Output = testPath
		p.MetaPath = workspace.Meta(testPath)
		if err := guardTestSet(s.Layout, s.Force); err != nil {
			return nil, err
		}
		train, err := trainingRows(s.Layout)
		if err != nil {
			return nil, err
		}
		p.Protected, p.ProtectedReason = train, RemovedTrainOverlap
		p.Slots = p.Plan.TestSlots(s.Rows, s.Omit, s.Seed)
	case KindDataset, KindAugmented:
		v, err := workspace.ParseVersion(s.Version)
		if err != nil {
			return nil, exitcode.Input(err, "use --version v1, v2, ...")
		}
		out := s.Layout.Dataset(v)
		p.Output = out
		p.MetaPath = workspace.Meta(out)
		if _, err := os.Stat(out); err == nil && !s.Force && !unfinished(p.MetaPath) {
			return nil, inputErr("choose another --version, or pass --force to replace it", "%s already exists", out)
		}
		if test, sum, err := readTestSet(testPath); err != nil {
			return nil, err
		} else {
			p.TestRows, p.TestSHA = test, sum
			p.Protected, p.ProtectedReason = test, RemovedTestOverlap
		}
		if s.Kind == KindDataset {
			p.Slots = p.Plan.BaseSlots(s.Rows, s.RefusalRatio, s.Omit, s.Seed)
			break
		}
		if err := p.prepareAugment(); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("datagen: unknown kind %q", s.Kind)
	}
	return p, nil
}

func (p *Prepared) prepareAugment() error {
	s := p.Spec
	fromVersion, err := workspace.ParseVersion(s.From)
	if err != nil {
		return exitcode.Input(err, "use --from v1, v2, ...")
	}
	from := s.Layout.Dataset(fromVersion)
	if from == p.Output {
		return inputErr("write the augmented set to a new version, e.g. --version v2 --from v1", "--from %s and --version %s are the same file", s.From, s.Version)
	}
	rows, rejects, _, err := dataset.ReadFile(from, dataset.Options{Training: true})
	if errors.Is(err, os.ErrNotExist) {
		return inputErr("generate it first: domainyours generate-data --version "+s.From, "%s does not exist", from)
	}
	if err != nil {
		return exitcode.Input(err, "fix the file or pick another --from")
	}
	if len(rejects) > 0 {
		return inputErr("fix or remove the rejected rows first", "%s has %d invalid rows (first: %v)", from, len(rejects), rejects[0])
	}
	p.Base = rows
	if p.BaseSHA, err = filehash.SHA256(from); err != nil {
		return err
	}
	p.EdgeCases = workspace.EdgeCasesOf(s.AugmentFrom)
	f, err := edgecases.Read(p.EdgeCases)
	if errors.Is(err, os.ErrNotExist) {
		return inputErr("run domainyours eval --version "+s.From+" first; it writes data/model_"+s.From+"-edge_cases.json",
			"%s does not exist (read for --augment-from %s)", p.EdgeCases, s.AugmentFrom)
	}
	if err != nil {
		hint := "re-run domainyours eval --version " + s.From + " to rewrite it"
		if errors.Is(err, edgecases.ErrNotEdgeCases) || errors.Is(err, syscall.EISDIR) {
			hint = "give what domainyours eval --version " + s.From + " wrote: data/model_" + s.From + "-results.csv or data/model_" + s.From + "-edge_cases.json"
		}
		return exitcode.Input(fmt.Errorf("--augment-from %s: %w", s.AugmentFrom, err), hint)
	}
	if p.EdgeSHA, err = filehash.SHA256(p.EdgeCases); err != nil {
		return err
	}
	p.Patterns = Patterns(f)
	if len(p.Patterns) == 0 {
		return inputErr("nothing to augment: the eval found no failures; train on --from as it is",
			"%s lists no low-scoring rows, missed refusals or false refusals", p.EdgeCases)
	}
	p.Slots = AugmentSlots(s.Rows, p.Patterns, s.Seed)
	return nil
}

// unfinished reports whether the meta file says its dataset was cut short by
// a spending cap: such a file is this command's own partial output, and the
// re-run that completes it may replace it without --force.
func unfinished(metaPath string) bool {
	b, err := os.ReadFile(metaPath)
	if err != nil {
		return false
	}
	var m struct {
		Complete *bool `json:"complete"`
	}
	return json.Unmarshal(b, &m) == nil && m.Complete != nil && !*m.Complete
}

func guardTestSet(l workspace.Layout, force bool) error {
	path := l.TestSet()
	sum, err := filehash.SHA256(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	used, err := usedBy(l, sum)
	if err != nil {
		return err
	}
	if len(used) > 0 && !force {
		return inputErr("the test set is the ruler: results measured with it stop being comparable if it changes; pass --force to replace it anyway",
			"%s was used by eval (%s)", path, strings.Join(used, ", "))
	}
	return nil
}

func readTestSet(path string) ([]dataset.Row, string, error) {
	rows, _, _, err := dataset.ReadFile(path, dataset.Options{})
	if errors.Is(err, os.ErrNotExist) {
		return nil, "", nil
	}
	if err != nil {
		return nil, "", err
	}
	sum, err := filehash.SHA256(path)
	return rows, sum, err
}

// trainingRows reads every dataset_vN.csv in dataDir: a new test set must
// not resemble any of them.
func trainingRows(l workspace.Layout) ([]dataset.Row, error) {
	versions, err := l.Datasets()
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	var all []dataset.Row
	for _, v := range versions {
		rows, _, _, err := dataset.ReadFile(l.Dataset(v), dataset.Options{})
		if err != nil {
			return nil, err
		}
		all = append(all, rows...)
	}
	return all, nil
}

// RunID identifies everything that decides the requests and the output, so
// a re-run with the same inputs resumes the same journal and any change
// starts a fresh one. Concurrency and spending caps are not part of it.
func (p *Prepared) RunID() string {
	s := p.Spec
	h := sha256.New()
	fmt.Fprintf(h, "%s|%s|%s|%d|%g|%s|%d|%s|%s|%s|%g|%d|%d|%s|%s|%s|%s|%s",
		s.Kind, s.Version, s.From, s.Rows, s.RefusalRatio, strings.Join(s.Omit, ","), s.Seed,
		s.Backend, s.Endpoint, s.Model, s.Temperature, s.BatchSize, s.Reasks,
		PromptHash(), p.Plan.Hash(), p.BaseSHA, p.EdgeSHA, p.TestSHA)
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// JournalPath is the run journal under the cache folder.
func (p *Prepared) JournalPath() string {
	name := string(p.Spec.Kind)
	if p.Spec.Version != "" && p.Spec.Kind != KindTestSet {
		name += "-" + p.Spec.Version
	}
	return p.Spec.Layout.GenerateDataJournal(name, p.RunID())
}

// Deps are the run's collaborators.
type Deps struct {
	Client   llmcache.Completer
	Cache    *llmcache.Cache
	Cost     func(llm.Usage) (float64, bool)
	Progress func(Progress)
}

// ErrNoRows is returned when a run accepted no row at all: nothing is written.
var ErrNoRows = errors.New("no generated row passed validation")

// ErrCapped is returned when a spending cap stopped the run before any row
// was added: nothing is written.
var ErrCapped = errors.New("the spending cap was reached before any row was added")

// Generate runs the prepared plan, resuming from its journal, and writes the
// output and meta files atomically. It returns the meta even on failure, so
// the caller can show what was done; files are written only when the run
// finished or stopped at a spending cap and kept at least one row.
func (p *Prepared) Generate(ctx context.Context, d Deps) (Meta, error) {
	jpath := p.JournalPath()
	if err := os.MkdirAll(filepath.Dir(jpath), 0o755); err != nil {
		return Meta{}, fmt.Errorf("creating the run journal folder: %w (set DOMAINYOURS_CACHE_DIR to a writable folder)", err)
	}
	// The output folder is made before any call is paid for: a missing
	// DOMAINYOURS_DATA_DIR used to fail only at the final write.
	if err := os.MkdirAll(filepath.Dir(p.Output), 0o755); err != nil {
		return Meta{}, exitcode.Input(fmt.Errorf("creating the data folder: %w", err), "set DOMAINYOURS_DATA_DIR to a writable folder")
	}
	j, err := journal.Open(jpath)
	if err != nil {
		return Meta{}, err
	}
	defer j.Close()
	var avoid []string
	if p.Spec.Kind != KindTestSet {
		avoid = p.Spec.Omit
	}
	omitted := p.Plan.omittedKeywords(p.Spec.Omit)
	out, runErr := Run(ctx, Config{
		Client: d.Client, Cache: d.Cache, Journal: j, Model: p.Spec.Model, Seed: p.Spec.Seed,
		Temperature: p.Spec.Temperature, BatchSize: p.Spec.BatchSize, Concurrency: p.Spec.Concurrency,
		Reasks: p.Spec.Reasks, Avoid: avoid, Omitted: omitted, Cost: d.Cost,
		MaxCostUSD: p.Spec.MaxCostUSD, MaxTokens: p.Spec.MaxTokens, Progress: d.Progress,
	}, p.Slots)
	a := assemble(p.Base, out, p.Protected, p.ProtectedReason)
	m := p.meta(out, a, jpath)
	if runErr != nil {
		return m, runErr
	}
	if len(a.New) == 0 {
		if out.Stop != StopNone {
			return m, ErrCapped
		}
		return m, ErrNoRows
	}
	// The CSV and its meta file are one result written in two renames. The
	// meta goes first marked unfinished, so a crash or a full disk between
	// the two leaves a pair the same command may replace without --force.
	for _, path := range []string{p.Output, p.MetaPath} {
		_, _ = atomicfile.RemoveStale(path) // leftovers of a killed earlier run
	}
	final := m
	m.Complete = false
	if err := writeMeta(p.MetaPath, m); err != nil {
		return final, err
	}
	withLabels := true
	if err := dataset.WriteFile(p.Output, a.Rows, withLabels); err != nil {
		return final, err
	}
	sum, err := filehash.SHA256(p.Output)
	if err != nil {
		return final, err
	}
	final.Output.SHA256 = sum
	if err := writeMeta(p.MetaPath, final); err != nil {
		return final, err
	}
	return final, nil
}

// writeMeta is a variable so tests can fail the second write, as a full disk
// would.
var writeMeta = func(path string, m Meta) error {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	return atomicfile.WriteFile(path, append(b, '\n'), 0o644)
}
