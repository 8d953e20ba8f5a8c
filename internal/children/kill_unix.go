//go:build unix

package children

import "syscall"

func killGroup(pid int) { _ = syscall.Kill(-pid, syscall.SIGKILL) }
