// Package workspace is the one place that knows what a version is and where
// every command reads and writes its files: datasets and the test set under
// data/, trained versions under models/, caches and run journals under the
// cache folder, the eval summary and page under reports/.
package workspace

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// ModelFamily is the Ollama model name trained versions are registered
// under: version v2 is the Ollama model domainyours:v2.
const ModelFamily = "domainyours"

// maxVersionDigits keeps version numbers far from overflow in file names
// and comparisons.
const maxVersionDigits = 6

// Version is a trained version: "v" and a number from 1 up, without leading
// zeros (v1, v2, ... v999999). There is no v0: the same rule holds for
// generate-data, train, suggest, eval and the Ollama model list, so a
// version one command writes is a version every other command reads.
type Version struct{ n int }

// ParseVersion accepts v1, v2, ...; anything else (v0, v01, V1, exp, a path)
// is refused with an error that shows the rule.
func ParseVersion(s string) (Version, error) {
	if n, ok := versionNumber(s); ok {
		return Version{n}, nil
	}
	return Version{}, fmt.Errorf("version %q is not allowed: use v1, v2, ... (v and a number from 1 up, no leading zeros)", s)
}

func versionNumber(s string) (int, bool) {
	digits, ok := strings.CutPrefix(s, "v")
	if !ok || digits == "" || len(digits) > maxVersionDigits || digits[0] == '0' || strings.Trim(digits, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(digits)
	return n, err == nil
}

// MustVersion is ParseVersion for constants in tests and tables; it panics
// on a string that is not a version.
func MustVersion(s string) Version {
	v, err := ParseVersion(s)
	if err != nil {
		panic(err)
	}
	return v
}

// IsVersion reports whether s is a version.
func IsVersion(s string) bool {
	_, ok := versionNumber(s)
	return ok
}

// String is "v<N>".
func (v Version) String() string { return "v" + strconv.Itoa(v.n) }

// Number is N of vN; versions compare by it (v10 is newer than v9).
func (v Version) Number() int { return v.n }

// IsZero reports a Version that was never parsed.
func (v Version) IsZero() bool { return v.n == 0 }

// Model is the Ollama model of the version, domainyours:vN.
func (v Version) Model() string { return ModelFamily + ":" + v.String() }

// ModelVersion returns the version of an Ollama model named family:vN
// (domainyours:v2 with ModelFamily). Ollama model names are
// case-insensitive, so the family and the "v" are too; any other model is
// not a version.
func ModelVersion(model, family string) (Version, bool) {
	base, tag, found := strings.Cut(model, ":")
	if !found || !strings.EqualFold(base, family) {
		return Version{}, false
	}
	return versionOfTag(tag)
}

func versionOfTag(tag string) (Version, bool) {
	if strings.HasPrefix(tag, "V") {
		tag = "v" + tag[1:]
	}
	n, ok := versionNumber(tag)
	return Version{n}, ok
}

// SortVersions sorts by number and drops repeats.
func SortVersions(vs []Version) []Version {
	slices.SortFunc(vs, func(a, b Version) int { return a.n - b.n })
	return slices.Compact(vs)
}
