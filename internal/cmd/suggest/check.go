package suggest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/domainyours/domainyours/internal/availability"
	"github.com/domainyours/domainyours/internal/exitcode"
	"github.com/domainyours/domainyours/internal/suggestion"
)

// checkOptions are the availability flags of suggest.
type checkOptions struct {
	Check         bool
	AvailableOnly bool
	MaxChecks     int
	CheckTimeout  time.Duration
	NoCache       bool
	// Availability builds the checker (factory.AvailabilityChecker).
	Availability func(noCache bool) (*availability.Checker, *availability.Cache, error)

	checker *availability.Checker
	cache   *availability.Cache
}

// Limits of the availability flags.
const (
	defaultMaxChecks    = 50
	maxMaxChecks        = 1000
	defaultCheckTimeout = 5 * time.Second
	maxCheckTimeout     = 10 * time.Minute
)

func addCheckFlags(cmd *cobra.Command, o *checkOptions) {
	fl := cmd.Flags()
	fl.BoolVar(&o.Check, "check", false, "check whether each domain can be registered: asks the registries' RDAP servers and your DNS resolver (env DOMAINYOURS_CHECK=1); without --tld, .com is checked")
	fl.BoolVar(&o.AvailableOnly, "available-only", false, "keep only names with an available domain, generating more until --count are found or --max-checks is spent (implies --check)")
	fl.IntVar(&o.MaxChecks, "max-checks", defaultMaxChecks, fmt.Sprintf("with --available-only: most domains to check over the network, 1-%d (cached answers are free)", maxMaxChecks))
	fl.DurationVar(&o.CheckTimeout, "check-timeout", defaultCheckTimeout, "longest wait for availability answers, for the whole list; what is not known by then is unknown")
	fl.BoolVar(&o.NoCache, "no-cache", false, "ask the registries again instead of using cached availability answers, and store none")
}

// resolveCheck applies DOMAINYOURS_CHECK and validates the availability
// flags; it runs in RunE, before any request.
func resolveCheck(cmd *cobra.Command, o *Options, env string) error {
	if !cmd.Flags().Changed("check") {
		switch strings.ToLower(strings.TrimSpace(env)) {
		case "1", "true", "yes":
			o.Check = true
		case "", "0", "false", "no":
		default:
			return exitcode.Usagef("set DOMAINYOURS_CHECK to 1 or 0", "DOMAINYOURS_CHECK=%q is not 1 or 0", env)
		}
	}
	if o.AvailableOnly {
		o.Check = true
	}
	if cmd.Flags().Changed("max-checks") && !o.AvailableOnly {
		return exitcode.Usagef("add --available-only, or drop --max-checks", "--max-checks applies to --available-only")
	}
	if o.MaxChecks < 1 || o.MaxChecks > maxMaxChecks {
		return exitcode.Usagef(fmt.Sprintf("use --max-checks between 1 and %d", maxMaxChecks), "--max-checks %d is out of range", o.MaxChecks)
	}
	for _, f := range []string{"check-timeout", "no-cache"} {
		if cmd.Flags().Changed(f) && !o.Check {
			return exitcode.Usagef("add --check, or drop --"+f, "--%s applies to availability checks (--check)", f)
		}
	}
	if o.CheckTimeout <= 0 || o.CheckTimeout > maxCheckTimeout {
		return exitcode.Usagef("use --check-timeout between 1ms and 10m, e.g. 5s", "--check-timeout %v is out of range", o.CheckTimeout)
	}
	if o.Check && len(o.TLDs) == 0 {
		o.TLDs = []string{"com"}
	}
	return nil
}

// startChecks builds the checker once per command run.
func (o *Options) startChecks() error {
	if !o.Check {
		return nil
	}
	c, cache, err := o.Availability(o.NoCache)
	if err != nil {
		return err
	}
	o.checker, o.cache = c, cache
	return nil
}

// finishChecks saves the cache; a failure costs only repeated checks later.
func (o *Options) finishChecks() {
	if o.cache == nil {
		return
	}
	if err := o.cache.Save(time.Now()); err != nil {
		fmt.Fprintf(o.IO.ErrOut, "warning: availability answers not cached: %v\n", err)
	}
}

// addAvailability fills in the availability of every domain of out. With
// --available-only it first replaces the suggestions by names that have an
// available domain, asking the backend for more names as needed.
func (o *Options) addAvailability(ctx context.Context, svc *suggestion.Service, desc string, res suggestion.Result, out *suggestion.Output) error {
	if o.checker == nil || res.Refused {
		return nil
	}
	if o.AvailableOnly {
		return o.findAvailable(ctx, svc, desc, out)
	}
	checkCtx, cancel := context.WithTimeout(ctx, o.CheckTimeout)
	defer cancel()
	out.CheckDomains(checkCtx, o.checker)
	return ctx.Err()
}

func (o *Options) findAvailable(ctx context.Context, svc *suggestion.Service, desc string, out *suggestion.Output) error {
	byName := map[string]suggestion.OutputName{}
	for _, s := range out.Suggestions {
		byName[s.Name] = s
	}
	first := out.Suggestions
	gen := func(ctx context.Context, round int) ([]string, error) {
		var names []string
		if round == 0 {
			for _, s := range first {
				names = append(names, s.Name)
			}
			return names, nil
		}
		// More candidates: the most the service gives, with another seed.
		req := o.request(desc)
		req.Count, req.Seed = suggestion.MaxCount, o.Seed+int64(round)
		more, err := svc.Suggest(ctx, req)
		if err != nil || more.Refused {
			return nil, err
		}
		for _, s := range suggestion.NewOutput(more, o.TLDs).Suggestions {
			if _, ok := byName[s.Name]; !ok {
				byName[s.Name] = s
			}
			names = append(names, s.Name)
		}
		return names, nil
	}
	fill, err := o.checker.FindAvailable(ctx, gen, availability.FillOptions{
		TLDs: o.TLDs, Want: o.Count, MaxChecks: o.MaxChecks, Timeout: o.CheckTimeout,
	})
	if err != nil {
		return err
	}
	out.Suggestions = make([]suggestion.OutputName, 0, len(fill.Found))
	for _, f := range fill.Found {
		s := byName[f.Name]
		s.Availability = f.Domains
		out.Suggestions = append(out.Suggestions, s)
	}
	out.Search = &suggestion.AvailabilitySearch{Found: len(fill.Found), Wanted: o.Count, Checked: fill.Checked, Rounds: fill.Rounds, Stop: fill.Stop}
	return nil
}

// searchNote is the stderr line about an --available-only search.
func searchNote(s *suggestion.AvailabilitySearch) string {
	why := map[string]string{
		availability.StopFound:     "",
		availability.StopBudget:    "; --max-checks spent (raise it, or try other --tld)",
		availability.StopDeadline:  "; --check-timeout reached (raise it)",
		availability.StopExhausted: "; the backend had no new names",
		availability.StopRounds:    "; the backend was asked as often as allowed",
	}[s.Stop]
	return fmt.Sprintf("available-only: %d of %d names found after checking %d domains in %d rounds%s",
		s.Found, s.Wanted, s.Checked, s.Rounds, why)
}

// availabilityText is one domain's answer for the table.
func availabilityText(r availability.Result) string {
	switch {
	case r.State == availability.Unknown:
		return "unknown: " + strings.ReplaceAll(string(r.Reason), "_", " ")
	case r.Cached:
		return string(r.State) + " (" + string(r.Source) + ", cached)"
	default:
		return string(r.State) + " (" + string(r.Source) + ")"
	}
}
