package domain

import (
	_ "embed" // marks.txt
	"strings"
	"sync"
)

// marksText is the list of famous marks, shared with internal/namegen,
// which builds its own lookup table from Marks at go generate time.
//
//go:embed marks.txt
var marksText string

var (
	marksOnce sync.Once
	marks     []string
)

// Marks returns the famous marks, lowercase a-z and 0-9, each once, in the
// order marks.txt lists them. The slice is shared: never write to it.
func Marks() []string {
	marksOnce.Do(func() {
		seen := map[string]bool{}
		for _, line := range strings.Split(marksText, "\n") {
			if i := strings.IndexByte(line, '#'); i >= 0 {
				line = line[:i]
			}
			for _, m := range strings.Fields(line) {
				if !seen[m] {
					seen[m] = true
					marks = append(marks, m)
				}
			}
		}
	})
	return marks
}
