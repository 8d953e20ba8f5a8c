package suggestion

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/domainyours/domainyours/internal/availability"
)

// WriteTable writes o as a ranked table for a terminal: name and score,
// with the domains, or one row per domain with its availability when it was
// checked.
func (o Output) WriteTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	if len(o.Suggestions) > 0 && len(o.Suggestions[0].Availability) > 0 {
		// One row per domain, so each answer has its own AVAILABILITY cell.
		fmt.Fprintln(tw, "#\tNAME\tSCORE\tDOMAIN\tAVAILABILITY")
		for i, s := range o.Suggestions {
			for j, r := range s.Availability {
				if j == 0 {
					fmt.Fprintf(tw, "%d\t%s\t%.2f\t%s\t%s\n", i+1, s.Name, s.Score, r.Domain, availabilityText(r))
				} else {
					fmt.Fprintf(tw, "\t\t\t%s\t%s\n", r.Domain, availabilityText(r))
				}
			}
		}
		tw.Flush()
		return
	}
	withDomains := len(o.Suggestions) > 0 && len(o.Suggestions[0].Domains) > 0
	if withDomains {
		fmt.Fprintln(tw, "#\tNAME\tSCORE\tDOMAINS")
	} else {
		fmt.Fprintln(tw, "#\tNAME\tSCORE")
	}
	for i, s := range o.Suggestions {
		if withDomains {
			fmt.Fprintf(tw, "%d\t%s\t%.2f\t%s\n", i+1, s.Name, s.Score, strings.Join(s.Domains, "  "))
		} else {
			fmt.Fprintf(tw, "%d\t%s\t%.2f\n", i+1, s.Name, s.Score)
		}
	}
	tw.Flush()
}

// WritePlain writes o for a pipe: one name, or one domain, per line; with
// availability, each domain's state after a tab, or (after an
// available-only search) only the available domains.
func (o Output) WritePlain(w io.Writer) {
	for _, s := range o.Suggestions {
		if len(s.Availability) > 0 {
			// --available-only prints what can be registered, nothing else;
			// --check adds each domain's state after a tab.
			for _, r := range s.Availability {
				switch {
				case o.Search == nil:
					fmt.Fprintf(w, "%s\t%s\n", r.Domain, r.State)
				case r.State == availability.Available:
					fmt.Fprintln(w, r.Domain)
				}
			}
			continue
		}
		if len(s.Domains) == 0 {
			fmt.Fprintln(w, s.Name)
			continue
		}
		for _, d := range s.Domains {
			fmt.Fprintln(w, d)
		}
	}
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
