package suggest

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/domainyours/domainyours/internal/availability"
	"github.com/domainyours/domainyours/internal/cmd/factory"
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
	if err := factory.CheckBounds(factory.Bound{Flag: "--max-checks", V: float64(o.MaxChecks), Lo: 1, Hi: maxMaxChecks}); err != nil {
		return err
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
