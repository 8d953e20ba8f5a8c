package llm

import (
	"encoding/json"
	"strings"
	"testing"
)

// judgeSchema looks like the judge's reply schema: a bounded score, a
// closed label set and a list of names.
const judgeSchema = `{
  "type": "object",
  "description": "judge reply",
  "properties": {
    "score": {"type": "integer", "minimum": 1, "maximum": 5},
    "label": {"type": "string", "enum": ["safe", "unsafe"]},
    "names": {"type": "array", "items": {"type": "string", "pattern": "^[a-z0-9-]+$", "minLength": 5, "maxLength": 50}, "maxItems": 5}
  },
  "required": ["score", "label", "names"],
  "additionalProperties": false
}`

func TestCompileSchemaRejects(t *testing.T) {
	tests := []struct {
		name, schema, msg string
	}{
		{"not JSON", `{`, "not JSON"},
		{"not an object", `[]`, "must be an object"},
		{"unsupported keyword", `{"type":"object","anyOf":[]}`, `unsupported JSON Schema keyword "anyOf"`},
		{"nested unsupported keyword", `{"properties":{"a":{"format":"email"}}}`, `"format" at #/properties/a`},
		{"unknown type", `{"type":"float"}`, `unknown type "float"`},
		{"bad pattern", `{"pattern":"("}`, "#/pattern"},
		{"negative minItems", `{"minItems":-1}`, "non-negative"},
		{"fractional maxItems", `{"maxItems":1.5}`, "non-negative integer"},
		{"object additionalProperties", `{"additionalProperties":{"type":"string"}}`, "only true or false"},
		{"object in enum", `{"enum":[{"a":1}]}`, "only string, number"},
		{"empty enum", `{"enum":[]}`, "non-empty"},
		{"required but forbidden", `{"properties":{"a":{}},"required":["b"],"additionalProperties":false}`, `lists "b"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CompileSchema(json.RawMessage(tt.schema))
			if err == nil {
				t.Fatal("compiled, want an error")
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	v, err := CompileSchema(json.RawMessage(judgeSchema))
	if err != nil {
		t.Fatal(err)
	}
	nullable, err := CompileSchema(json.RawMessage(`{"type":["number","null"],"minimum":0.5,"maximum":1}`))
	if err != nil {
		t.Fatal(err)
	}
	numEnum, err := CompileSchema(json.RawMessage(`{"enum":[1,2.5,true,null,"x"]}`))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		v    *Validator
		in   string
		msg  string // "" = valid
	}{
		{"valid", v, `{"score":5,"label":"unsafe","names":["alpha","beta-two"]}`, ""},
		{"integer written as 5.0", v, `{"score":5.0,"label":"safe","names":[]}`, ""},
		{"fractional score", v, `{"score":4.5,"label":"safe","names":[]}`, "$.score is number, want integer"},
		{"score below minimum", v, `{"score":0,"label":"safe","names":[]}`, "below the minimum 1"},
		{"score above maximum", v, `{"score":6,"label":"safe","names":[]}`, "above the maximum 5"},
		{"score as string", v, `{"score":"5","label":"safe","names":[]}`, "$.score is string, want integer"},
		{"unknown enum", v, `{"score":3,"label":"Safe","names":[]}`, `"Safe" is not one of the allowed values`},
		{"missing required", v, `{"score":3,"label":"safe"}`, `missing required property "names"`},
		{"additional property", v, `{"score":3,"label":"safe","names":[],"extra":1}`, `unexpected property "extra"`},
		{"too many items", v, `{"score":3,"label":"safe","names":["aaaaa","bbbbb","ccccc","ddddd","eeeee","fffff"]}`, "6 items, want at most 5"},
		{"pattern mismatch", v, `{"score":3,"label":"safe","names":["Upper"]}`, "$.names[0]"},
		{"too short", v, `{"score":3,"label":"safe","names":["abc"]}`, "3 characters, want at least 5"},
		{"wrong root type", v, `[1]`, "$ is array, want object"},
		{"huge number", v, `{"score":1e999,"label":"safe","names":[]}`, "out of range"},
		{"nullable null", nullable, `null`, ""},
		{"nullable number", nullable, `0.75`, ""},
		{"nullable below minimum", nullable, `0.25`, "below the minimum 0.5"},
		{"nullable wrong type", nullable, `"0.75"`, "want number or null"},
		{"numeric enum matches by value", numEnum, `2.50`, ""},
		{"enum bool", numEnum, `true`, ""},
		{"enum null", numEnum, `null`, ""},
		{"enum miss", numEnum, `3`, "not one of the allowed values"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, decoded, err := DecodeStrict(tt.in)
			if err != nil {
				t.Fatalf("decode: %v", err)
			}
			err = tt.v.Validate(decoded)
			if tt.msg == "" {
				if err != nil {
					t.Fatalf("rejected: %v", err)
				}
				return
			}
			if ClassOf(err) != Malformed {
				t.Fatalf("class = %q (%v), want malformed", ClassOf(err), err)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not mention %q", err, tt.msg)
			}
		})
	}
}

func TestMinItems(t *testing.T) {
	v, err := CompileSchema(json.RawMessage(`{"type":"array","minItems":2}`))
	if err != nil {
		t.Fatal(err)
	}
	_, one, _ := DecodeStrict(`[1]`)
	if err := v.Validate(one); err == nil || !strings.Contains(err.Error(), "at least 2") {
		t.Errorf("Validate([1]) = %v, want a minItems error", err)
	}
	_, two, _ := DecodeStrict(`[1,2]`)
	if err := v.Validate(two); err != nil {
		t.Errorf("Validate([1,2]) = %v", err)
	}
}
