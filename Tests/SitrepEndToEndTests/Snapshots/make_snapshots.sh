#!/usr/bin/env bash
# Regenerates the expected files of SitrepEndToEndTests.
#
# The *.pandas.csv files come from the independent peer, ../shared/bench/reference_pandas.py
# (pandas 3.x), run on the synthetic export that `sitrep synth --events 3000 --seed 11` writes; the tests
# compare the first ten columns of `sitrep indicators` with them. The other files are Sitrep's own output,
# reviewed by hand when they change. Run from the repository root after `swift build`.
set -euo pipefail
here=Tests/SitrepEndToEndTests/Snapshots
bin=.build/debug/sitrep
tmp=$(mktemp -d)
$bin synth --events 3000 --seed 11 --out "$tmp/seed11.csv"
python3 ../shared/bench/reference_pandas.py "$tmp/seed11.csv" > $here/indicators-seed11-saturday.pandas.csv
python3 ../shared/bench/reference_pandas.py "$tmp/seed11.csv" --week-start monday > $here/indicators-seed11-monday.pandas.csv
fixture=Tests/SitrepIngestTests/Fixtures/acled-pre2023.csv
$bin indicators --input $fixture --period month --format md > $here/indicators-fixture-month.md
$bin indicators --input $fixture --format json > $here/indicators-fixture-week.json
$bin briefing --input "$tmp/seed11.csv" --week 2025-12-20 --extract-notes --out $here/briefing-seed11.md > /dev/null
$bin alerts --input "$tmp/seed11.csv" --as-of 2025-12-20 --extract-notes > $here/alerts-seed11.md
$bin alerts --input "$tmp/seed11.csv" --as-of 2025-12-20 --extract-notes --format json > $here/alerts-seed11.json
$bin briefing --input Notebooks-data/incidents/mali-2025-blockade.jsonl --week 2025-10-01 --out $here/briefing-blockade.md > /dev/null
$bin compare --input "$tmp/seed11.csv" 2025-06-01..2025-08-31 2025-09-01..2025-11-28 --out $here/compare-seed11.md > /dev/null
python3 -c "import pandas; print('pandas', pandas.__version__)" > $here/VERSIONS
