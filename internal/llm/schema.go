package llm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Validator checks decoded JSON against a compiled schema.
//
// It implements the subset of JSON Schema our prompts use, which is also
// what OpenAI strict structured outputs accept: type (one name or a list,
// including "null"), properties, required, additionalProperties (boolean),
// items, enum (of scalars), minItems, maxItems, minimum, maximum,
// minLength, maxLength and pattern (Go RE2 syntax, unanchored). Annotations
// (title, description, $schema, $id, $comment, default, examples) are
// ignored. Any other keyword is a compile error rather than silently
// unchecked, so a schema never promises more validation than it gets.
type Validator struct {
	root *node
}

type node struct {
	types      []string // empty: any type
	properties map[string]*node
	required   []string
	closed     bool // additionalProperties: false
	items      *node
	enum       []any // string, float64, bool or nil
	minItems   int
	maxItems   int // -1: no limit
	minimum    *float64
	maximum    *float64
	minLength  int
	maxLength  int // -1: no limit
	pattern    *regexp.Regexp
}

func annotations(k string) bool {
	switch k {
	case "title", "description", "$schema", "$id", "$comment", "default", "examples":
		return true
	}
	return false
}

func knownTypes(t string) bool {
	switch t {
	case "object", "array", "string", "integer", "number", "boolean", "null":
		return true
	}
	return false
}

// CompileSchema parses a JSON Schema document. It fails on keywords outside
// the supported subset and on malformed values (a negative minItems, an
// invalid pattern), naming the keyword and where it is.
func CompileSchema(raw json.RawMessage) (*Validator, error) {
	var doc any
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("schema is not JSON: %w", err)
	}
	root, err := compileNode(doc, "#")
	if err != nil {
		return nil, err
	}
	return &Validator{root: root}, nil
}

var schemaCache sync.Map // string(raw schema) -> *Validator

// compileCached memoises CompileSchema: the same schema comes with every
// request of a run and compiling includes a regexp.
func compileCached(raw json.RawMessage) (*Validator, error) {
	key := string(raw)
	if v, ok := schemaCache.Load(key); ok {
		return v.(*Validator), nil
	}
	v, err := CompileSchema(raw)
	if err != nil {
		return nil, err
	}
	schemaCache.Store(key, v)
	return v, nil
}

func compileNode(doc any, at string) (*node, error) {
	obj, ok := doc.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("schema at %s must be an object", at)
	}
	n := &node{maxItems: -1, maxLength: -1}
	// Walk keywords in a fixed order so the first error is deterministic.
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		v := obj[k]
		where := at + "/" + k
		var err error
		switch k {
		case "type":
			n.types, err = compileTypes(v, where)
		case "properties":
			props, ok := v.(map[string]any)
			if !ok {
				return nil, fmt.Errorf("%s must be an object", where)
			}
			n.properties = make(map[string]*node, len(props))
			for name, sub := range props {
				if n.properties[name], err = compileNode(sub, where+"/"+name); err != nil {
					return nil, err
				}
			}
		case "required":
			n.required, err = stringList(v, where)
		case "additionalProperties":
			b, ok := v.(bool)
			if !ok {
				return nil, fmt.Errorf("%s: only true or false is supported", where)
			}
			n.closed = !b
		case "items":
			n.items, err = compileNode(v, where)
		case "enum":
			n.enum, err = compileEnum(v, where)
		case "minItems":
			n.minItems, err = nonNegative(v, where)
		case "maxItems":
			n.maxItems, err = nonNegative(v, where)
		case "minLength":
			n.minLength, err = nonNegative(v, where)
		case "maxLength":
			n.maxLength, err = nonNegative(v, where)
		case "minimum":
			n.minimum, err = number(v, where)
		case "maximum":
			n.maximum, err = number(v, where)
		case "pattern":
			s, ok := v.(string)
			if !ok {
				return nil, fmt.Errorf("%s must be a string", where)
			}
			if n.pattern, err = regexp.Compile(s); err != nil {
				return nil, fmt.Errorf("%s: %w", where, err)
			}
		default:
			if !annotations(k) {
				return nil, fmt.Errorf("unsupported JSON Schema keyword %q at %s", k, at)
			}
		}
		if err != nil {
			return nil, err
		}
	}
	for _, r := range n.required {
		if n.properties != nil && n.properties[r] == nil && n.closed {
			return nil, fmt.Errorf("%s/required lists %q, which additionalProperties:false forbids", at, r)
		}
	}
	return n, nil
}

func compileTypes(v any, where string) ([]string, error) {
	var list []string
	switch t := v.(type) {
	case string:
		list = []string{t}
	case []any:
		var err error
		if list, err = stringList(t, where); err != nil {
			return nil, err
		}
	default:
		return nil, fmt.Errorf("%s must be a type name or a list of them", where)
	}
	for _, t := range list {
		if !knownTypes(t) {
			return nil, fmt.Errorf("%s: unknown type %q", where, t)
		}
	}
	return list, nil
}

func compileEnum(v any, where string) ([]any, error) {
	list, ok := v.([]any)
	if !ok || len(list) == 0 {
		return nil, fmt.Errorf("%s must be a non-empty array", where)
	}
	out := make([]any, len(list))
	for i, e := range list {
		switch x := e.(type) {
		case string, bool, nil:
			out[i] = x
		case json.Number:
			f, err := x.Float64()
			if err != nil {
				return nil, fmt.Errorf("%s[%d]: %w", where, i, err)
			}
			out[i] = f
		default:
			return nil, fmt.Errorf("%s[%d]: only string, number, boolean and null values are supported", where, i)
		}
	}
	return out, nil
}

func stringList(v any, where string) ([]string, error) {
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%s must be an array of strings", where)
	}
	out := make([]string, len(list))
	for i, e := range list {
		s, ok := e.(string)
		if !ok {
			return nil, fmt.Errorf("%s[%d] must be a string", where, i)
		}
		out[i] = s
	}
	return out, nil
}

func nonNegative(v any, where string) (int, error) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, fmt.Errorf("%s must be a non-negative integer", where)
	}
	i, err := strconv.Atoi(n.String())
	if err != nil || i < 0 {
		return 0, fmt.Errorf("%s must be a non-negative integer, got %s", where, n)
	}
	return i, nil
}

func number(v any, where string) (*float64, error) {
	n, ok := v.(json.Number)
	if !ok {
		return nil, fmt.Errorf("%s must be a number", where)
	}
	f, err := n.Float64()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	return &f, nil
}

// Validate checks a value decoded by DecodeStrict (maps, slices,
// json.Number, string, bool, nil) and returns a Malformed *Error naming the
// first violation and its path, or nil.
func (v *Validator) Validate(value any) error {
	if msg := v.root.check(value, "$"); msg != "" {
		return &Error{Class: Malformed, Message: "reply does not match the schema: " + msg, Hint: DefaultHint(Malformed)}
	}
	return nil
}

func typeOf(v any) string {
	switch x := v.(type) {
	case map[string]any:
		return "object"
	case []any:
		return "array"
	case string:
		return "string"
	case bool:
		return "boolean"
	case nil:
		return "null"
	case json.Number:
		if isInteger(x) {
			return "integer"
		}
		return "number"
	default:
		return fmt.Sprintf("%T", v)
	}
}

// isInteger follows JSON Schema: 5 and 5.0 are integers, 5.5 is not.
func isInteger(n json.Number) bool {
	if _, err := strconv.ParseInt(n.String(), 10, 64); err == nil {
		return true
	}
	f, err := n.Float64()
	return err == nil && f == math.Trunc(f)
}

func (n *node) check(v any, path string) string {
	if x, ok := v.(json.Number); ok {
		if f, err := x.Float64(); err != nil || math.IsInf(f, 0) {
			return fmt.Sprintf("%s: number %s is out of range", path, short(x))
		}
	}
	if len(n.types) > 0 {
		t := typeOf(v)
		if !slices.Contains(n.types, t) && !(t == "integer" && slices.Contains(n.types, "number")) {
			return fmt.Sprintf("%s is %s, want %s", path, t, strings.Join(n.types, " or "))
		}
	}
	if n.enum != nil && !n.inEnum(v) {
		return fmt.Sprintf("%s: %s is not one of the allowed values", path, short(v))
	}
	switch x := v.(type) {
	case map[string]any:
		for _, r := range n.required {
			if _, ok := x[r]; !ok {
				return fmt.Sprintf("%s: missing required property %q", path, r)
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			sub, known := n.properties[k]
			if !known {
				if n.closed {
					return fmt.Sprintf("%s: unexpected property %q", path, k)
				}
				continue
			}
			if msg := sub.check(x[k], path+"."+k); msg != "" {
				return msg
			}
		}
	case []any:
		if len(x) < n.minItems {
			return fmt.Sprintf("%s has %d items, want at least %d", path, len(x), n.minItems)
		}
		if n.maxItems >= 0 && len(x) > n.maxItems {
			return fmt.Sprintf("%s has %d items, want at most %d", path, len(x), n.maxItems)
		}
		if n.items != nil {
			for i, e := range x {
				if msg := n.items.check(e, path+"["+strconv.Itoa(i)+"]"); msg != "" {
					return msg
				}
			}
		}
	case string:
		l := utf8.RuneCountInString(x)
		if l < n.minLength {
			return fmt.Sprintf("%s is %d characters, want at least %d", path, l, n.minLength)
		}
		if n.maxLength >= 0 && l > n.maxLength {
			return fmt.Sprintf("%s is %d characters, want at most %d", path, l, n.maxLength)
		}
		if n.pattern != nil && !n.pattern.MatchString(x) {
			return fmt.Sprintf("%s: %s does not match pattern %s", path, short(x), n.pattern)
		}
	case json.Number:
		f, _ := x.Float64() // finite: checked above
		if n.minimum != nil && f < *n.minimum {
			return fmt.Sprintf("%s: %s is below the minimum %g", path, x, *n.minimum)
		}
		if n.maximum != nil && f > *n.maximum {
			return fmt.Sprintf("%s: %s is above the maximum %g", path, x, *n.maximum)
		}
	}
	return ""
}

func (n *node) inEnum(v any) bool {
	for _, e := range n.enum {
		switch x := v.(type) {
		case json.Number:
			if f, ok := e.(float64); ok {
				if g, err := x.Float64(); err == nil && g == f {
					return true
				}
			}
		case string, bool, nil:
			if e == x {
				return true
			}
		}
	}
	return false
}

// short renders a value for an error message, clipped so that a huge reply
// cannot flood the log.
func short(v any) string {
	var s string
	switch x := v.(type) {
	case string:
		s = strconv.Quote(x)
	case json.Number:
		s = x.String()
	default:
		b, _ := json.Marshal(x)
		s = string(b)
	}
	if len(s) > 60 {
		s = strings.ToValidUTF8(s[:57], "") + "..."
	}
	return s
}
