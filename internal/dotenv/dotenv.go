// Package dotenv reads the .env file format README's Configuration section
// describes: KEY=value lines, # comments, an optional "export " prefix, and
// single- or double-quoted values that may span lines. It is the project's
// own small reader, so that no process pays a library's package-level
// regular expressions at start.
package dotenv

import (
	"bytes"
	"fmt"
	"strings"
)

// SyntaxError names the first line the reader rejects and why, never the
// line's text: a .env file holds API keys.
type SyntaxError struct {
	Line   int    // 1-based
	Reason string // says what is wrong, quotes nothing from the file
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Reason) }

// Parse reads a whole .env file. A UTF-8 byte-order mark (Windows editors
// write one) and CRLF line ends are fine. When a name is set twice the later
// line wins. Values are taken as written: there is no ${VAR} expansion, so a
// "$" in a key stays a "$".
func Parse(b []byte) (map[string]string, error) {
	b = bytes.TrimPrefix(b, []byte("\ufeff"))
	p := parser{s: strings.ReplaceAll(string(b), "\r\n", "\n"), line: 1}
	values := map[string]string{}
	for !p.done() {
		key, value, ok, err := p.entry()
		if err != nil {
			return nil, err
		}
		if ok {
			values[key] = value
		}
	}
	return values, nil
}

type parser struct {
	s    string
	i    int
	line int
}

func (p *parser) done() bool { return p.i >= len(p.s) }

func (p *parser) fail(line int, reason string) error { return &SyntaxError{Line: line, Reason: reason} }

func (p *parser) skipBlanks() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

// endLine moves past the rest of the line and its newline.
func (p *parser) endLine() {
	if j := strings.IndexByte(p.s[p.i:], '\n'); j >= 0 {
		p.i += j + 1
		p.line++
		return
	}
	p.i = len(p.s)
}

// entry reads one line (or one quoted value's lines); ok is false for a
// blank or comment line.
func (p *parser) entry() (key, value string, ok bool, err error) {
	p.skipBlanks()
	if p.done() || p.s[p.i] == '\n' || p.s[p.i] == '#' {
		p.endLine()
		return "", "", false, nil
	}
	start := p.line
	if rest, found := strings.CutPrefix(p.s[p.i:], "export"); found && rest != "" && (rest[0] == ' ' || rest[0] == '\t') {
		p.i += len("export")
		p.skipBlanks()
	}
	k := p.i
	for p.i < len(p.s) && isNameByte(p.s[p.i]) {
		p.i++
	}
	key = p.s[k:p.i]
	p.skipBlanks()
	if key == "" {
		return "", "", false, p.fail(start, "a line is NAME=value, a # comment or blank; this one starts with neither a name nor #")
	}
	if p.done() || p.s[p.i] != '=' {
		return "", "", false, p.fail(start, "no = after the name (a name holds only letters, digits, _ and .)")
	}
	if !validName(key) {
		return "", "", false, p.fail(start, "a name starts with a letter or _ and holds only letters, digits, _ and .")
	}
	p.i++ // '='
	p.skipBlanks()
	if p.done() {
		return key, "", true, nil
	}
	switch q := p.s[p.i]; {
	case q == '\'' || q == '"':
		value, err = p.quoted(q, start)
		if err != nil {
			return "", "", false, err
		}
		p.skipBlanks()
		if !p.done() && p.s[p.i] != '\n' && p.s[p.i] != '#' {
			return "", "", false, p.fail(p.line, "text after the closing quote (only a # comment may follow it)")
		}
	case q == '#' && (p.s[p.i-1] == ' ' || p.s[p.i-1] == '\t'): // "NAME= # comment"
		p.endLine()
		return key, "", true, nil
	default:
		end := strings.IndexByte(p.s[p.i:], '\n')
		if end < 0 {
			end = len(p.s) - p.i
		}
		value = unquotedValue(p.s[p.i : p.i+end])
		p.i += end
	}
	p.endLine()
	return key, value, true, nil
}

// quoted reads a value between quotes, which may span lines. Single quotes
// keep every byte as written; double quotes read \n, \r, \t, \", \\ and \$
// as escapes and keep any other backslash.
func (p *parser) quoted(q byte, start int) (string, error) {
	p.i++ // opening quote
	var b strings.Builder
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == q:
			p.i++
			return b.String(), nil
		case c == '\\' && q == '"' && p.i+1 < len(p.s):
			if e, ok := escape(p.s[p.i+1]); ok {
				b.WriteByte(e)
				p.i += 2
				continue
			}
		case c == '\n':
			p.line++
		}
		b.WriteByte(c)
		p.i++
	}
	return "", p.fail(start, "the quote opened on this line is never closed")
}

func escape(c byte) (byte, bool) {
	switch c {
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	case '"', '\\', '$':
		return c, true
	}
	return 0, false
}

// unquotedValue cuts a comment (a # after a space or tab: "a#b" keeps its
// #) and the blanks around the value.
func unquotedValue(v string) string {
	for j := 1; j < len(v); j++ {
		if v[j] == '#' && (v[j-1] == ' ' || v[j-1] == '\t') {
			v = v[:j]
			break
		}
	}
	return strings.TrimRight(v, " \t\r")
}

func isNameByte(c byte) bool {
	return c == '_' || c == '.' || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

func validName(k string) bool {
	return k != "" && !('0' <= k[0] && k[0] <= '9') && k[0] != '.'
}
