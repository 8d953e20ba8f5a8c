//go:build unix

package ollamatest

import (
	"os/exec"
	"syscall"
)

// setProcessGroup puts the server in a group of its own, which its runner subprocesses
// inherit, so stopping the group leaves no orphans; where the system can, the server
// also dies with the thread that started it (see startWaiting).
func setProcessGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	dieWithParent(cmd.SysProcAttr)
}

func terminate(cmd *exec.Cmd) error {
	return cmd.Process.Signal(syscall.SIGTERM)
}

func killGroup(cmd *exec.Cmd) error {
	// With Setpgid the group id equals the leader's pid; a negative pid names the group.
	return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
}
