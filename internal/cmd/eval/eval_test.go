package eval

import (
	"context"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/config"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/iostreams"
)

func parse(t *testing.T, env map[string]string, args ...string) (*Options, error) {
	t.Helper()
	ios, _, _, _ := iostreams.Test()
	f := &factory.Factory{IOStreams: ios, Config: config.NewLookup(func(k string) (string, bool) {
		v, ok := env[k]
		return v, ok
	}, nil)}
	var got *Options
	cmd := NewCmdEval(f, func(_ context.Context, o *Options) error {
		got = o
		return nil
	})
	cmd.SetArgs(args)
	cmd.SetOut(ios.Out)
	cmd.SetErr(ios.ErrOut)
	err := cmd.Execute()
	return got, err
}

func TestFlagsAndEnvironment(t *testing.T) {
	o, err := parse(t, map[string]string{"DOMAINYOURS_JUDGE": "openai", "DOMAINYOURS_JUDGE_MODEL": "gpt-x", "DOMAINYOURS_DATA_DIR": "/d"},
		"--version", "v2,builtin", "--version", "base:llama3.2", "--fail-under", "quality=0.7,safety-f1=0.9", "--import", "a.csv", "--import", "b.csv")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(o.Versions, "|") != "v2|builtin|base:llama3.2" || o.Judge != "openai" || o.JudgeModel != "gpt-x" {
		t.Errorf("options %+v", o)
	}
	if o.TestSet != "/d/test_set.csv" || len(o.FailUnder) != 2 || len(o.Imports) != 2 {
		t.Errorf("test set %q gates %v imports %v", o.TestSet, o.FailUnder, o.Imports)
	}
	// A flag the user set wins over the environment.
	o, err = parse(t, map[string]string{"DOMAINYOURS_JUDGE": "openai"}, "--version", "all", "--judge", "heuristic", "--test-set", "t.csv")
	if err != nil || o.Judge != "heuristic" || o.TestSet != "t.csv" {
		t.Errorf("judge %q test set %q err %v", o.Judge, o.TestSet, err)
	}
}

func TestFlagValidation(t *testing.T) {
	tests := []struct {
		args []string
		want string // in the error
	}{
		{[]string{}, "no --version"},
		{[]string{"--version", "../../etc/passwd"}, `--version "../../etc/passwd"`},
		{[]string{"--version", "v0"}, `"v0" is not a version`},
		{[]string{"--version", "base:"}, "is not a version"},
		{[]string{"--version", "base:-rf"}, "is not a version"},
		{[]string{"--version", "v1", "--judge", "gpt"}, `unknown judge "gpt"`},
		{[]string{"--version", "v1", "--concurrency", "0"}, "--concurrency 0 is out of range"},
		{[]string{"--version", "v1", "--concurrency", "65"}, "--concurrency 65"},
		{[]string{"--version", "v1", "--judge-repeats", "11"}, "--judge-repeats 11"},
		{[]string{"--version", "v1", "--temperature", "3"}, "--temperature 3"},
		{[]string{"--version", "v1", "--judge-temperature", "-1"}, "--judge-temperature -1"},
		{[]string{"--version", "v1", "--bottom", "0"}, "--bottom 0"},
		{[]string{"--version", "v1", "--max-error-rate", "2"}, "--max-error-rate 2"},
		{[]string{"--version", "v1", "--fail-under", "quality=2"}, "--fail-under"},
		{[]string{"--version", "v1", "--fail-under", "speed=0.5"}, `unknown metric "speed"`},
		{[]string{"--version", "v1", "--fail-if-worse", "all"}, "--fail-if-worse"},
		{[]string{"--version", "v1", "--batch"}, "--batch needs the openai judge"},
		{[]string{"--version", "v1", "--judge", "openai", "--judge-model", ""}, "needs a model"},
	}
	for _, tt := range tests {
		_, err := parse(t, nil, tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: err %v, want one containing %q", tt.args, err, tt.want)
			continue
		}
		if !exitcode.IsInput(err) || exitcode.HintOf(err) == "" {
			t.Errorf("%v: input error %v hint %q; want a usage error with a hint", tt.args, exitcode.IsInput(err), exitcode.HintOf(err))
		}
	}
}
