#!/usr/bin/env bash
# Sitrep's benchmark suite (`make bench`): whole-process wall time and peak memory of Sitrep's commands,
# next to the project's pandas and polars peers (Benchmarks/peers/) on the same file, in the same run.
#
#   Benchmarks/run.sh [--events N] [--runs R] [--scaling] [--shared]
#
# Runs alternate between Sitrep and the peers, in every order of them in turn (a run is slower right after
# another program that churned the caches); the table gives medians. Besides `indicators` it times
# `sitrep ingest` of the file into a new store (with its rate in rows per second), `sitrep briefing --db` on
# that store, and `sitrep fit` (Poisson GLM and PELT with the Poisson cost) on a 10,000-point count series
# the script writes (bench-data/series-10000.csv: Poisson draws with means 5, 12 and 7, awk's srand(1)).
# With --scaling it also times `indicators` on 0.25M, 1M and 4M events. Data is generated once by
# `sitrep synth` into bench-data/. With --shared, where ../shared/bench is present, the peers are its
# reference_{pandas,polars}.py and the data its gen_events.py's (--seed 1, bench-data/shared-N.csv).
set -euo pipefail
cd "$(dirname "$0")/.."
events=1000000 runs=5 scaling=0 shared=""
while [ $# -gt 0 ]; do
    case "$1" in
        --events) events=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --scaling) scaling=1; shift ;;
        --shared) shared=../shared/bench; shift ;;
        *) echo "usage: $0 [--events N] [--runs R] [--scaling] [--shared]" >&2; exit 64 ;;
    esac
done

make --no-print-directory build >&2  # the release build, with the Makefile's flags
bin=.build/release/sitrep
mkdir -p bench-data
[ -z "$shared" ] || [ -d "$shared" ] || { echo "$shared is not here: nothing to compare with" >&2; exit 1; }
data() {  # data N -> path of a synthetic export with N events
    if [ -n "$shared" ]; then
        local path="bench-data/shared-$1.csv"
        [ -s "$path" ] || python3 "$shared/gen_events.py" --events "$1" --seed 1 > "$path"
    else
        local path="bench-data/events-$1.csv"
        [ -s "$path" ] || $bin synth --events "$1" --seed 1 --out "$path"
    fi
    echo "$path"
}
peer_script() {  # peer_script NAME -> the peer's script
    if [ -n "$shared" ]; then echo "$shared/reference_$1.py"; else echo "Benchmarks/peers/weekly_$1.py"; fi
}
has_python() { python3 -c "import $1" 2>/dev/null; }

# measure NAME COMMAND... : appends "NAME wall_seconds peak_kib" for one run to $results. The wall time is
# bash's microsecond clock around the run (GNU time's %e has only 10 ms steps); the peak is time's %M.
results=$(mktemp)
measure() {
    local name=$1; shift
    local start=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$results.one" "$@" > /dev/null 2>"$results.err" || { cat "$results.err" >&2; exit 1; }
    local end=$EPOCHREALTIME
    echo "$name $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }') $(cat "$results.one")" >> "$results"
}

file=$(data "$events")
peers=()
has_python pandas && peers+=(pandas)
has_python polars && peers+=(polars)

# Same output first: the first ten columns must equal every peer's, byte for byte.
$bin indicators --input "$file" --format csv 2>/dev/null | cut -d, -f1-10 > "$results.sitrep.csv"
for peer in "${peers[@]}"; do
    python3 "$(peer_script "$peer")" "$file" > "$results.$peer.csv"
    cmp -s "$results.sitrep.csv" "$results.$peer.csv" || { echo "sitrep and $peer disagree on $file" >&2; exit 1; }
done

series=bench-data/series-10000.csv
[ -s "$series" ] || awk 'BEGIN {
    srand(1); print "v"
    for (i = 0; i < 10000; i++) {
        mean = i < 3000 ? 5 : (i < 6500 ? 12 : 7); limit = exp(-mean); k = 0; p = rand()
        while (p > limit) { k++; p *= rand() }
        print k
    }
}' > "$series"
store=$(mktemp -d)/bench.db

# The aggregation and its peers run in a different order each round (every order of them in turn), because a
# run is slower right after another program that churned the caches: a fixed order would favour whichever
# came after the smallest command.
contenders=(indicators "${peers[@]/#/peer-}")
case ${#contenders[@]} in
    3) orders=("0 1 2" "1 0 2" "2 1 0" "0 2 1" "2 0 1" "1 2 0") ;;
    2) orders=("0 1" "1 0") ;;
    *) orders=("0") ;;
esac
# warm FILE: reads FILE into the page cache before a timed run that reads it. This machine's memory manager
# (DAMON) pages out cold page-cache pages within seconds, so without it a run would read an unpredictable
# part of the file from disk; every contender is warmed the same way.
warm() { cat "$1" > /dev/null; }
contend() {  # contend NAME: one timed run of the aggregation or a peer
    warm "$file"
    if [ "$1" = indicators ]; then
        measure "indicators" $bin indicators --input "$file" --format csv
    else
        measure "$1" python3 "$(peer_script "${1#peer-}")" "$file"
    fi
}
for ((run = 0; run < runs; run++)); do
    for index in ${orders[$((run % ${#orders[@]}))]}; do contend "${contenders[$index]}"; done
    rm -f "$store" "$store-wal" "$store-shm"
    warm "$file"
    measure "ingest" $bin ingest "$file" --db "$store"
    measure "briefing --db" $bin briefing --db "$store" --out "${store%.db}.md"
    measure "fit pelt 10k" $bin fit --series "$series" --value v --changepoints pelt --cost poisson
done
rm -rf "$(dirname "$store")"

if [ "$scaling" = 1 ]; then
    for n in 250000 1000000 4000000; do
        scaled=$(data $n)
        for ((run = 0; run < runs; run++)); do
            warm "$scaled"
            measure "scaling-$n" $bin indicators --input "$scaled" --format csv
        done
    done
fi

python3 - "$results" "$events" "${peers[@]}" <<'PY'
import statistics, sys
from collections import defaultdict
path, events, peers = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
walls, peaks = defaultdict(list), defaultdict(list)
for line in open(path):
    name, wall, peak = line.rsplit(maxsplit=2)
    walls[name].append(float(wall)); peaks[name].append(int(peak))
median = {name: statistics.median(values) for name, values in walls.items()}
header = ["command", "runs", "median wall (s)", "peak memory (MiB)", "rows/s"] + [f"ratio to {p}" for p in peers]
per_row = {"indicators", "ingest"} | {"peer-" + p for p in peers}  # commands that read the events file
rows = []
for name in walls:
    if name.startswith("scaling-"):
        continue
    label = f"sitrep {name}" if not name.startswith("peer-") else name[5:] + " peer"
    row = [label, str(len(walls[name])), f"{median[name]:.3f}", f"{max(peaks[name]) / 1024:.1f}"]
    row.append(f"{events / median[name]:,.0f}" if name in per_row else "")
    comparable = name == "indicators" or name.startswith("peer-")
    row += [f"{median[name] / median['peer-' + p]:.3f}" if comparable else "" for p in peers]
    rows.append(row)
print(f"{events:,} events, medians of whole-process runs")
print("| " + " | ".join(header) + " |")
print("|" + "|".join(" --- " for _ in header) + "|")
for row in rows:
    print("| " + " | ".join(row) + " |")
scaling = sorted((int(n.split("-")[1]), n) for n in walls if n.startswith("scaling-"))
if scaling:
    print()
    print("| events | median wall (s) | seconds per million | peak memory (MiB) |")
    print("| ---: | ---: | ---: | ---: |")
    for n, name in scaling:
        print(f"| {n:,} | {median[name]:.3f} | {median[name] / n * 1e6:.3f} | {max(peaks[name]) / 1024:.1f} |")
PY
rm -f "$results" "$results".*
