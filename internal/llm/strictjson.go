package llm

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxJSONDepth is the deepest nesting of objects and arrays accepted in a
// structured reply; our schemas need three levels, and deep nesting is a
// cheap way to make a decoder burn stack and time.
const MaxJSONDepth = 32

// ErrAmbiguousKey is in the chain of DecodeStrict's error when an object
// has a key twice or two keys that differ only in case, so callers that
// parse other JSON (serve's request bodies) can tell that case apart.
var ErrAmbiguousKey = errors.New("ambiguous JSON key")

// DecodeStrict checks that text is exactly one JSON value and returns it
// with surrounding whitespace removed, plus its decoded form (objects as
// map[string]any, arrays as []any, numbers as json.Number).
//
// encoding/json alone is too lenient for model output: it keeps the last of
// two duplicate keys, matches struct fields case-insensitively (so "Score"
// and "score" silently collide) and replaces invalid UTF-8. Any of these
// means the reply is ambiguous, so DecodeStrict rejects it as Malformed
// instead of picking a reading. Text wrapped in prose or a code fence is
// Malformed too: it is never "repaired", since a repaired reply hides a
// prompt or model problem. Input that ends inside a value is Truncated.
func DecodeStrict(text string) (json.RawMessage, any, error) {
	if !utf8.ValidString(text) {
		return nil, nil, malformed("reply is not valid UTF-8")
	}
	trimmed := strings.TrimSpace(text)
	if trimmed == "" {
		return nil, nil, malformed("reply is empty; expected a JSON value")
	}
	d := &strictDecoder{dec: json.NewDecoder(strings.NewReader(trimmed))}
	d.dec.UseNumber()
	v, err := d.value("$")
	if err != nil {
		return nil, nil, err
	}
	if tok, err := d.dec.Token(); err != io.EOF {
		if err == nil {
			return nil, nil, malformed(fmt.Sprintf("text after the JSON value (starting with %v)", tok))
		}
		return nil, nil, malformed("text after the JSON value: " + err.Error())
	}
	return json.RawMessage(trimmed), v, nil
}

type strictDecoder struct {
	dec   *json.Decoder
	depth int
}

func (d *strictDecoder) value(path string) (any, error) {
	tok, err := d.dec.Token()
	if err != nil {
		return nil, d.tokenError(err, path)
	}
	delim, ok := tok.(json.Delim)
	if !ok {
		return tok, nil // string, json.Number, bool or nil
	}
	d.depth++
	if d.depth > MaxJSONDepth {
		return nil, malformed(fmt.Sprintf("JSON nested deeper than %d levels at %s", MaxJSONDepth, path))
	}
	defer func() { d.depth-- }()
	switch delim {
	case '{':
		obj := map[string]any{}
		folded := map[string]string{}
		for d.dec.More() {
			kt, err := d.dec.Token()
			if err != nil {
				return nil, d.tokenError(err, path)
			}
			key := kt.(string) // the decoder only yields a string in key position
			fk := foldKey(key)
			if prev, dup := folded[fk]; dup {
				msg := fmt.Sprintf("keys %q and %q at %s differ only in case", prev, key, path)
				if prev == key {
					msg = fmt.Sprintf("duplicate key %q at %s", key, path)
				}
				e := malformed(msg)
				e.Err = ErrAmbiguousKey
				return nil, e
			}
			folded[fk] = key
			v, err := d.value(path + "." + key)
			if err != nil {
				return nil, err
			}
			obj[key] = v
		}
		if _, err := d.dec.Token(); err != nil { // the closing '}'
			return nil, d.tokenError(err, path)
		}
		return obj, nil
	default: // '[': a closing delimiter cannot come first, the decoder rejects it
		arr := []any{}
		for i := 0; d.dec.More(); i++ {
			v, err := d.value(path + "[" + strconv.Itoa(i) + "]")
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
		if _, err := d.dec.Token(); err != nil { // the closing ']'
			return nil, d.tokenError(err, path)
		}
		return arr, nil
	}
}

// tokenError tells a reply that stopped early from one that is not JSON.
// json.Decoder reports the end of input as io.EOF between tokens and as
// io.ErrUnexpectedEOF inside one; either means the value never finished.
func (d *strictDecoder) tokenError(err error, path string) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return &Error{Class: Truncated, Message: "reply ends inside a JSON value at " + path,
			Hint: DefaultHint(Truncated), Err: err}
	}
	return &Error{Class: Malformed, Message: "reply is not JSON: " + err.Error() + " (at " + path + ")",
		Hint: DefaultHint(Malformed), Err: err}
}

func malformed(msg string) *Error {
	return &Error{Class: Malformed, Message: msg, Hint: DefaultHint(Malformed)}
}

// foldKey maps a key to one representative of its case-folding class, so
// two keys get the same result exactly when strings.EqualFold says they are
// equal, which is the rule encoding/json uses to match struct fields.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		lowest := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			lowest = min(lowest, f)
		}
		b.WriteRune(lowest)
	}
	return b.String()
}

// DecodeReply decodes a structured reply with DecodeStrict and validates it
// against s. It returns the JSON text, or a Malformed or Truncated *Error.
func DecodeReply(s *Schema, text string) (json.RawMessage, error) {
	v, err := compileCached(s.JSON)
	if err != nil {
		return nil, &Error{Class: BadRequest, Message: fmt.Sprintf("schema %q: %v", s.Name, err)}
	}
	raw, decoded, err := DecodeStrict(text)
	if err != nil {
		return nil, err
	}
	if err := v.Validate(decoded); err != nil {
		return nil, err
	}
	return raw, nil
}
