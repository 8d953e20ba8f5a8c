// Package journal is an append-only, fsynced file of keyed JSON records: the
// memory of long runs (which rows of generate-data or eval are done) and of
// the LLM response cache. Each Put is one line written and synced before it
// returns, so a crash, Ctrl-C or kill -9 loses at most the records being
// written at that instant. On open, a torn last line (a crash mid-write) is
// cut off; the last record of a key wins.
//
// Only offsets are kept in memory; values are read from the file on demand,
// so memory stays flat however many records a run writes.
//
// One process owns a journal at a time: Open takes an exclusive lock on a
// sidecar file (path + ".lock", holding the owner's pid) and fails with
// ErrBusy while another run holds it, because two writers appending to one
// index would each resume the other's work and pay for it twice. Records are
// appended with one write each on an O_APPEND file, so even a writer that
// bypassed the lock could not interleave bytes inside a record.
package journal

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"
)

// MaxRecord bounds one record line (key and value), so a corrupt file cannot
// make Open allocate without limit.
const MaxRecord = 16 << 20

type span struct{ off, n int64 }

// Journal is safe for concurrent use by the goroutines of one process.
type Journal struct {
	mu    sync.Mutex
	f     *os.File
	lock  *os.File
	path  string
	size  int64
	index map[string]span // key → value bytes in the file
	order []string        // keys in first-write order
}

// ErrBusy reports that another process holds the journal.
var ErrBusy = errors.New("journal is in use by another run")

// BusyError names the journal and the process that holds it.
type BusyError struct {
	Path string
	PID  string // as written by the owner; empty when unreadable
}

func (e *BusyError) Error() string {
	owner := "another domainyours run"
	if e.PID != "" {
		owner += " (pid " + e.PID + ")"
	}
	return fmt.Sprintf("%s is using %s; wait for it to finish, or set DOMAINYOURS_CACHE_DIR to another folder for this run", owner, e.Path)
}

// Unwrap lets errors.Is(err, ErrBusy) match.
func (e *BusyError) Unwrap() error { return ErrBusy }

type record struct {
	K string          `json:"k"`
	V json.RawMessage `json:"v"`
}

// Open opens or creates the journal at path.
func Open(path string) (*Journal, error) {
	lock, err := acquire(path)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_APPEND, 0o644)
	if err != nil {
		lock.Close()
		return nil, fmt.Errorf("opening journal %s: %w", path, err)
	}
	j := &Journal{f: f, lock: lock, path: path, index: map[string]span{}}
	if err := j.load(); err != nil {
		j.Close()
		return nil, err
	}
	return j, nil
}

// acquire locks path's sidecar lock file and records this process's pid in it.
func acquire(path string) (*os.File, error) {
	lockPath := path + ".lock"
	lf, err := os.OpenFile(lockPath, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("opening lock file %s: %w", lockPath, err)
	}
	held, err := tryLock(lf)
	if err != nil {
		lf.Close()
		return nil, fmt.Errorf("locking %s: %w", lockPath, err)
	}
	if !held {
		pid, _ := io.ReadAll(io.LimitReader(lf, 32))
		lf.Close()
		return nil, &BusyError{Path: path, PID: string(bytes.TrimSpace(pid))}
	}
	// The pid is only for the message above; failing to write it is harmless.
	if lf.Truncate(0) == nil {
		_, _ = lf.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	}
	return lf, nil
}

// load indexes every complete line and truncates a torn tail.
func (j *Journal) load() error {
	br := bufio.NewReaderSize(j.f, 64<<10)
	var off int64
	for {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			// A long record: gather it whole.
			buf := append([]byte(nil), line...)
			for errors.Is(err, bufio.ErrBufferFull) && len(buf) <= MaxRecord {
				line, err = br.ReadSlice('\n')
				buf = append(buf, line...)
			}
			line = buf
		}
		if errors.Is(err, io.EOF) {
			if len(line) > 0 { // torn tail: written without its newline
				return j.truncate(off)
			}
			break
		}
		if err != nil {
			return fmt.Errorf("reading journal %s: %w", j.path, err)
		}
		var rec record
		if jerr := json.Unmarshal(line, &rec); jerr != nil || rec.K == "" {
			// Only the last line may be torn; damage before it is corruption.
			if _, perr := br.Peek(1); errors.Is(perr, io.EOF) {
				return j.truncate(off)
			}
			return fmt.Errorf("journal %s is damaged at byte %d; move it aside to start the run afresh", j.path, off)
		}
		// The value's position inside the line: after `{"k":<key>,"v":`.
		vstart := bytes.Index(line, []byte(`,"v":`)) + len(`,"v":`)
		j.put(rec.K, span{off + int64(vstart), int64(len(rec.V))})
		off += int64(len(line))
	}
	j.size = off
	return nil
}

func (j *Journal) truncate(at int64) error {
	if err := j.f.Truncate(at); err != nil {
		return fmt.Errorf("repairing journal %s: %w", j.path, err)
	}
	j.size = at
	return nil
}

func (j *Journal) put(k string, s span) {
	if _, ok := j.index[k]; !ok {
		j.order = append(j.order, k)
	}
	j.index[k] = s
}

// Put stores v under key and syncs it to disk before returning.
func (j *Journal) Put(key string, v any) error {
	if key == "" {
		return errors.New("journal: empty key")
	}
	val, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("journal: encoding %q: %w", key, err)
	}
	k, _ := json.Marshal(key)
	line := make([]byte, 0, len(k)+len(val)+12)
	line = append(append(append(line, `{"k":`...), k...), `,"v":`...)
	vstart := len(line)
	line = append(append(line, val...), "}\n"...)
	if len(line) > MaxRecord {
		return fmt.Errorf("journal: record %q is %d bytes; the limit is %d", key, len(line), MaxRecord)
	}
	j.mu.Lock()
	defer j.mu.Unlock()
	// One write per record on an O_APPEND file: the record lands whole at
	// the end, and j.size stays exact because the lock excludes other writers.
	if _, err := j.f.Write(line); err != nil {
		return fmt.Errorf("writing journal %s: %w", j.path, err)
	}
	if err := j.f.Sync(); err != nil {
		return fmt.Errorf("syncing journal %s: %w", j.path, err)
	}
	j.put(key, span{j.size + int64(vstart), int64(len(val))})
	j.size += int64(len(line))
	return nil
}

// Get decodes the value stored under key into v; ok is false when absent.
func (j *Journal) Get(key string, v any) (ok bool, err error) {
	raw, ok, err := j.Raw(key)
	if !ok || err != nil {
		return ok, err
	}
	return true, json.Unmarshal(raw, v)
}

// Raw returns the stored JSON under key.
func (j *Journal) Raw(key string) (json.RawMessage, bool, error) {
	j.mu.Lock()
	s, ok := j.index[key]
	j.mu.Unlock()
	if !ok {
		return nil, false, nil
	}
	buf := make([]byte, s.n)
	if _, err := j.f.ReadAt(buf, s.off); err != nil {
		return nil, false, fmt.Errorf("reading journal %s: %w", j.path, err)
	}
	return buf, true, nil
}

// Has reports whether key has a record.
func (j *Journal) Has(key string) bool {
	j.mu.Lock()
	defer j.mu.Unlock()
	_, ok := j.index[key]
	return ok
}

// Keys returns the keys in the order they were first written.
func (j *Journal) Keys() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return append([]string(nil), j.order...)
}

// Len is the number of distinct keys.
func (j *Journal) Len() int {
	j.mu.Lock()
	defer j.mu.Unlock()
	return len(j.index)
}

// Path returns the file path.
func (j *Journal) Path() string { return j.path }

// Close closes the file and releases the lock.
func (j *Journal) Close() error {
	err := j.f.Close()
	if j.lock != nil {
		j.lock.Close() // closing the descriptor drops the flock
	}
	return err
}
