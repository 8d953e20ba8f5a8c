package redact

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"strings"
	"testing"
	"time"
)

const canary = "sk-canary-9f8e7d6c5b4a"

func TestString(t *testing.T) {
	r := New(canary, "short", "", "hunter2-password\nsecond-line-secret")
	tests := []struct {
		name, in, want string
	}{
		{"plain key", "key=" + canary, "key=" + Placeholder},
		{"twice", canary + " " + canary, Placeholder + " " + Placeholder},
		{"short value ignored", "short text", "short text"},
		{"no secret", "nothing here", "nothing here"},
		{"multi-line secret, each line", "a hunter2-password b second-line-secret", "a " + Placeholder + " b " + Placeholder},
		{"query-escaped form", "?k=hunter2-password", "?k=" + Placeholder},
		{"prefix of a secret is kept", "sk-canary-9f8e", "sk-canary-9f8e"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestLongerSecretWins(t *testing.T) {
	r := New("abcdefgh", "abcdefgh-longer-secret")
	got := r.String("x abcdefgh-longer-secret y")
	if got != "x "+Placeholder+" y" {
		t.Errorf("got %q, want the longer secret replaced whole", got)
	}
}

func TestNilAndEmptyRedactor(t *testing.T) {
	var nilR *Redactor
	if got := nilR.String(canary); got != canary {
		t.Errorf("nil Redactor changed the text: %q", got)
	}
	if !New("tiny").Empty() {
		t.Error("a Redactor with only short secrets should be empty")
	}
	base := errors.New("boom")
	if New().Error(base) != base {
		t.Error("empty Redactor should return the error unchanged")
	}
	if nilR.With(canary).String(canary) != Placeholder {
		t.Error("With on a nil Redactor should still register the secret")
	}
}

func TestErrorKeepsChain(t *testing.T) {
	r := New(canary)
	inner := &fs.PathError{Op: "open", Path: "/tmp/" + canary, Err: fs.ErrNotExist}
	err := r.Error(fmt.Errorf("loading: %w", inner))
	if strings.Contains(err.Error(), canary) {
		t.Fatalf("secret in redacted error: %v", err)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Error("errors.Is lost the wrapped chain")
	}
	var pe *fs.PathError
	if !errors.As(err, &pe) {
		t.Error("errors.As lost the wrapped chain")
	}
	if r.Error(nil) != nil {
		t.Error("Error(nil) should be nil")
	}
	clean := errors.New("clean")
	if r.Error(clean) != clean {
		t.Error("an error without secrets should be returned as is")
	}
}

func TestContains(t *testing.T) {
	r := New(canary)
	if !r.Contains("x" + canary) {
		t.Error("Contains missed the secret")
	}
	if r.Contains("sk-canary") {
		t.Error("Contains matched a mere prefix")
	}
}

// TestWriterSplitsAcrossWrites feeds the same stream in every chunk size:
// the secret must be caught wherever the writes split it, and no other byte
// may be lost, duplicated or reordered.
func TestWriterSplitsAcrossWrites(t *testing.T) {
	r := New(canary, "another-secret-value")
	input := "start " + canary + " middle\nline two another-secret-value" + canary + "x\n tail without newline " + canary
	// Written out by hand, not taken from the code under test.
	want := "start " + Placeholder + " middle\nline two " + Placeholder + Placeholder + "x\n tail without newline " + Placeholder
	for chunk := 1; chunk <= len(input); chunk++ {
		var out bytes.Buffer
		w := r.Writer(&out)
		for i := 0; i < len(input); i += chunk {
			end := min(i+chunk, len(input))
			n, err := w.Write([]byte(input[i:end]))
			if err != nil || n != end-i {
				t.Fatalf("chunk %d: Write = %d, %v", chunk, n, err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatalf("chunk %d: Close: %v", chunk, err)
		}
		if strings.Contains(out.String(), canary) || strings.Contains(out.String(), "another-secret-value") {
			t.Fatalf("chunk %d: a secret got through: %q", chunk, out.String())
		}
		if out.String() != want {
			t.Fatalf("chunk %d:\n got %q\nwant %q", chunk, out.String(), want)
		}
	}
}

// A secret that ends with the start of another must not be split by the
// held-back tail of the second.
func TestWriterOverlappingSecrets(t *testing.T) {
	r := New("abcdefgh", "ghijklmn")
	var out bytes.Buffer
	w := r.Writer(&out)
	for _, p := range []string{"xx abcdefgh", " yy\n"} {
		if _, err := w.Write([]byte(p)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != "xx "+Placeholder+" yy\n" {
		t.Errorf("got %q", got)
	}
}

// A progress bar redraws its line with \r and no newline: text that cannot
// start a secret must pass at once, and only a possible start is held.
func TestWriterHoldsOnlyAPossibleSecretStart(t *testing.T) {
	var out bytes.Buffer
	w := New(canary).Writer(&out)
	if _, err := w.Write([]byte("\reval v1: 3/50 12s")); err != nil {
		t.Fatal(err)
	}
	if out.String() != "\reval v1: 3/50 12" {
		t.Errorf("after a line ending with the secret's first byte: %q", out.String())
	}
	if _, err := w.Write([]byte("\reval v1: 4/50 13m")); err != nil {
		t.Fatal(err)
	}
	if out.String() != "\reval v1: 3/50 12s\reval v1: 4/50 13m" {
		t.Errorf("text that cannot start the secret was held back: %q", out.String())
	}
	if _, err := w.Write([]byte(" sk-canary-9f")); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "sk-canary") {
		t.Errorf("the start of a secret was written before its end was known: %q", out.String())
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(out.String(), " sk-canary-9f") {
		t.Errorf("Close should emit the held tail, which was no secret after all: %q", out.String())
	}
}

func TestWriterEmitsCompleteLinesImmediately(t *testing.T) {
	var out bytes.Buffer
	w := New(canary).Writer(&out)
	if _, err := w.Write([]byte("progress 10%\n")); err != nil {
		t.Fatal(err)
	}
	if out.String() != "progress 10%\n" {
		t.Errorf("a complete line was held back: %q", out.String())
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write([]byte("late")); err == nil {
		t.Error("Write after Close should fail")
	}
}

func TestWriterPassThroughWithoutSecrets(t *testing.T) {
	var out bytes.Buffer
	w := New().Writer(&out)
	if _, err := w.Write([]byte("abc")); err != nil {
		t.Fatal(err)
	}
	if out.String() != "abc" {
		t.Errorf("got %q", out.String())
	}
}

type stringer struct{ s string }

func (s stringer) String() string { return s.s }

type config struct {
	Key  string
	Port int
}

func TestHandlerRedactsEverything(t *testing.T) {
	var buf bytes.Buffer
	r := New(canary)
	base := slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})
	log := slog.New(r.Handler(base)).With("bound", "key "+canary).WithGroup("g")
	log.Debug("calling with "+canary,
		"plain", canary,
		"err", fmt.Errorf("401: %s", canary),
		"stringer", stringer{canary},
		"struct", config{Key: canary, Port: 1},
		"bytes", []byte(canary),
		slog.Group("nested", "deep", canary),
		"count", 3,
		"elapsed", time.Second,
		canary, "secret used as a key",
	)
	out := buf.String()
	if strings.Contains(out, canary) {
		t.Fatalf("secret in log output: %s", out)
	}
	for _, want := range []string{`"count":3`, `"elapsed":1000000000`, Placeholder} {
		if !strings.Contains(out, want) {
			t.Errorf("log output lacks %s: %s", want, out)
		}
	}
}

func TestHandlerKeepsCleanValues(t *testing.T) {
	var buf bytes.Buffer
	log := slog.New(New(canary).Handler(slog.NewJSONHandler(&buf, nil)))
	log.Info("ok", "struct", config{Key: "public", Port: 8080})
	if !strings.Contains(buf.String(), `"struct":{"Key":"public","Port":8080}`) {
		t.Errorf("clean struct should keep its JSON form: %s", buf.String())
	}
}

func TestHandlerEmptyRedactorIsIdentity(t *testing.T) {
	h := slog.NewTextHandler(&bytes.Buffer{}, nil)
	if New().Handler(h) != h {
		t.Error("an empty Redactor should not wrap the handler")
	}
}

func TestURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://user:" + canary + "@api.example.com/v1", "https://api.example.com/v1"},
		{"https://api.example.com/v1?api-key=" + canary + "&mode=fast", "https://api.example.com/v1?api-key=" + Placeholder + "&mode=fast"},
		{"https://h.example/x?X-Amz-Signature=abc&access_token=def&page=2", "https://h.example/x?X-Amz-Signature=" + Placeholder + "&access_token=" + Placeholder + "&page=2"},
		{"http://127.0.0.1:11434", "http://127.0.0.1:11434"},
		{"https://h.example/cb#access_token=" + canary, "https://h.example/cb"},
		{"http://[::1]:namedport" + canary, "[unparseable URL]"},
	}
	for _, tt := range tests {
		if got := URL(tt.in); got != tt.want {
			t.Errorf("URL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSecretsFromURL(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"https://user:pa55word-long@h.example/", []string{"pa55word-long"}},
		{"https://" + canary + "@h.example/", []string{canary}},
		{"https://h.example/?token=abc123456789&q=1", []string{"abc123456789"}},
		{"https://h.example/", nil},
		{"://bad", nil},
	}
	for _, tt := range tests {
		got := SecretsFromURL(tt.in)
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("SecretsFromURL(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestOpaqueHidesTheChain(t *testing.T) {
	r := New(canary)
	inner := &fs.PathError{Op: "open", Path: canary, Err: fs.ErrNotExist}
	err := r.Opaque(fmt.Errorf("request: %w", inner))
	if strings.Contains(err.Error(), canary) {
		t.Fatalf("secret in message: %v", err)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Error("errors.Is should still see the hidden chain")
	}
	if errors.Unwrap(err) != nil {
		t.Error("Unwrap must not expose the original error")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		t.Error("errors.As must not expose the original error")
	}
	if r.Opaque(nil) != nil {
		t.Error("Opaque(nil) should be nil")
	}
	if got := (*Redactor)(nil).Opaque(errors.New("x")).Error(); got != "x" {
		t.Errorf("nil Redactor: %q", got)
	}
}
