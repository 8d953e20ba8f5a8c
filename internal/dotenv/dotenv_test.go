package dotenv

import (
	"errors"
	"maps"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want map[string]string
	}{
		{"plain", "A=1\nB=two words\n", map[string]string{"A": "1", "B": "two words"}},
		{"comments and blanks", "# a comment\n\n   \n  # indented\nA=1\n", map[string]string{"A": "1"}},
		{"empty value, commented example", "DOMAINYOURS_MODEL=\n# DOMAINYOURS_BACKEND=auto\n", map[string]string{"DOMAINYOURS_MODEL": ""}},
		{"blanks around =", "  A =  1  \n", map[string]string{"A": "1"}},
		{"export prefix", "export A=1\nexport\tB=2\n", map[string]string{"A": "1", "B": "2"}},
		{"a name that is export", "export=1\nexported=2\n", map[string]string{"export": "1", "exported": "2"}},
		{"inline comment after a blank", "A=1 # one\nB=x\t#y\n", map[string]string{"A": "1", "B": "x"}},
		{"# inside a word stays", "URL=http://h/p#frag\nK=ab#cd\nE=#x\n", map[string]string{"URL": "http://h/p#frag", "K": "ab#cd", "E": "#x"}},
		{"only a comment after =", "A= # nothing\n", map[string]string{"A": ""}},
		{"single quotes keep everything", `A='a "b" # c \n $HOME'` + "\n", map[string]string{"A": `a "b" # c \n $HOME`}},
		{"double-quote escapes", `A="x\ny\t\"q\" \\ \$ \z # not a comment"` + "\n", map[string]string{"A": "x\ny\t\"q\" \\ $ \\z # not a comment"}},
		{"comment after the closing quote", `A="v" # c` + "\nB='w'\n", map[string]string{"A": "v", "B": "w"}},
		{"quoted value spans lines", "KEY=\"-----BEGIN\nline\n-----END\"\nB=2\n", map[string]string{"KEY": "-----BEGIN\nline\n-----END", "B": "2"}},
		{"empty quotes", `A=""` + "\nB=''\n", map[string]string{"A": "", "B": ""}},
		{"no variable expansion", "A=1\nB=${A}x$A\n", map[string]string{"A": "1", "B": "${A}x$A"}},
		{"CRLF and BOM", "\ufeffA=1\r\nB=\"2\"\r\n", map[string]string{"A": "1", "B": "2"}},
		{"no final newline", "A=1", map[string]string{"A": "1"}},
		{"the later line wins", "A=1\nA=2\n", map[string]string{"A": "2"}},
		{"dots and digits in names", "a.b_C9=1\n_X=2\n", map[string]string{"a.b_C9": "1", "_X": "2"}},
		{"empty file", "", map[string]string{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Parse([]byte(c.in))
			if err != nil {
				t.Fatalf("Parse(%q): %v", c.in, err)
			}
			if !maps.Equal(got, c.want) {
				t.Errorf("Parse(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// A malformed file is reported by its first bad line and a reason that
// never quotes the file: the bad line may hold the API key.
func TestParseErrors(t *testing.T) {
	const secret = "sk-proj-SECRET123"
	cases := []struct {
		name string
		in   string
		line int
	}{
		{"no =", "A=1\nOPENAI_API_KEY " + secret + "\n", 2},
		{"name with a dash", "# c\n\nMY-KEY=" + secret + "\n", 3},
		{"no name", "A=1\n=" + secret + "\n", 2},
		{"name starts with a digit", "9A=" + secret + "\n", 1},
		{"a word alone", "A=1\nB=2\n" + secret + "\n", 3},
		{"unclosed double quote", "A=1\nB=\"" + secret + "\nC=3\n", 2},
		{"unclosed single quote", "A='" + secret, 1},
		{"text after the closing quote", "A=1\nB=\"x\nz\" " + secret + "\n", 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := Parse([]byte(c.in))
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q) = %v, %v; want a *SyntaxError", c.in, got, err)
			}
			if se.Line != c.line {
				t.Errorf("line %d, want %d (%v)", se.Line, c.line, err)
			}
			if strings.Contains(err.Error(), "SECRET") {
				t.Errorf("the error quotes the file: %v", err)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("export A='x'\nB=\"y\\n\" # c\nC=z\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		values, err := Parse(b)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) || se.Line < 1 || se.Line > strings.Count(string(b), "\n")+1 {
				t.Fatalf("error %v is not a SyntaxError within the file's lines", err)
			}
			return
		}
		for k := range values {
			if !validName(k) {
				t.Fatalf("invalid name %q accepted", k)
			}
		}
	})
}
