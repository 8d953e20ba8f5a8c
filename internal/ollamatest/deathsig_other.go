//go:build unix && !linux

package ollamatest

import "syscall"

// dieWithParent: only Linux has a parent-death signal; elsewhere a server
// outlives a test binary killed outright, as before.
func dieWithParent(*syscall.SysProcAttr) {}
