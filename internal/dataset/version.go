package dataset

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
)

var (
	numberedVersion = regexp.MustCompile(`^v([0-9]{1,6})$`)
	namedVersion    = regexp.MustCompile(`^[a-z0-9][a-z0-9._-]{0,31}$`)
)

// ValidateVersion accepts "v" + digits (v1, v2) or a short lower-case name
// (a-z, 0-9, '.', '_', '-'; 32 characters at most, no ".."). A version is used
// in file and folder names under data/ and models/, so anything that could
// escape them (slashes, "..", NUL, absolute paths, leading dashes) is refused.
func ValidateVersion(v string) error {
	if numberedVersion.MatchString(v) || (namedVersion.MatchString(v) && !containsDotDot(v)) {
		return nil
	}
	return fmt.Errorf("version %q is not allowed: use v1, v2, ... or a short lower-case name (a-z, 0-9, '.', '_', '-', at most 32 characters)", v)
}

func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}

// Path returns data/dataset_<version>.csv for a validated version.
func Path(dataDir, version string) (string, error) {
	if err := ValidateVersion(version); err != nil {
		return "", err
	}
	return filepath.Join(dataDir, "dataset_"+version+".csv"), nil
}

// Versions lists the numbered dataset versions present in dataDir
// (dataset_v1.csv, dataset_v2.csv, ...), in numeric order.
func Versions(dataDir string) ([]string, error) {
	entries, err := os.ReadDir(dataDir)
	if err != nil {
		return nil, err
	}
	type vn struct {
		name string
		n    int
	}
	var found []vn
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		name := e.Name()
		if len(name) < len("dataset_.csv") || filepath.Ext(name) != ".csv" || name[:8] != "dataset_" {
			continue
		}
		v := name[8 : len(name)-4]
		if m := numberedVersion.FindStringSubmatch(v); m != nil {
			n, _ := strconv.Atoi(m[1])
			found = append(found, vn{v, n})
		}
	}
	sort.Slice(found, func(i, j int) bool { return found[i].n < found[j].n })
	out := make([]string, len(found))
	for i, f := range found {
		out[i] = f.name
	}
	return out, nil
}
