// Command domainyours suggests brandable domain names; see README.md.
package main

import (
	"os"

	"github.com/domainyours/domainyours/internal/app"
	// Grows the main goroutine's stack once, before package init.
	_ "github.com/domainyours/domainyours/internal/stackgrow"
)

func main() { os.Exit(int(app.Main())) }
