package factory

import (
	"fmt"
	"net"

	"github.com/domainyours/domainyours/internal/availability"
	"github.com/domainyours/domainyours/internal/exitcode"
)

// UserAgent names the tool and its version in requests to registries.
func (f *Factory) UserAgent() string {
	return "domainyours/" + f.BuildVersion + " (domain availability check)"
}

// AvailabilityChecker builds the checker behind --check from the
// configuration: the bootstrap (DOMAINYOURS_RDAP_BOOTSTRAP, else the copy
// update-bootstrap saved, else the embedded snapshot), the resolver
// (DOMAINYOURS_DNS_SERVER, else the system's) and the cache under
// DOMAINYOURS_CACHE_DIR, unless noCache. The cache is returned for saving
// (nil with noCache).
func (f *Factory) AvailabilityChecker(noCache bool) (*availability.Checker, *availability.Cache, error) {
	cacheDir := f.Config.Get("DOMAINYOURS_CACHE_DIR")
	override := f.Config.Get("DOMAINYOURS_RDAP_BOOTSTRAP")
	boot, err := availability.LoadBootstrap(override, cacheDir)
	if err != nil {
		hint := "run 'domainyours availability update-bootstrap' again, or delete the saved copy"
		if override != "" {
			hint = "point DOMAINYOURS_RDAP_BOOTSTRAP at an IANA dns.json file, or unset it to use the embedded snapshot"
		}
		return nil, nil, exitcode.New(exitcode.Usage, err, hint)
	}
	server := f.Config.Get("DOMAINYOURS_DNS_SERVER")
	if server != "" {
		if _, _, err := net.SplitHostPort(server); err != nil {
			return nil, nil, exitcode.Usagef("set DOMAINYOURS_DNS_SERVER to host:port, e.g. 127.0.0.1:53",
				"DOMAINYOURS_DNS_SERVER=%q is not host:port", server)
		}
	} else if server, err = availability.SystemDNSServer(); err != nil {
		// RDAP still answers; only the fast first look is lost.
		f.Logger.Warn("availability: no DNS look, RDAP only", "reason", err)
		server = ""
	}
	var cache *availability.Cache
	if !noCache {
		if cache, err = availability.OpenCache(availability.CachePath(cacheDir)); err != nil {
			return nil, nil, exitcode.New(exitcode.Usage, err, "")
		}
	}
	c, err := availability.New(availability.Options{
		Bootstrap: boot, UserAgent: f.UserAgent(), DNSServer: server, Cache: cache,
	})
	if err != nil {
		return nil, nil, fmt.Errorf("availability checker: %w", err)
	}
	f.Logger.Debug("availability", "bootstrap", boot.Source, "published", boot.Publication, "dns", server, "cache", !noCache)
	return c, cache, nil
}
