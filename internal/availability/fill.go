package availability

import (
	"context"
	"time"
)

// Generator returns candidate names (single labels), best first. It is called
// with round 0, 1, 2, ... while more available names are wanted; names seen
// in an earlier round are skipped.
type Generator func(ctx context.Context, round int) ([]string, error)

// FillOptions bound FindAvailable.
type FillOptions struct {
	TLDs      []string      // each name is checked under every TLD
	Want      int           // names with at least one available domain
	MaxChecks int           // domains checked over the network (cache answers are free)
	Timeout   time.Duration // for all checks together; 0: only ctx's deadline
	MaxRounds int           // generator calls (default 10)
}

// Found is a kept name and the answers for all its domains.
type Found struct {
	Name    string
	Domains []Result
}

// Why FindAvailable stopped.
const (
	StopFound     = "found"     // Want names found
	StopBudget    = "budget"    // the next name would pass MaxChecks
	StopDeadline  = "deadline"  // Timeout (or ctx) ended the checks
	StopExhausted = "exhausted" // the generator gave no new names twice in a row
	StopRounds    = "rounds"    // MaxRounds generator calls made
)

// FillResult is what FindAvailable found and spent.
type FillResult struct {
	Found     []Found // in the order found, at most Want
	Checked   int     // domains checked over the network
	Candidate int     // names considered
	Rounds    int     // generator calls
	Stop      string
}

// FindAvailable overgenerates, then filters: it asks gen for candidates and
// checks them, a few names at a time, until Want names have an available
// domain or the budget, the deadline or the ideas run out. Only names that
// RDAP reported available count; taken and unknown never do.
func (c *Checker) FindAvailable(ctx context.Context, gen Generator, o FillOptions) (FillResult, error) {
	if o.MaxRounds == 0 {
		o.MaxRounds = 10
	}
	checkCtx := ctx
	if o.Timeout > 0 {
		var cancel context.CancelFunc
		checkCtx, cancel = context.WithTimeout(ctx, o.Timeout)
		defer cancel()
	}
	var res FillResult
	seen := map[string]bool{}
	var pending []string
	idle := 0
	for {
		if len(res.Found) >= o.Want {
			res.Stop = StopFound
			return res, nil
		}
		if checkCtx.Err() != nil {
			res.Stop = StopDeadline
			return res, ctx.Err()
		}
		if len(pending) == 0 {
			if res.Rounds >= o.MaxRounds {
				res.Stop = StopRounds
				return res, nil
			}
			names, err := gen(ctx, res.Rounds)
			res.Rounds++
			if err != nil {
				return res, err
			}
			for _, n := range names {
				if !seen[n] {
					seen[n] = true
					pending = append(pending, n)
				}
			}
			if len(pending) == 0 {
				if idle++; idle >= 2 {
					res.Stop = StopExhausted
					return res, nil
				}
				continue
			}
			idle = 0
		}
		// Check twice as many names as are still wanted: most short .com
		// names are taken, and one round trip for a few names beats one per name.
		chunk, cost := c.nextChunk(pending, o, 2*(o.Want-len(res.Found)), o.MaxChecks-res.Checked)
		if len(chunk) == 0 {
			res.Stop = StopBudget
			return res, nil
		}
		pending = pending[len(chunk):]
		var domains []string
		for _, n := range chunk {
			for _, t := range o.TLDs {
				domains = append(domains, n+"."+t)
			}
		}
		results := c.Check(checkCtx, domains)
		res.Checked += cost
		res.Candidate += len(chunk)
		for i, n := range chunk {
			rs := results[i*len(o.TLDs) : (i+1)*len(o.TLDs)]
			if anyAvailable(rs) && len(res.Found) < o.Want {
				res.Found = append(res.Found, Found{Name: n, Domains: rs})
			}
		}
	}
}

// nextChunk takes up to limit names from pending whose uncached domains fit in
// the remaining budget, and returns them with that cost.
func (c *Checker) nextChunk(pending []string, o FillOptions, limit, budget int) ([]string, int) {
	now := c.opts.Now()
	var chunk []string
	cost := 0
	for _, n := range pending {
		if len(chunk) >= limit {
			break
		}
		nc := 0
		for _, t := range o.TLDs {
			if c.opts.Cache == nil {
				nc++
			} else if _, ok := c.opts.Cache.Get(n+"."+t, now); !ok {
				nc++
			}
		}
		if cost+nc > budget {
			break
		}
		chunk = append(chunk, n)
		cost += nc
	}
	return chunk, cost
}

func anyAvailable(rs []Result) bool {
	for _, r := range rs {
		if r.State == Available {
			return true
		}
	}
	return false
}
