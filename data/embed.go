// Package data embeds the seed files the project ships, so the built-in
// generator works from a bare binary with no files beside it.
package data

import _ "embed"

// SeedDataset is data/dataset_v1.csv (header description,suggestions,label,category).
//
//go:embed dataset_v1.csv
var SeedDataset []byte
