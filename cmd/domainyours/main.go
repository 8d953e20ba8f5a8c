// Command domainyours suggests brandable domain names; see README.md.
package main

import (
	"os"

	"github.com/domainyours/domainyours/internal/app"
)

func main() { os.Exit(int(app.Main())) }
