package report

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/domainyours/domainyours/internal/evaluation"
)

// Table writes the side-by-side comparison of versions that eval prints
// on stdout: the same summary the page renders, as text.
func Table(w io.Writer, rs evaluation.RunSummary) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "VERSION\tN_TOTAL\tN_SCORED\tN_ERROR\tQUALITY [95% CI]\tSAFETY F1 [95% CI]\tFALSE REFUSALS\tVALIDITY")
	for _, s := range rs.Summaries {
		q, f1, fr, val := "n/a", "n/a", "n/a", "n/a"
		if s.Quality != nil {
			q = s.Quality.String()
		}
		if s.Safety != nil && s.Safety.F1 != nil {
			f1 = s.Safety.F1.String()
		}
		if s.Safety != nil && s.Safety.FalseRefusalRate != nil {
			fr = fmt.Sprintf("%d/%d", s.Safety.FalseRefusalRate.Num, s.Safety.FalseRefusalRate.Den)
		}
		if s.Validity != nil {
			val = fmt.Sprintf("%.3f", s.Validity.Value())
		}
		name := s.Version
		if s.Failed != "" {
			name += " (failed)" // over --max-error-rate; stderr says more
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\t%s\n", name, s.NTotal, s.NScored, s.NError, q, f1, fr, val)
	}
	tw.Flush()
	for _, p := range rs.Comparisons {
		diff, pval := "n/a", "n/a"
		if p.Diff != nil {
			diff = p.Diff.String()
		}
		if p.Wilcoxon != nil {
			pval = fmt.Sprintf("%.4f", p.Wilcoxon.P)
		}
		note := ""
		if p.Different {
			note = " (an imported version: its quality uses the seed project's scale)"
		}
		fmt.Fprintf(w, "%s vs %s: quality difference %s over %d paired rows, Wilcoxon p=%s%s\n", p.B, p.A, diff, p.N, pval, note)
	}
}

// Spend writes the judge's calls, tokens and cost (nothing for the
// heuristic judge, which costs nothing).
func Spend(w io.Writer, judge string, s evaluation.Spend) {
	if judge == "heuristic" {
		return
	}
	cost := fmt.Sprintf("$%.4f", s.CostUSD)
	if !s.CostKnown {
		cost = "unknown (model missing from DOMAINYOURS_PRICES)"
	}
	earlier := ""
	if s.EarlierCalls > 0 {
		earlier = fmt.Sprintf(", %d of them by earlier runs for the resumed rows", s.EarlierCalls)
	}
	fmt.Fprintf(w, "judge: %d calls (%d failed%s), %d cached, %d prompt + %d completion tokens, cost %s\n",
		s.Calls, s.Failed, earlier, s.CacheHits, s.PromptTokens, s.CompletionTokens, cost)
}
