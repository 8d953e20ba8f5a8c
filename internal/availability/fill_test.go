package availability

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/domainyours/domainyours/internal/availability/availabilitytest"
)

// registryWhereFree answers 404 for names starting with "free" and 200 for
// the rest, as most short .com names are taken.
func registryWhereFree(t *testing.T) *availabilitytest.RDAP {
	f := availabilitytest.NewRDAP(t, map[string]string{})
	for i := range 200 {
		for _, tld := range []string{"com", "net"} {
			f.Set(fmt.Sprintf("taken%d.%s", i, tld), "taken")
		}
	}
	return f
}

// gen returns rounds of names from a script; the last round repeats.
func gen(rounds ...[]string) (Generator, *int) {
	calls := 0
	return func(_ context.Context, round int) ([]string, error) {
		calls++
		if round >= len(rounds) {
			round = len(rounds) - 1
		}
		return rounds[round], nil
	}, &calls
}

func names(prefix string, from, n int) []string {
	var out []string
	for i := from; i < from+n; i++ {
		out = append(out, fmt.Sprintf("%s%d", prefix, i))
	}
	return out
}

func fillChecker(t *testing.T, f *availabilitytest.RDAP) *Checker {
	c, err := New(Options{Bootstrap: loadTestBootstrap(t, map[string]string{"com": f.Base(), "net": f.Base()}),
		Limits: Limits{Concurrency: 4, Rate: 1000, Burst: 10}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// It keeps asking for candidates until Want available names are found.
func TestFindAvailableFillsTheCount(t *testing.T) {
	f := registryWhereFree(t)
	c := fillChecker(t, f)
	g, calls := gen(
		append(names("taken", 0, 5), "free0"),
		append(names("taken", 5, 5), "free1", "taken0"), // taken0 was already checked
		append(names("taken", 10, 5), "free2", "free3"),
	)
	res, err := c.FindAvailable(context.Background(), g, FillOptions{TLDs: []string{"com"}, Want: 3, MaxChecks: 50})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, fd := range res.Found {
		got = append(got, fd.Name)
		if fd.Domains[0].State != Available || fd.Domains[0].Source != SourceRDAP {
			t.Errorf("%s kept with %+v", fd.Name, fd.Domains[0])
		}
	}
	if strings.Join(got, ",") != "free0,free1,free2" || res.Stop != StopFound {
		t.Errorf("found %v (stop %s), want free0,free1,free2 (found)", got, res.Stop)
	}
	if *calls != 3 || res.Rounds != 3 {
		t.Errorf("generator called %d times (rounds %d), want 3", *calls, res.Rounds)
	}
	if f.Hits("taken0.com") != 1 {
		t.Errorf("a name repeated by the generator must be checked once, not %d times", f.Hits("taken0.com"))
	}
	if res.Checked > 50 || res.Checked < 13 {
		t.Errorf("checked %d domains", res.Checked)
	}
}

// A name counts when any of its TLDs is available; unknown never counts.
func TestFindAvailableAnyTLD(t *testing.T) {
	f := registryWhereFree(t)
	f.Set("taken1.net", "free")
	f.Set("taken2.net", "500")
	c := fillChecker(t, f)
	g, _ := gen([]string{"taken1", "taken2", "taken3"}, nil)
	res, err := c.FindAvailable(context.Background(), g, FillOptions{TLDs: []string{"com", "net"}, Want: 2, MaxChecks: 50})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Found) != 1 || res.Found[0].Name != "taken1" || res.Stop != StopExhausted {
		t.Fatalf("found %+v, stop %s; want only taken1 (its .net is free), then exhausted", res.Found, res.Stop)
	}
	if d := res.Found[0].Domains; d[0].State != Taken || d[1].State != Available {
		t.Errorf("taken1 domains %+v: want .com taken, .net available, in TLD order", d)
	}
}

// The budget is a hard cap on domains checked over the network.
func TestFindAvailableStopsAtBudget(t *testing.T) {
	f := registryWhereFree(t)
	c := fillChecker(t, f)
	g, _ := gen(names("taken", 0, 20), names("taken", 20, 20), append(names("taken", 40, 20), "free9"))
	res, err := c.FindAvailable(context.Background(), g, FillOptions{TLDs: []string{"com", "net"}, Want: 5, MaxChecks: 15})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stop != StopBudget || len(res.Found) != 0 {
		t.Errorf("stop %s, found %d; want budget and none", res.Stop, len(res.Found))
	}
	if res.Checked != 14 { // 7 names x 2 TLDs; an 8th name would pass 15
		t.Errorf("checked %d domains, want 14", res.Checked)
	}
	total := 0
	for i := range 60 {
		total += f.Hits(fmt.Sprintf("taken%d.com", i)) + f.Hits(fmt.Sprintf("taken%d.net", i))
	}
	if total != res.Checked {
		t.Errorf("the registry saw %d requests but Checked says %d", total, res.Checked)
	}
}

// Answers from the cache cost nothing from the budget.
func TestFindAvailableCacheIsFree(t *testing.T) {
	f := registryWhereFree(t)
	cache, err := OpenCache(CachePath(t.TempDir()))
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(Options{Bootstrap: loadTestBootstrap(t, map[string]string{"com": f.Base()}), Cache: cache,
		Limits: Limits{Concurrency: 4, Rate: 1000, Burst: 10}})
	if err != nil {
		t.Fatal(err)
	}
	var domains []string
	for _, n := range names("taken", 0, 10) {
		domains = append(domains, n+".com")
	}
	c.Check(context.Background(), domains) // now cached as taken
	g, _ := gen(append(names("taken", 0, 10), "free1"))
	res, err := c.FindAvailable(context.Background(), g, FillOptions{TLDs: []string{"com"}, Want: 1, MaxChecks: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Found) != 1 || res.Checked != 1 {
		t.Errorf("found %d with %d checks; ten cached names must not use the budget of 1", len(res.Found), res.Checked)
	}
}
