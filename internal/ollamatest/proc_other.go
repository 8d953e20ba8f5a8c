//go:build !unix

package ollamatest

import "os/exec"

func setProcessGroup(*exec.Cmd) {}

// terminate has no gentle form here; the server is killed outright.
func terminate(cmd *exec.Cmd) error { return cmd.Process.Kill() }

func killGroup(cmd *exec.Cmd) error { return cmd.Process.Kill() }
