package ollama

import (
	"strings"
	"testing"

	"github.com/ollama/ollama/envconfig"
)

// TestParseHostMatchesOllama checks ParseHost against envconfig.Host of the
// Ollama version in go.mod, so the two cannot drift apart silently.
func TestParseHostMatchesOllama(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "http://127.0.0.1:11434"},
		{"1.2.3.4", "http://1.2.3.4:11434"},
		{":1234", "http://:1234"},
		{"127.0.0.1:11434", "http://127.0.0.1:11434"},
		{"example.com", "http://example.com:11434"},
		{"example.com:1234", "http://example.com:1234"},
		{"[::1]", "http://[::1]:11434"},
		{"[::]", "http://[::]:11434"},
		{"::1", "http://[::1]:11434"},
		{"[::1]:1337", "http://[::1]:1337"},
		{" 1.2.3.4 ", "http://1.2.3.4:11434"},
		{`"1.2.3.4"`, "http://1.2.3.4:11434"},
		{` " 1.2.3.4 " `, "http://1.2.3.4:11434"},
		{"'1.2.3.4'", "http://1.2.3.4:11434"},
		{"http://1.2.3.4", "http://1.2.3.4:80"},
		{"http://1.2.3.4:4321", "http://1.2.3.4:4321"},
		{"https://1.2.3.4", "https://1.2.3.4:443"},
		{"https://1.2.3.4:4321", "https://1.2.3.4:4321"},
		{"https://example.com/ollama", "https://example.com:443/ollama"},
		{"http://example.com:8080/a/b/", "http://example.com:8080/a/b/"},
		{"ollama.com", "https://ollama.com:443"},
		{"0.0.0.0", "http://0.0.0.0:11434"},
		{"localhost:65535", "http://localhost:65535"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			u, err := ParseHost(tt.in)
			if err != nil {
				t.Fatalf("ParseHost(%q): %v", tt.in, err)
			}
			if u.String() != tt.want {
				t.Errorf("ParseHost(%q) = %s, want %s", tt.in, u, tt.want)
			}
			t.Setenv("OLLAMA_HOST", tt.in)
			if ref := envconfig.Host().String(); ref != u.String() {
				t.Errorf("ParseHost(%q) = %s, but Ollama reads it as %s", tt.in, u, ref)
			}
		})
	}
}

// TestParseHostRejects covers values Ollama would accept with a warning and
// a fallback (bad ports, unknown schemes) or read as nonsense: here they are
// errors that say what is wrong.
func TestParseHostRejects(t *testing.T) {
	tests := []struct{ in, msg string }{
		{":66000", "port"},
		{":-1", "port"},
		{":0", "port"},
		{"example.com:", "port"},
		{"example.com:http", "port"},
		{"example.com:+80", "port"},
		{"tcp://example.com:1", `scheme "tcp"`},
		{"HTTP://example.com", "scheme"},
		{"http://", "no host"},
		{"http://user:hunter2-password@example.com", "credentials"},
		{"example.com:1234?x=1", "query"},
		{"http://example.com/#frag", "fragment"},
		{"1.2.3.4:1234:5", "host and port"},
		{"my host:11434", `holds " "`},
		{"exa%41mple.com", `holds "%"`},
		{"bücher.example", "xn--"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			u, err := ParseHost(tt.in)
			if err == nil {
				t.Fatalf("ParseHost(%q) = %s, want an error", tt.in, u)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("error quotes the password: %v", err)
			}
		})
	}
}
