package ollamatest

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// alive reports whether pid runs: a zombie (exited, not yet reaped) has ended.
func alive(pid int) bool {
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	// The state follows the command name's closing parenthesis.
	s := string(stat)
	i := strings.LastIndexByte(s, ')')
	return i < 0 || i+2 >= len(s) || s[i+2] != 'Z'
}

// TestServerDiesWithKilledTestBinary: a test binary killed outright (go test's
// -timeout, a CI runner, an impatient developer) runs no Cleanup, so only the
// kernel can stop its server. A stand-in test binary starts a long sleep the
// way launch starts `ollama serve`, prints its pid and is then killed.
func TestServerDiesWithKilledTestBinary(t *testing.T) {
	if os.Getenv("OLLAMATEST_STANDIN_PARENT") == "1" {
		child := exec.Command("sleep", "300")
		setProcessGroup(child)
		done := make(chan struct{})
		if err := startWaiting(child, done); err != nil {
			t.Fatalf("start: %v", err)
		}
		os.Stdout.WriteString(strconv.Itoa(child.Process.Pid) + "\n")
		<-done
		return
	}
	parent := exec.Command(os.Args[0], "-test.run=^TestServerDiesWithKilledTestBinary$")
	parent.Env = append(os.Environ(), "OLLAMATEST_STANDIN_PARENT=1")
	out, err := parent.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := parent.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		_ = parent.Process.Kill()
		_ = parent.Wait()
		t.Fatalf("stand-in test binary printed no child pid: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		t.Fatalf("stand-in printed %q, not a pid", line)
	}
	// Whatever happens below, the sleep must not outlive this test.
	t.Cleanup(func() { _ = syscall.Kill(-pid, syscall.SIGKILL) })
	if !alive(pid) {
		t.Fatalf("child %d is not running before its parent is killed", pid)
	}

	if err := parent.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	var exit *exec.ExitError
	if err := parent.Wait(); !errors.As(err, &exit) {
		t.Fatalf("stand-in parent: %v, want killed", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for alive(pid) && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if alive(pid) {
		t.Errorf("child %d still runs after its parent was killed with SIGKILL: an orphaned server", pid)
	}
}
