//go:build !unix

package trainer

import (
	"os/exec"
	"syscall"
)

func ownGroup(*exec.Cmd) {}

// signalGroup can only kill the child itself where process groups do not
// exist.
func signalGroup(cmd *exec.Cmd, _ syscall.Signal) error {
	if cmd.Process == nil {
		return nil
	}
	return cmd.Process.Kill()
}

const (
	sigTerm = syscall.Signal(15)
	sigKill = syscall.Signal(9)
)
