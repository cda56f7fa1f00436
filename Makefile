# Sitrep: the two set-up commands are `make demo` and `make test`.
SWIFT ?= swift
RELEASE_BIN = .build/release/sitrep
DEMO_DATA = Notebooks-data/samples/synthetic-mali.csv

.PHONY: demo test build gsl bench clean

# GSL is the one system library Sitrep needs; install it with apt-get when pkg-config cannot find it.
gsl:
	@pkg-config --exists gsl 2>/dev/null || { \
		echo "Installing libgsl-dev (GNU Scientific Library)..."; \
		SUDO=$$( [ "$$(id -u)" -eq 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq libgsl-dev pkg-config; }

build: gsl
	$(SWIFT) build -c release --product sitrep

# The main job on the bundled data: the weekly briefing for the last complete week.
demo: build
	$(RELEASE_BIN) briefing --input $(DEMO_DATA) --out briefing.md

test: gsl
	$(SWIFT) build --product sitrep
	$(SWIFT) test

clean:
	rm -rf .build briefing.md

# Benchmarks (not part of `make test`): Sitrep against its pandas and polars peers, medians of 5 runs.
bench: gsl
	Benchmarks/run.sh --runs 5 --scaling
