// Package mutate checks that the test suite can fail: `make mutate` (go test
// -tags mutate ./tools/mutate) applies each named mutation of mutations_test.go to
// a temporary copy of the tree, one at a time, runs the tests that should
// catch it and fails if any mutation survives. The working tree is never
// touched. It is not part of `make test`: it runs the targeted tests once
// unmutated and once per mutation, which takes minutes.
package mutate
