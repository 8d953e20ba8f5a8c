//go:build unix

package children

import (
	"bufio"
	"io"
	"os/exec"
	"syscall"
	"testing"
	"time"
)

// startGroup starts script with sh as the leader of a new process group
// and returns once the script has printed its first line (so its traps are
// in place), and a channel closed when the group has exited.
func startGroup(t *testing.T, script string) (*exec.Cmd, <-chan struct{}) {
	t.Helper()
	cmd := exec.Command("sh", "-c", script)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) })
	r := bufio.NewReader(out)
	if line, err := r.ReadString('\n'); err != nil || line != "ready\n" {
		t.Fatalf("child: %q, %v", line, err)
	}
	done := make(chan struct{})
	go func() {
		io.Copy(io.Discard, r)
		cmd.Wait()
		close(done)
	}()
	return cmd, done
}

func TestKillAllKillsTrackedGroups(t *testing.T) {
	// A child that ignores SIGTERM, with a grandchild in its group.
	cmd, done := startGroup(t, "trap '' TERM; sleep 300 & echo ready; wait")
	untrack := Track(cmd.Process.Pid)
	defer untrack()
	KillAll()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("the tracked group survived KillAll")
	}
	// The whole group is gone: signalling it fails. The grandchild is not
	// ours to wait for, so its end can only be polled.
	deadline := time.Now().Add(5 * time.Second)
	for syscall.Kill(-cmd.Process.Pid, 0) == nil {
		if time.Now().After(deadline) {
			t.Fatal("a process of the group survived KillAll")
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func TestUntrackedGroupsAreLeftAlone(t *testing.T) {
	// The child answers SIGUSR1 with a line. A SIGKILL sent before it (by a
	// KillAll that wrongly included this group) marks the process for exit
	// at once, so the handler would never run: "alive" proves no SIGKILL
	// came, with no waiting for something not to happen.
	cmd := exec.Command("sh", "-c", "trap 'echo alive; exit 0' USR1; echo ready; while :; do sleep 300 & wait; done")
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL); cmd.Wait() })
	r := bufio.NewReader(out)
	if line, err := r.ReadString('\n'); err != nil || line != "ready\n" {
		t.Fatalf("child: %q, %v", line, err)
	}
	Track(cmd.Process.Pid)() // tracked, then forgotten
	KillAll()
	if err := cmd.Process.Signal(syscall.SIGUSR1); err != nil {
		t.Fatal(err)
	}
	if line, err := r.ReadString('\n'); line != "alive\n" {
		t.Fatalf("an untracked process was killed: it answered %q (%v)", line, err)
	}
}
