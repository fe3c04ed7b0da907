# hnsscope build, test and release targets. Run `make help` for the list.

GO          ?= go
VERSION     ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS     := -s -w -X main.version=$(VERSION)
BUILD_FLAGS := -trimpath -ldflags '$(LDFLAGS)'
BIN         := bin/hnsscope
FUZZTIME    ?= 5m
DEMO_BUNDLE ?= testdata/bundles/l2bridge-v2-missing-lb-dsr-rules
PLATFORMS   := linux/amd64 linux/arm64 darwin/amd64 darwin/arm64 windows/amd64 windows/arm64
STATICCHECK ?= $(shell command -v staticcheck 2>/dev/null || echo $(shell $(GO) env GOPATH)/bin/staticcheck)

.PHONY: help build test demo lint fuzz bench dist testdata clean

help: ## list targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-9s %s\n", $$1, $$2}'

build: ## static binary in bin/hnsscope
	CGO_ENABLED=0 $(GO) build $(BUILD_FLAGS) -o $(BIN) ./cmd/hnsscope

test: ## unit, golden and fuzz-seed tests
	$(GO) test ./...

demo: build ## inventory and analysis of a shipped broken bundle
	./$(BIN) inventory $(DEMO_BUNDLE)
	@echo
	./$(BIN) analyze $(DEMO_BUNDLE) || test $$? -eq 1

lint: ## gofmt, go vet, staticcheck
	@out="$$(gofmt -l .)"; if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(STATICCHECK) ./...

fuzz: ## every Fuzz target for FUZZTIME each (default 5m)
	@set -e; for pkg in $$($(GO) list ./...); do \
		for target in $$($(GO) test -list '^Fuzz' $$pkg | grep '^Fuzz' || true); do \
			echo "== $$pkg $$target ($(FUZZTIME))"; \
			$(GO) test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) -fuzzminimizetime 10s $$pkg; \
		done; \
	done

bench: testdata/large ## benchmarks with MB/s, peak memory and the rule-phase share
	$(GO) test -run '^$$' -bench . -benchmem ./...

testdata/large: ## the ~300 MB benchmark bundle (generated on demand, git-ignored)
	$(GO) run ./cmd/hnsgen -large testdata/large

dist: ## static binaries for linux, darwin, windows x amd64, arm64 in dist/
	@mkdir -p dist
	@set -e; for p in $(PLATFORMS); do \
		os=$${p%/*}; arch=$${p#*/}; ext=; [ $$os = windows ] && ext=.exe; \
		echo "dist/hnsscope-$(VERSION)-$$os-$$arch$$ext"; \
		CGO_ENABLED=0 GOOS=$$os GOARCH=$$arch $(GO) build $(BUILD_FLAGS) \
			-o dist/hnsscope-$(VERSION)-$$os-$$arch$$ext ./cmd/hnsscope; \
	done

testdata: ## regenerate the scenario bundles under testdata/bundles
	$(GO) run ./cmd/hnsgen -out testdata/bundles

clean: ## remove build output
	rm -rf bin dist
