package ollamatest

import "syscall"

// dieWithParent has the kernel kill the server when the thread that started
// it ends: the test binary's, even when that is killed outright.
func dieWithParent(a *syscall.SysProcAttr) { a.Pdeathsig = syscall.SIGKILL }
