package namegen

import (
	"fmt"
	"slices"
)

// table is one of the lexicon's string-keyed tables. parseLexicon fills the
// map m; freeze then turns it into sorted keys, their values and an
// open-addressing index, which is the form lexicon_tables.go holds: static
// data the linker lays out, so a process builds no map to load the lexicon
// (building twenty maps of 12,000 entries was a fifth of a suggest process).
type table[V any] struct {
	m     map[string]V // only while parseLexicon fills the table
	keys  []string     // sorted
	vals  []V          // vals[i] is the value of keys[i]
	slots []uint16     // a power of two ≥ 2·len(keys); 0 empty, else a key's index + 1
}

// tableHash is 32-bit FNV-1a; freeze places the keys with it.
func tableHash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

// lookup returns the value of k and whether the table holds k, as a map's
// comma-ok index does.
func (t *table[V]) lookup(k string) (V, bool) {
	if t.m != nil {
		v, ok := t.m[k]
		return v, ok
	}
	var zero V
	if len(t.slots) == 0 {
		return zero, false
	}
	mask := uint32(len(t.slots) - 1)
	for h := tableHash(k) & mask; ; h = (h + 1) & mask {
		i := t.slots[h]
		if i == 0 {
			return zero, false
		}
		if t.keys[i-1] == k {
			return t.vals[i-1], true
		}
	}
}

// get returns the value of k, or V's zero value, as a map's index does.
func (t *table[V]) get(k string) V {
	v, _ := t.lookup(k)
	return v
}

// freeze moves the map's entries into keys, vals and slots; an empty table
// becomes the zero table.
func (t *table[V]) freeze() {
	m := t.m
	if m == nil {
		return
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if len(keys) >= 1<<16-1 {
		panic(fmt.Sprintf("namegen: a lexicon table of %d keys outgrows its uint16 index", len(keys)))
	}
	*t = table[V]{}
	if len(keys) == 0 {
		return
	}
	n := 1
	for n < 2*len(keys) {
		n *= 2
	}
	t.keys, t.vals, t.slots = keys, make([]V, len(keys)), make([]uint16, n)
	for i, k := range keys {
		t.vals[i] = m[k]
		h := tableHash(k) & uint32(n-1)
		for t.slots[h] != 0 {
			h = (h + 1) & uint32(n-1)
		}
		t.slots[h] = uint16(i + 1)
	}
}
