// Package versioncmd implements `domainyours version`.
package versioncmd

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/domainyours/domainyours/internal/cmd/factory"
)

// NewCmdVersion returns the version command.
func NewCmdVersion(f *factory.Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version of domainyours",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			rev := "unknown"
			if info, ok := debug.ReadBuildInfo(); ok {
				for _, s := range info.Settings {
					if s.Key == "vcs.revision" {
						rev = s.Value
					}
				}
			}
			_, err := fmt.Fprintf(f.IOStreams.Out, "domainyours %s (revision %s, %s, %s/%s)\n",
				f.BuildVersion, rev, runtime.Version(), runtime.GOOS, runtime.GOARCH)
			return err
		},
	}
}
