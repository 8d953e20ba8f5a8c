package evaluation

import "testing"

func TestIsSelector(t *testing.T) {
	for v, want := range map[string]bool{
		"all": true, "builtin": true, "v1": true, "v42": true, "base:llama3.2": true, "base:qwen2.5:0.5b": true, "seed-v1": true,
		"v0": false, "v01": false, "V1": false, "": false, "base:": false, "base:-x": false, "base:a b": false,
		"seed-../x": false, "latest": false, "builtin2": false,
	} {
		if got := IsSelector(v); got != want {
			t.Errorf("IsSelector(%q) = %v, want %v", v, got, want)
		}
	}
}
