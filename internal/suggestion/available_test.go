package suggestion

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/domainyours/domainyours/internal/availability"
	"github.com/domainyours/domainyours/internal/availability/availabilitytest"
)

// seeded names five candidates per seed: seed 1 gives name1-0..name1-4, and
// so on, so each round of an available-only search brings new names.
type seeded struct{ seeds []int64 }

func (s *seeded) Name() string { return "scripted" }
func (s *seeded) Generate(_ context.Context, req Request) (Reply, error) {
	s.seeds = append(s.seeds, req.Seed)
	var names []string
	for i := range 5 {
		names = append(names, fmt.Sprintf("name%dx%d", req.Seed, i))
	}
	return Reply{Candidates: cands(names...)}, nil
}

func checker(t *testing.T, rdap *availabilitytest.RDAP) *availability.Checker {
	t.Helper()
	boot, err := availability.LoadBootstrap(availabilitytest.WriteBootstrap(t, "2026-11-30T12:00:00Z", map[string]string{"com": rdap.Base()}), "")
	if err != nil {
		t.Fatal(err)
	}
	c, err := availability.New(availability.Options{Bootstrap: boot, Limits: availability.Limits{Concurrency: 1, Rate: 1000, Burst: 10}})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestAddAvailability(t *testing.T) {
	rdap := availabilitytest.NewRDAP(t, map[string]string{})
	rdap.SetDefault("taken")
	for _, n := range []string{"name2x0", "name3x4", "name4x2"} {
		rdap.Set(n+".com", "available")
	}
	tests := []struct {
		name      string
		checks    Checks
		want      []string // the names kept, in order
		states    []availability.State
		search    *AvailabilitySearch
		seedsUsed []int64
	}{
		{name: "no checker leaves the output alone", checks: Checks{},
			want: []string{"name1x0", "name1x1", "name1x2"}, seedsUsed: []int64{1}},
		{name: "check fills in every domain", checks: Checks{Checker: checker(t, rdap), Timeout: 30 * time.Second},
			want: []string{"name1x0", "name1x1", "name1x2"}, states: []availability.State{availability.Taken, availability.Taken, availability.Taken}, seedsUsed: []int64{1}},
		{name: "available-only asks for more names with the next seeds", checks: Checks{Checker: checker(t, rdap), AvailableOnly: true, MaxChecks: 100, Timeout: 30 * time.Second},
			want: []string{"name2x0", "name3x4", "name4x2"}, states: []availability.State{availability.Available, availability.Available, availability.Available},
			search: &AvailabilitySearch{Found: 3, Wanted: 3, Checked: 17, Rounds: 4, Stop: availability.StopFound}, seedsUsed: []int64{1, 2, 3, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := &seeded{}
			svc := New(b)
			req := Request{Description: "a bakery in Lyon", Count: 3, Seed: 1}
			res, err := svc.Suggest(context.Background(), req)
			if err != nil {
				t.Fatal(err)
			}
			out := NewOutput(res, []string{"com"})
			if err := svc.AddAvailability(context.Background(), tt.checks, req, []string{"com"}, res, &out); err != nil {
				t.Fatal(err)
			}
			var got []string
			for i, s := range out.Suggestions {
				got = append(got, s.Name)
				if tt.states == nil {
					if len(s.Availability) != 0 {
						t.Errorf("%s: availability %v without a check", s.Name, s.Availability)
					}
					continue
				}
				if len(s.Availability) != 1 || s.Availability[0].State != tt.states[i] || s.Availability[0].Domain != s.Name+".com" {
					t.Errorf("%s: availability %+v, want %s.com %s", s.Name, s.Availability, s.Name, tt.states[i])
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("names %v, want %v", got, tt.want)
			}
			if fmt.Sprint(b.seeds) != fmt.Sprint(tt.seedsUsed) {
				t.Errorf("seeds asked %v, want %v", b.seeds, tt.seedsUsed)
			}
			if (out.Search == nil) != (tt.search == nil) || out.Search != nil && *out.Search != *tt.search {
				t.Errorf("search %+v, want %+v", out.Search, tt.search)
			}
		})
	}
}
