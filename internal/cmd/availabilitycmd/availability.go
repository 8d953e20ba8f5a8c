// Package availabilitycmd implements `domainyours availability`.
package availabilitycmd

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/domainyours/domainyours/internal/availability"
	"github.com/domainyours/domainyours/internal/cmd/factory"
	"github.com/domainyours/domainyours/internal/exitcode"
)

// NewCmdAvailability returns the availability command group.
func NewCmdAvailability(f *factory.Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "availability <command>",
		Short: "Manage what domain availability checks rely on",
		Long: `Domain availability checks (suggest --check) ask each registry's RDAP server,
found through IANA's RDAP bootstrap file for DNS (RFC 9224). A snapshot of that
file is built into domainyours; update-bootstrap fetches the current one.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error { return c.Help() },
	}
	cmd.AddCommand(newCmdUpdateBootstrap(f))
	return cmd
}

func newCmdUpdateBootstrap(f *factory.Factory) *cobra.Command {
	var src string
	cmd := &cobra.Command{
		Use:   "update-bootstrap",
		Short: "Download IANA's current RDAP bootstrap file into the cache folder",
		Long: `Download IANA's RDAP bootstrap file for DNS and save it as
DOMAINYOURS_CACHE_DIR/availability/dns.json. Checks use it instead of the
snapshot built into domainyours when it is newer. DOMAINYOURS_RDAP_BOOTSTRAP,
when set, still wins over both.

One GET request goes to --url with a User-Agent naming domainyours and its
version; nothing else is sent.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return updateRun(cmd.Context(), f, src)
		},
	}
	cmd.Flags().StringVar(&src, "url", availability.IANABootstrapURL, "where to download the bootstrap file from")
	return cmd
}

func updateRun(ctx context.Context, f *factory.Factory, src string) error {
	dest := availability.CachedBootstrapPath(f.Config.Get("DOMAINYOURS_CACHE_DIR"))
	old := availability.Embedded()
	b, err := availability.UpdateBootstrap(ctx, &http.Client{Timeout: time.Minute}, src, f.UserAgent(), dest)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return exitcode.New(exitcode.Failure, err, "check the network and --url; checks keep using the snapshot built in (published "+
			old.Publication.Format("2006-01-02")+")")
	}
	fmt.Fprintf(f.IOStreams.Out, "saved the RDAP bootstrap published %s (%d TLDs with RDAP) to %s\n",
		b.Publication.UTC().Format("2006-01-02 15:04 MST"), b.TLDs(), dest)
	if !b.Publication.After(old.Publication) {
		fmt.Fprintf(f.IOStreams.ErrOut, "note: it is not newer than the snapshot built in (published %s), which checks keep using\n",
			old.Publication.Format("2006-01-02"))
	}
	return nil
}
