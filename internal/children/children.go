// Package children remembers the process groups of the external programs
// domainyours is running (the trainer), so that when a user presses Ctrl-C a
// second time and the process exits at once, internal/app can kill them
// first: an impatient exit must not leave an orphaned trainer burning CPU.
package children

import "sync"

var (
	mu     sync.Mutex
	groups map[int]struct{} // made by the first Track: most processes run no child
)

// Track records a child that leads its own process group (pid == pgid) and
// returns the function that forgets it once it has been waited for.
func Track(pid int) (untrack func()) {
	mu.Lock()
	if groups == nil {
		groups = map[int]struct{}{}
	}
	groups[pid] = struct{}{}
	mu.Unlock()
	return func() {
		mu.Lock()
		delete(groups, pid)
		mu.Unlock()
	}
}

// KillAll sends SIGKILL to every tracked process group. It is for the last
// moment before an immediate exit; orderly stops go through each child's
// own context.
func KillAll() {
	mu.Lock()
	defer mu.Unlock()
	for pid := range groups {
		killGroup(pid)
	}
}
