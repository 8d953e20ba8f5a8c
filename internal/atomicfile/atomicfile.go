// Package atomicfile writes files so that readers (and a crash) only ever see
// the whole old version or the whole new one: data goes to a temporary file
// in the same directory, is fsynced, then renamed over the target, and the
// directory is fsynced so the rename itself survives a power cut.
package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// File is a pending atomic write. Write to it, then Commit; Abort (or a
// deferred Abort after Commit, which is a no-op) discards it.
type File struct {
	*os.File
	path string
	perm os.FileMode
	done bool
}

// Create starts an atomic write of path with the given permissions.
func Create(path string, perm os.FileMode) (*File, error) {
	dir := filepath.Dir(path)
	// The pid in the name lets RemoveStale tell a dead writer's leftovers
	// from a live writer's file.
	tmp, err := os.CreateTemp(dir, tempPrefix(path)+strconv.Itoa(os.Getpid())+"-*")
	if err != nil {
		return nil, fmt.Errorf("cannot write %s: %w (check that the folder exists and is writable)", path, err)
	}
	return &File{File: tmp, path: path, perm: perm}, nil
}

// Commit makes the written content visible at the target path.
func (f *File) Commit() error {
	if f.done {
		return errors.New("atomicfile: Commit after Commit or Abort")
	}
	f.done = true
	tmp := f.File.Name()
	fail := func(err error) error {
		f.File.Close()
		os.Remove(tmp)
		return fmt.Errorf("cannot write %s: %w; the previous version, if any, is unchanged", f.path, err)
	}
	if err := f.File.Chmod(f.perm); err != nil {
		return fail(err)
	}
	if err := f.File.Sync(); err != nil {
		return fail(err)
	}
	if err := f.File.Close(); err != nil {
		return fail(err)
	}
	if err := os.Rename(tmp, f.path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("cannot write %s: %w; the previous version, if any, is unchanged", f.path, err)
	}
	if d, err := os.Open(filepath.Dir(f.path)); err == nil {
		d.Sync() // best effort: some filesystems do not support syncing directories
		d.Close()
	}
	return nil
}

// Abort discards the pending write. It is safe to call after Commit.
func (f *File) Abort() {
	if f.done {
		return
	}
	f.done = true
	f.File.Close()
	os.Remove(f.File.Name())
}

// WriteFile writes data to path atomically.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	f, err := Create(path, perm)
	if err != nil {
		return err
	}
	defer f.Abort()
	if _, err := f.Write(data); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return f.Commit()
}

func tempPrefix(path string) string { return "." + filepath.Base(path) + ".tmp-" }

// RemoveStale deletes the temporary files that writers of path killed before
// Commit or Abort (kill -9, power loss) left beside it. Files of a writer
// that is still running are kept. It returns how many it removed.
func RemoveStale(path string) (int, error) {
	prefix := tempPrefix(path)
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return 0, err
	}
	n := 0
	for _, e := range entries {
		rest, ok := strings.CutPrefix(e.Name(), prefix)
		if !ok || e.IsDir() {
			continue
		}
		pidText, _, _ := strings.Cut(rest, "-")
		pid, err := strconv.Atoi(pidText)
		if err != nil || pid <= 0 || alive(pid) {
			continue // not ours, or its writer still runs
		}
		if os.Remove(filepath.Join(filepath.Dir(path), e.Name())) == nil {
			n++
		}
	}
	return n, nil
}
