package suggestion

import (
	"context"
	"time"

	"github.com/domainyours/domainyours/internal/availability"
)

// Checks are the availability checks of a run: with a Checker, every
// domain's state is filled in; with AvailableOnly too, the suggestions are
// replaced by names that have an available domain.
type Checks struct {
	Checker       *availability.Checker // nil: no checks
	AvailableOnly bool
	MaxChecks     int           // most domains checked over the network by an AvailableOnly search
	Timeout       time.Duration // for the whole list; what is not known by then is unknown
}

// AddAvailability fills in the availability of every domain of out, the
// rendering of res for tlds. With AvailableOnly it first replaces the
// suggestions by names that have an available domain, asking the backend
// for more names (req with other seeds) as needed, and records the search
// in out.Search. No checker, or a refusal, leaves out as it is.
func (s *Service) AddAvailability(ctx context.Context, c Checks, req Request, tlds []string, res Result, out *Output) error {
	if c.Checker == nil || res.Refused {
		return nil
	}
	if c.AvailableOnly {
		return s.findAvailable(ctx, c, req, tlds, out)
	}
	checkCtx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	out.CheckDomains(checkCtx, c.Checker)
	return ctx.Err()
}

func (s *Service) findAvailable(ctx context.Context, c Checks, req Request, tlds []string, out *Output) error {
	byName := map[string]OutputName{}
	for _, n := range out.Suggestions {
		byName[n.Name] = n
	}
	first := out.Suggestions
	gen := func(ctx context.Context, round int) ([]string, error) {
		var names []string
		if round == 0 {
			for _, n := range first {
				names = append(names, n.Name)
			}
			return names, nil
		}
		// More candidates: the most the service gives, with another seed.
		more := req
		more.Count, more.Seed = MaxCount, req.Seed+int64(round)
		res, err := s.Suggest(ctx, more)
		if err != nil || res.Refused {
			return nil, err
		}
		for _, n := range NewOutput(res, tlds).Suggestions {
			if _, ok := byName[n.Name]; !ok {
				byName[n.Name] = n
			}
			names = append(names, n.Name)
		}
		return names, nil
	}
	fill, err := c.Checker.FindAvailable(ctx, gen, availability.FillOptions{
		TLDs: tlds, Want: req.Count, MaxChecks: c.MaxChecks, Timeout: c.Timeout,
	})
	if err != nil {
		return err
	}
	out.Suggestions = make([]OutputName, 0, len(fill.Found))
	for _, f := range fill.Found {
		n := byName[f.Name]
		n.Availability = f.Domains
		out.Suggestions = append(out.Suggestions, n)
	}
	out.Search = &AvailabilitySearch{Found: len(fill.Found), Wanted: req.Count, Checked: fill.Checked, Rounds: fill.Rounds, Stop: fill.Stop}
	return nil
}
