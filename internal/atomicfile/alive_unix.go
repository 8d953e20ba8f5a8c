//go:build unix

package atomicfile

import (
	"errors"
	"syscall"
)

// alive reports whether a process with this pid exists. EPERM means it
// exists but belongs to someone else: alive.
func alive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
