//go:build unix

package children

import (
	"os/exec"
	"syscall"
	"testing"
	"time"
)

func TestKillAllKillsTrackedGroups(t *testing.T) {
	// A child that ignores SIGTERM, with a grandchild in its group.
	cmd := exec.Command("sh", "-c", "trap '' TERM; sleep 300 & wait")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	untrack := Track(cmd.Process.Pid)
	defer untrack()
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	time.Sleep(100 * time.Millisecond)
	KillAll()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the tracked group survived KillAll")
	}
	// The whole group is gone: signalling it fails.
	deadline := time.Now().Add(5 * time.Second)
	for syscall.Kill(-cmd.Process.Pid, 0) == nil {
		if time.Now().After(deadline) {
			t.Fatal("a process of the group survived KillAll")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestUntrackedGroupsAreLeftAlone(t *testing.T) {
	cmd := exec.Command("sleep", "300")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	Track(cmd.Process.Pid)()
	KillAll()
	time.Sleep(50 * time.Millisecond)
	if err := syscall.Kill(cmd.Process.Pid, 0); err != nil {
		t.Fatalf("an untracked process was killed: %v", err)
	}
}
