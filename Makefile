# domainyours — run `make help` for the targets.
GO      ?= go
BIN     ?= bin/domainyours
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X github.com/domainyours/domainyours/internal/app.Version=$(VERSION)
DESCRIPTION ?= a bakery in Lyon
FUZZTIME ?= 30s

.DEFAULT_GOAL := help
.PHONY: help install build run test test-short audit mutate bench lint fuzz ollama trainer clean safety-score

help: ## show this help
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

install: ## install domainyours into $(go env GOPATH)/bin
	CGO_ENABLED=0 $(GO) install -trimpath -ldflags '$(LDFLAGS)' ./cmd/domainyours

build: ## build a static binary at bin/domainyours
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o $(BIN) ./cmd/domainyours

run: ## the README demo: suggest names for "a bakery in Lyon" (offline, built-in generator)
	$(GO) run ./cmd/domainyours suggest "$(DESCRIPTION)"

test: ## go vet + all tests with the race detector (real Ollama tests run when its binary is built: make ollama)
	$(GO) vet ./...
	$(GO) test -race -count=1 -timeout 25m ./...
	# Retraining the safety classifier is arithmetic only; under -race it would
	# take minutes, so its determinism check runs once without it.
	$(GO) test -count=1 -run '^TestLearnedModel$$' ./internal/safety

test-short: ## quick tests without the race detector
	$(GO) test -count=1 ./...

audit: ## re-run the reliability audit: bad inputs, faults from a fake server, interruption, concurrency, config (docs/audit.md); minutes
	GO=$(GO) bash scripts/audit.sh $(FAMILY)

mutate: ## break the code on purpose (redactor off, CSP off, judge rejects all, ...) and check the tests fail; minutes, needs make ollama
	$(GO) test -tags mutate -count=1 -v -timeout 90m ./tools/mutate

bench: ## run the benchmarks recorded in BENCHMARKS.md
	$(GO) test -run '^$$' -bench . -benchmem -benchtime 1s ./internal/...

lint: ## gofmt, go vet and golangci-lint (layer rules in .golangci.yml)
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || (gofmt -l $$(git ls-files '*.go'); echo "gofmt: run gofmt -w on the files above"; exit 1)
	$(GO) vet ./...
	$(GO) run github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v2.6.2 run --allow-serial-runners ./...

safety-score: ## score the guardrail on a labelled CSV: make safety-score SET=path.csv [MISSES=1]
	@test -n "$(SET)" || (echo "safety-score: name the CSV with SET=path.csv"; exit 2)
	SAFETY_SET="$(abspath $(SET))" SAFETY_MISSES="$(MISSES)" $(GO) test -count=1 -run '^TestScoreSet$$' -v ./internal/safety

fuzz: ## run each fuzz target for FUZZTIME (default 30s)
	$(GO) test -run '^$$' -fuzz '^FuzzValidateLabel$$' -fuzztime $(FUZZTIME) ./internal/domain
	$(GO) test -run '^$$' -fuzz '^FuzzGenerate$$' -fuzztime $(FUZZTIME) ./internal/namegen
	$(GO) test -run '^$$' -fuzz '^FuzzClassify$$' -fuzztime $(FUZZTIME) ./internal/safety
	$(GO) test -run '^$$' -fuzz '^FuzzSuggestBuiltin$$' -fuzztime $(FUZZTIME) ./internal/suggestion

ollama: ## build the pinned Ollama server used by the integration tests (3-8 minutes, cached)
	bash scripts/build-ollama.sh

trainer: ## build llama.cpp's trainers for train (GPU=cuda|vulkan|metal; about 10 minutes on 2 cores, cached)
	bash scripts/build-trainer.sh $(if $(GPU),--gpu $(GPU))

clean: ## remove build output
	rm -rf bin
