package redact

import (
	"net/url"
	"strings"
)

// secretParamWords mark query parameters whose values are credentials
// (api_key, access_token, X-Amz-Signature, client_secret, password, ...).
var secretParamWords = []string{"key", "token", "secret", "pass", "pwd", "sig", "auth", "credential", "session"}

// URL returns raw in a form safe to display: userinfo removed and the values
// of credential-looking query parameters replaced by Placeholder; the fragment
// is dropped. A string
// that does not parse as a URL is not echoed back, because it may be a
// secret pasted into the wrong variable.
func URL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "[unparseable URL]"
	}
	u.User = nil
	// Fragments carry OAuth tokens (#access_token=...) and nothing a reader needs.
	u.Fragment, u.RawFragment = "", ""
	if u.RawQuery != "" {
		// Rewrite in place rather than via url.Values.Encode, which would
		// reorder the parameters and percent-encode the placeholder.
		parts := strings.Split(u.RawQuery, "&")
		for i, part := range parts {
			name, _, _ := strings.Cut(part, "=")
			if dec, err := url.QueryUnescape(name); err == nil {
				name = dec
			}
			if secretParam(name) {
				parts[i] = url.QueryEscape(name) + "=" + Placeholder
			}
		}
		u.RawQuery = strings.Join(parts, "&")
	}
	return u.String()
}

// SecretsFromURL returns the credentials embedded in raw (the userinfo
// password, or a bare userinfo token, and credential-looking query values),
// to be passed to New alongside API keys.
func SecretsFromURL(raw string) []string {
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	var out []string
	if u.User != nil {
		if p, ok := u.User.Password(); ok {
			out = append(out, p)
		} else {
			// https://TOKEN@host is a common way to pass a token.
			out = append(out, u.User.Username())
		}
	}
	for name, vals := range u.Query() {
		if secretParam(name) {
			out = append(out, vals...)
		}
	}
	return out
}

func secretParam(name string) bool {
	n := strings.ToLower(name)
	for _, w := range secretParamWords {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
