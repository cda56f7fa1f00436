# Sitrep: the two set-up commands are `make demo` and `make test`.
SWIFT ?= swift
RELEASE_BIN = .build/release/sitrep
# Release builds are tuned to this machine: code for the host CPU (hardware POPCNT, and AVX-512DQ where it has it,
# whose 64-bit lane multiply the CSV block scan uses for its bit masks) and, on Linux, the Swift runtime linked in statically
# (a command starts 5 ms sooner without loading Foundation's shared libraries). `swift build -c release`
# alone gives a portable binary, about 10 % slower on `indicators`.
RELEASE_FLAGS ?= -Xswiftc -target-cpu -Xswiftc native $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib)
DEMO_DATA = Notebooks-data/samples/synthetic-mali.csv
BLOCKADE_DATA = Notebooks-data/incidents/mali-2025-blockade.jsonl

.PHONY: demo test build system-packages bench clean

# What Sitrep needs from Debian: GSL (the statistics) and, for the tests, cmark-gfm (the GFM table check).
# Installed with apt-get only when missing.
system-packages:
	@missing=""; \
	pkg-config --exists gsl 2>/dev/null || missing="$$missing libgsl-dev pkg-config"; \
	command -v cmark-gfm >/dev/null 2>&1 || missing="$$missing cmark-gfm"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing ..."; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

build: system-packages
	$(SWIFT) build -c release $(RELEASE_FLAGS) --product sitrep

# The main job on the bundled data: the weekly briefing for the last complete week, then the period
# comparison and the escalation alerts, and a briefing of the project's own coded 2025 blockade incidents.
demo: build
	$(RELEASE_BIN) briefing --input $(DEMO_DATA) --extract-notes --out briefing.md
	$(RELEASE_BIN) compare --input $(DEMO_DATA) --extract-notes 2025-06-01..2025-08-31 2025-09-01..2025-11-28 --out compare.md
	$(RELEASE_BIN) alerts --input $(DEMO_DATA) --extract-notes --out alerts.md
	$(RELEASE_BIN) briefing --input $(BLOCKADE_DATA) --week 2025-10-01 --out briefing-blockade-2025.md

test: system-packages
	$(SWIFT) build --product sitrep
	$(SWIFT) test

# Benchmarks (not part of `make test`): Sitrep against its pandas and polars peers, medians of 6 runs (one in
# each order of the three).
bench: system-packages
	Benchmarks/run.sh --runs 6 --scaling

clean:
	rm -rf .build briefing*.md briefing*.svg alerts.md compare*.md
