package server

import (
	"crypto/sha256"
	_ "embed"
	"encoding/base64"
	"fmt"
	"net/http"
	"regexp"
	"sync"
)

// page is the whole web page: one file, no CDN, no external anything.
//
//go:embed page/index.html
var page []byte

// pageCSP allows exactly the page's own inline script and style (by hash)
// and requests to this origin; nothing else loads or runs. It is built on the
// first request, not at start: every command pays for package initialisation.
var pageCSP = sync.OnceValue(func() string { return buildCSP(page) })

func buildCSP(html []byte) string {
	hash := func(tag string) string {
		m := regexp.MustCompile(`(?s)<` + tag + `>(.*?)</` + tag + `>`).FindSubmatch(html)
		if m == nil {
			panic("server: page/index.html has no <" + tag + "> element")
		}
		sum := sha256.Sum256(m[1])
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	return fmt.Sprintf("default-src 'none'; script-src %s; style-src %s; connect-src 'self'; img-src data:; "+
		"base-uri 'none'; form-action 'none'; frame-ancestors 'none'", hash("script"), hash("style"))
}

func (s *Server) handlePage(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", pageCSP())
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cache-Control", "no-cache")
	_, _ = w.Write(page) // the client may be gone
}
