package dotenv_test

import (
	"maps"
	"testing"

	"github.com/joho/godotenv"

	"github.com/domainyours/domainyours/internal/dotenv"
)

// inputs covers what .env files hold and godotenv's corners: export, yaml
// colons, comments after values, both quotes with escapes, variable
// expansion in every spelling, CRLF, unicode keys and broken lines.
var inputs = []string{
	"",
	"A=1\nB=2",
	"export OPENAI_API_KEY=sk-abc # the key\n# comment\n\nOLLAMA_HOST=http://localhost:11434\n",
	"A: yaml style\nB :  spaced  \n",
	"A='single $B \\' quoted'\nB=\"double \\n \\r \\\" \\$A ${A} $A\"\n",
	"A=x\nB=$A-${A}-\\$A-$(A)-${MISSING}\nC=\"${B}\"\nD='${B}'",
	"A=1\r\nB=\"two\r\nlines\"\r\n",
	"ÄRGER=ja\nkey.with.dots=1\n",
	"A=unterminated \"quote\nB='also",
	"A=\"unterminated",
	"BAD KEY=1",
	"-A=1",
	"A=#not a comment\nB=x#y\nC=x #y",
	"export=1\nexportA=2\nexport B=3",
	"=empty key",
	"A",
	"A=\"a\"b\"\nB=\"\\\\\"",
	"A=$\nB=${\nC=\\\nD=\"\\x\"",
}

func TestSameAsGodotenv(t *testing.T) {
	for _, in := range inputs {
		same(t, in)
	}
}

func FuzzSameAsGodotenv(f *testing.F) {
	for _, in := range inputs {
		f.Add(in)
	}
	f.Fuzz(same)
}

func same(t *testing.T, in string) {
	want, wantErr := godotenv.UnmarshalBytes([]byte(in))
	got, err := dotenv.Unmarshal([]byte(in))
	if (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
		t.Fatalf("%q: error %v, godotenv %v", in, err, wantErr)
	}
	if err == nil && !maps.Equal(got, want) {
		t.Fatalf("%q: %v, godotenv %v", in, got, want)
	}
}
