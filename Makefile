# privatelink-runbook: make demo | make test | make terraform-test | make bench | make install [PREFIX=/usr/local] | make fuzz
# The service: make serve | make serve-ui-test | make serve-api-fuzz | make serve-bench
# Every target installs what it needs first (libcmark-dev through apt-get) on a fresh Debian machine.

SWIFT   ?= swift
BIN     := .build/debug/privatelink-runbook
RELEASE := .build/release/privatelink-runbook
# The optimised build that `make install` installs and `make bench` measures: the Swift standard
# library and Foundation linked in, so the binary needs only the system's libc, libcmark and zlib, and
# starts faster (no Swift runtime libraries to load and bind; see BENCHMARKS.md).
RELEASE_FLAGS := -c release --static-swift-stdlib
PREFIX  ?= /usr/local
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The article's example values, one argument a line: the single source for `make demo` and the
# test that keeps Output/ current, which generates every task in this order.
EXAMPLE := Output/article-example.args
TASKS   := create add-accounts remove-accounts teardown

.PHONY: deps test-deps build demo test aws-test terraform-test bench record clean browser-test browser-test-breaks screenshots install install-check fuzz \
	serve serve-ui-test serve-api-fuzz serve-bench serve-screenshots

deps:
	@if ! pkg-config --exists libcmark 2>/dev/null; then \
	  echo "Installing libcmark-dev and pkg-config (apt-get)..."; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq libcmark-dev pkg-config >/dev/null; \
	fi
	@# The service's zip (ZIPFoundation) links zlib.
	@if ! pkg-config --exists zlib 2>/dev/null; then \
	  echo "Installing zlib1g-dev (apt-get)..."; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq zlib1g-dev >/dev/null; \
	fi

# The tests cross-check `rules --json` with an independent JSON Schema validator (PyPI jsonschema),
# and paste the AWS CLI blocks into zsh as well as bash (Debian zsh).
test-deps: deps
	@python3 -c 'import jsonschema' 2>/dev/null || { echo "Installing jsonschema (pip)..."; python3 -m pip install -q jsonschema; }
	@command -v zsh >/dev/null || { echo "Installing zsh (apt-get)..."; $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq zsh >/dev/null; }

build: deps
	$(SWIFT) build

demo: build
	for task in $(TASKS); do xargs -d '\n' -a $(EXAMPLE) $(BIN) generate --task $$task --output Output || exit 1; done

# The AWS CLI steps of a generated runbook run against a local AWS API (moto) in the tests.
# Every suite but the AWS CLI scripts run against moto, which take minutes each (make aws-test).
test: test-deps build
	$(SWIFT) test --skip AWSCLIScriptTests

# The runbooks' AWS CLI blocks run by bash and zsh against moto (Scripts/with-moto.sh), in one
# serialized suite: create, existing endpoints, the lifecycle tasks and the replies' commands.
aws-test: test-deps build
	./Scripts/with-moto.sh $(SWIFT) test --filter AWSCLIScriptTests

# The Terraform configurations run for real, apart from `make test` (a minute or two a scenario):
# terraform fmt -check and validate on every golden configuration, then against moto: create, plan,
# apply, outputs, a second plan, destroy; an existing endpoint imported; a subnet in a zone the
# service does not offer. Needs terraform and a local mirror of hashicorp/aws 5.x
# (Scripts/terraform-test.sh says which is missing); installs moto and awscli from PyPI.
terraform-test: deps
	SWIFT=$(SWIFT) ./Scripts/terraform-test.sh

# Re-record the golden runbooks under Tests/RunbookKitTests/Fixtures, then review the diff.
record: build
	RECORD_GOLDENS=1 $(SWIFT) test --filter GoldenTests || true
	$(MAKE) demo

bench: deps
	$(SWIFT) build $(RELEASE_FLAGS)
	./Scripts/bench.sh $(RELEASE) $(EXAMPLE)

# The binary, its man page (swift-argument-parser's generate-manual plugin) and its bash, zsh and
# fish completions (the binary's --generate-completion-script), under $(DESTDIR)$(PREFIX).
install: deps
	@echo "Building privatelink-runbook, optimised (a first build takes 5 to 10 minutes on 2 cores; later ones far less)..."
	$(SWIFT) build $(RELEASE_FLAGS)
	@echo "Building swift-argument-parser's generate-manual, for the man page (a minute)..."
	$(SWIFT) build $(RELEASE_FLAGS) --product generate-manual
	./Scripts/install.sh $(RELEASE) .build/release/generate-manual "$(DESTDIR)$(PREFIX)"

# CI: `make install` from a clean clone into a new folder, then the build folder deleted, and the
# installed command, man page and completions checked.
install-check:
	./Scripts/install-check.sh

clean:
	rm -rf .build

# Fuzzes the paste readers, the rules, the situation, the reply and the notes with libFuzzer: Fuzz/ is
# a package of its own (no main, linked with -sanitize=fuzzer,address) built into .build-fuzz, so the
# normal build never sees it. Seeded with the paste corpus, guided by Fuzz/diagnose.dict (words that
# open every reader's path); new inputs go to build/fuzz/corpus, a crashing input to
# build/fuzz/crash-*. FUZZ_SECONDS=600 make fuzz for a longer run.
FUZZ_SECONDS ?= 60
FUZZER := .build-fuzz/release/diagnose-fuzzer
# The flags reach the EmbedTemplates build tool too, and gold fails to link it with ASan (internal
# error in format_file_lineno, seen here with Swift 6.3.1): lld, shipped with Swift, links it.
# SwiftPM does not notice a file deleted from a path dependency (seen here after a merge: "missing
# inputs"); touching the fuzz manifest makes it plan the build again, without rebuilding.
fuzz: deps
	touch Fuzz/Package.swift
	$(SWIFT) build --package-path Fuzz --scratch-path .build-fuzz -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
	mkdir -p build/fuzz/corpus build/fuzz/seeds
	cp Tests/RunbookEvidenceTests/Fixtures/pastes/*.txt build/fuzz/seeds/
	# Swift's backtracer can hold the output open for minutes after a crash: libFuzzer reports it.
	# Fuzz/lsan.supp: leaks inside Swift's regex compiler, once per pattern (see the file).
	SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=Fuzz/lsan.supp $(FUZZER) -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 -max_len=16384 -dict=Fuzz/diagnose.dict \
	  -print_final_stats=1 -artifact_prefix=build/fuzz/ build/fuzz/corpus build/fuzz/seeds

# Checks every page `make demo` writes (Output/*/*.html) and a page made from hostile catalogs in
# headless Chromium, by what a reader does (pytest + Playwright + axe-core; Scripts/browser_check.py).
# Installs Chromium, a Japanese font and the PyPI packages when missing (Scripts/browser-deps.sh).
browser-test: build
	./Scripts/browser-test.sh

# Breaks the page on purpose, one way at a time, and shows which browser check catches each break.
browser-test-breaks: build
	./Scripts/browser-deps.sh
	python3 Scripts/browser_breaks.py

# The README's screenshots (docs/*.png) of the committed example pages.
screenshots:
	./Scripts/browser-deps.sh
	python3 Scripts/screenshots.py

# The service (`privatelink-runbook serve`) on 127.0.0.1:$(PORT): the form, the ticket page and the
# JSON API. Prints a curl command for the article's example first (build/serve/example.json).
PORT ?= 8080
serve: build
	./Scripts/serve-example.sh $(BIN) $(EXAMPLE) $(PORT)

# The service's pages in headless Chromium: values typed and their problems beside the fields, the
# zip and documents downloaded and compared with generate, a ticket pasted and its reply copied,
# axe-core (pytest + Playwright; Scripts/serve_ui_check.py). Installs what it needs when missing.
serve-ui-test: build
	./Scripts/serve-ui-test.sh

# schemathesis against the running service's /openapi.json: no 5xx, every answer as documented.
serve-api-fuzz: build
	./Scripts/serve-api-fuzz.sh

# wrk against the release build on loopback: requests per second and p99 for a Markdown runbook and
# an HTML page, memory after a million requests (figures in BENCHMARKS.md). Not a test.
serve-bench: deps
	$(SWIFT) build $(RELEASE_FLAGS)
	./Scripts/serve-bench.sh $(RELEASE) $(EXAMPLE)

# The README's screenshots of the service's pages (docs/serve-*.png).
serve-screenshots: build
	./Scripts/browser-deps.sh
	./Scripts/serve-screenshots.sh
