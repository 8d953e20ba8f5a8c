package lazyregexp

import (
	"sync"
	"testing"
)

func TestCompilesOnFirstUseOnly(t *testing.T) {
	bad := New(`(unclosed`) // would panic here if compiled eagerly
	if bad.String() != `(unclosed` {
		t.Fatalf("String() = %q", bad.String())
	}
	defer func() {
		if recover() == nil {
			t.Fatal("first use of a malformed pattern did not panic")
		}
	}()
	bad.MatchString("x")
}

func TestDelegates(t *testing.T) {
	r := New(`(\w+)-(\d+)`)
	if !r.MatchString("ab-12") || r.MatchString("ab-") {
		t.Error("MatchString")
	}
	if m := r.FindStringSubmatch("x ab-12"); len(m) != 3 || m[1] != "ab" || m[2] != "12" {
		t.Errorf("FindStringSubmatch = %q", m)
	}
	if m := r.FindAllStringSubmatch("ab-12 cd-3 ef-4", 2); len(m) != 2 || m[1][1] != "cd" {
		t.Errorf("FindAllStringSubmatch = %q", m)
	}
	if m := r.FindSubmatch([]byte("cd-3")); len(m) != 3 || string(m[2]) != "3" {
		t.Errorf("FindSubmatch = %q", m)
	}
	if got := r.ReplaceAllString("ab-12 cd-3", "$2$1"); got != "12ab 3cd" {
		t.Errorf("ReplaceAllString = %q", got)
	}
	if got := New(`[.;]+`).Split("a.b;;c", -1); len(got) != 3 || got[2] != "c" {
		t.Errorf("Split = %q", got)
	}
	if first, again := r.Regexp(), r.Regexp(); first != again {
		t.Error("Regexp() compiled twice")
	}
}

func TestConcurrentFirstUse(t *testing.T) {
	r := New(`^a+$`)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if !r.MatchString("aaa") {
				t.Error("no match")
			}
		})
	}
	wg.Wait()
}
