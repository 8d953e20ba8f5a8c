package datagen

import (
	"sort"

	"github.com/domainyours/domainyours/internal/dataset"
)

// Reasons a valid row is removed while assembling the output.
const (
	RemovedNearDuplicate = "near_duplicate_description"
	RemovedNameReused    = "name_reused"
	RemovedTestOverlap   = "test_set_overlap"
	RemovedTrainOverlap  = "training_overlap"
)

// assembled is the output of a run in file order.
type assembled struct {
	Rows    []dataset.Row
	New     []dataset.Row  // rows this run added (all rows except base)
	Removed map[string]int // by reason
	// NewBySlot maps a kept new row to its slot index.
	NewSlots []int
}

// assemble keeps base rows as they are and appends the generated rows in
// slot order, removing a generated row whose description is a near-duplicate
// of a kept row or of a protected row (the test set when building training
// data, training data when building a test set), or that reuses a name. The
// order of batches finishing never matters: the same inputs give the same
// output.
func assemble(base []dataset.Row, out Outcome, protected []dataset.Row, protectedReason string) assembled {
	var gen []generatedRow
	for _, b := range out.Batches {
		gen = append(gen, b.Rows...)
	}
	sort.SliceStable(gen, func(i, j int) bool { return gen[i].Slot < gen[j].Slot })

	a := assembled{Removed: map[string]int{}}
	kept := newNearIndex()
	guard := newNearIndex()
	for _, p := range protected {
		guard.add(p.Description)
	}
	names := map[string]bool{}
	for _, r := range base {
		a.Rows = append(a.Rows, r)
		kept.add(r.Description)
		for _, n := range r.Suggestions {
			names[n] = true
		}
	}
	for _, g := range gen {
		if _, _, ok := guard.nearest(g.Description); ok {
			a.Removed[protectedReason]++
			continue
		}
		if _, _, ok := kept.nearest(g.Description); ok {
			a.Removed[RemovedNearDuplicate]++
			continue
		}
		reused := false
		for _, n := range g.Names {
			reused = reused || names[n]
		}
		if reused {
			a.Removed[RemovedNameReused]++
			continue
		}
		for _, n := range g.Names {
			names[n] = true
		}
		kept.add(g.Description)
		r := g.row()
		a.Rows = append(a.Rows, r)
		a.New = append(a.New, r)
		a.NewSlots = append(a.NewSlots, g.Slot)
	}
	return a
}

// overlap counts rows whose description is a near-duplicate of one in
// other: the leak check between training data and the test set.
func overlap(rows, other []dataset.Row) int {
	ix := newNearIndex()
	for _, o := range other {
		ix.add(o.Description)
	}
	n := 0
	for _, r := range rows {
		if _, _, ok := ix.nearest(r.Description); ok {
			n++
		}
	}
	return n
}
