package llm

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
)

func TestDecodeStrict(t *testing.T) {
	deep := strings.Repeat("[", MaxJSONDepth) + strings.Repeat("]", MaxJSONDepth)
	tooDeep := strings.Repeat("[", MaxJSONDepth+1) + strings.Repeat("]", MaxJSONDepth+1)
	tests := []struct {
		name string
		in   string
		want Class // "" = accepted
		msg  string
	}{
		{"object", `{"a":1,"b":[true,null,"x"]}`, "", ""},
		{"surrounding whitespace", " \n{\"a\":1}\n\t", "", ""},
		{"scalar", `42`, "", ""},
		{"nesting at the limit", deep, "", ""},
		{"nesting past the limit", tooDeep, Malformed, "deeper than 32"},
		{"duplicate key", `{"score":1,"score":5}`, Malformed, `duplicate key "score" at $`},
		{"nested duplicate key", `{"names":[{"n":"a","n":"b"}]}`, Malformed, `duplicate key "n" at $.names[0]`},
		{"escaped duplicate key", `{"a":1,"\u0061":2}`, Malformed, "duplicate key"},
		{"case-variant keys", `{"score":1,"Score":5}`, Malformed, "differ only in case"},
		{"kelvin sign folds to k", "{\"k\":1,\"\u212a\":2}", Malformed, "differ only in case"},
		{"same key in sibling objects", `[{"a":1},{"a":2}]`, "", ""},
		{"trailing garbage", `{"a":1} trailing`, Malformed, "after the JSON value"},
		{"two values", `{"a":1}{"a":2}`, Malformed, "after the JSON value"},
		{"extra brace", `{"a":1}}`, Malformed, "after the JSON value"},
		{"NaN", `{"a":NaN}`, Malformed, "not JSON"},
		{"Infinity", `{"a":Infinity}`, Malformed, "not JSON"},
		{"prose before", `Here are your names: {"a":1}`, Malformed, "not JSON"},
		{"code fence", "```json\n{\"a\":1}\n```", Malformed, "not JSON"},
		{"literal then prose", `true story`, Malformed, "after the JSON value"},
		{"single quotes", `{'a':1}`, Malformed, "not JSON"},
		{"trailing comma", `{"a":1,}`, Malformed, "not JSON"},
		{"empty", "  ", Malformed, "empty"},
		{"invalid UTF-8", "{\"a\":\"\xff\"}", Malformed, "UTF-8"},
		{"cut in a string", `{"names":["abc`, Truncated, "$.names[0]"},
		{"cut after a key", `{"names":`, Truncated, ""},
		{"cut in an array", `{"names":["a","b"`, Truncated, "$.names"},
		{"cut after a comma", `[1,`, Truncated, ""},
		{"cut in a literal", `{"ok":tru`, Truncated, ""},
		{"just an opening brace", `{`, Truncated, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw, v, err := DecodeStrict(tt.in)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
				if string(raw) != strings.TrimSpace(tt.in) {
					t.Errorf("raw = %q, want the trimmed input", raw)
				}
				var std any
				if err := json.Unmarshal(raw, &std); err != nil {
					t.Errorf("accepted text that encoding/json rejects: %v", err)
				}
				if v == nil && strings.TrimSpace(tt.in) != "null" {
					t.Error("no decoded value")
				}
				return
			}
			if ClassOf(err) != tt.want {
				t.Fatalf("class = %q (%v), want %s", ClassOf(err), err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
			keyErr := strings.Contains(tt.msg, "duplicate key") || strings.Contains(tt.msg, "differ only in case")
			if errors.Is(err, ErrAmbiguousKey) != keyErr {
				t.Errorf("errors.Is(%v, ErrAmbiguousKey) = %v, want %v", err, !keyErr, keyErr)
			}
		})
	}
}

func TestDecodeStrictKeepsNumbersExact(t *testing.T) {
	_, v, err := DecodeStrict(`{"big":12345678901234567890,"f":0.1}`)
	if err != nil {
		t.Fatal(err)
	}
	m := v.(map[string]any)
	if n := m["big"].(json.Number); n.String() != "12345678901234567890" {
		t.Errorf("big = %s", n)
	}
}

func TestDecodeReply(t *testing.T) {
	s := &Schema{Name: "judge", JSON: json.RawMessage(judgeSchema)}
	tests := []struct {
		name string
		in   string
		want Class
	}{
		{"valid", `{"score":4,"label":"safe","names":["brightpath"]}`, ""},
		{"score above maximum", `{"score":7,"label":"safe","names":[]}`, Malformed},
		{"unknown enum value", `{"score":3,"label":"maybe","names":[]}`, Malformed},
		{"missing field", `{"score":3,"names":[]}`, Malformed},
		{"extra field", `{"score":3,"label":"safe","names":[],"note":"x"}`, Malformed},
		{"case-variant duplicate", `{"score":3,"Score":5,"label":"safe","names":[]}`, Malformed},
		{"truncated", `{"score":3,"label":"sa`, Truncated},
		{"in prose", `Sure! {"score":3,"label":"safe","names":[]}`, Malformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw, err := DecodeReply(s, tt.in)
			if ClassOf(err) != tt.want {
				t.Fatalf("class = %q (%v), want %q", ClassOf(err), err, tt.want)
			}
			if tt.want == "" && string(raw) != tt.in {
				t.Errorf("raw = %s", raw)
			}
		})
	}
}
