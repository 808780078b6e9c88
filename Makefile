# Haven developer tasks. `make test` is the one test command: it installs
# what the browser tests need (Chromium, axe-core) and runs every test.

GO ?= go
NPM ?= npm

.PHONY: test deps browser-deps check bench run

test: deps
	$(GO) vet ./...
	@test -z "$$(gofmt -l .)" || (echo "gofmt needed on:"; gofmt -l .; exit 1)
	$(GO) test -count=1 -timeout 30m ./...

deps: browser-deps
	$(GO) mod download

# Chromium from Debian (headless, for chromedp) and axe-core from npm.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { echo "installing chromium"; \
	    if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	    else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }
	@test -f node_modules/axe-core/axe.min.js || $(NPM) ci --no-audit --no-fund

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

run:
	$(GO) run ./cmd/haven
