//go:build unix

package journal

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// holderEnv makes the test binary a second process that opens a journal,
// writes one record, says "ready" and waits for stdin to close.
const holderEnv = "JOURNAL_TEST_HOLD"

func TestMain(m *testing.M) {
	if p := os.Getenv(holderEnv); p != "" {
		j, err := Open(p)
		if err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		if err := j.Put("holder", row{Names: []string{"held"}}); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("ready")
		_, _ = bufio.NewReader(os.Stdin).ReadString('\n') // until the parent closes stdin
		j.Close()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// startHolder runs a second real process holding the journal at p and
// returns once it has the lock.
func startHolder(t *testing.T, p string) (*exec.Cmd, func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), holderEnv+"="+p)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || strings.TrimSpace(line) != "ready" {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		t.Fatalf("holder process did not get the journal: %q %v", line, err)
	}
	return cmd, func() { stdin.Close(); _ = cmd.Wait() }
}

// Two processes never write one journal at once: the second is told who
// holds it, and the holder's records stay intact.
func TestSecondProcessIsRefusedWithTheOwnersPID(t *testing.T) {
	p := filepath.Join(t.TempDir(), "run.journal")
	cmd, release := startHolder(t, p)
	_, err := Open(p)
	var busy *BusyError
	if !errors.As(err, &busy) || !errors.Is(err, ErrBusy) {
		release()
		t.Fatalf("Open while another process holds the journal: %v; want a BusyError", err)
	}
	if busy.PID != strconv.Itoa(cmd.Process.Pid) {
		t.Errorf("BusyError names pid %q; the holder is %d", busy.PID, cmd.Process.Pid)
	}
	if msg := err.Error(); !strings.Contains(msg, "DOMAINYOURS_CACHE_DIR") || !strings.Contains(msg, p) {
		t.Errorf("message %q should name the journal and the way out", msg)
	}
	release()

	j, err := Open(p)
	if err != nil {
		t.Fatalf("Open after the holder exited: %v", err)
	}
	defer j.Close()
	var r row
	if ok, err := j.Get("holder", &r); !ok || err != nil || r.Names[0] != "held" {
		t.Errorf("the holder's record: ok=%v err=%v %+v", ok, err, r)
	}
}

// The kernel drops the lock of a process killed with SIGKILL: no stale lock
// ever blocks the resume that follows a kill -9.
func TestLockOfAKilledProcessIsReleased(t *testing.T) {
	p := filepath.Join(t.TempDir(), "run.journal")
	cmd, release := startHolder(t, p)
	defer release()
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	j, err := Open(p)
	if err != nil {
		t.Fatalf("Open after kill -9 of the holder: %v", err)
	}
	j.Close()
}

// Within one process a second Open of a held journal is refused too, so a
// caller cannot index the same file twice and lose track of its size.
func TestSecondOpenInProcessIsRefused(t *testing.T) {
	p := filepath.Join(t.TempDir(), "run.journal")
	j, err := Open(p)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(p); !errors.Is(err, ErrBusy) {
		t.Errorf("second Open: %v; want ErrBusy", err)
	}
	j.Close()
	j2, err := Open(p)
	if err != nil {
		t.Fatalf("Open after Close: %v", err)
	}
	j2.Close()
}
