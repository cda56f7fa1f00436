#!/usr/bin/env bash
# Sitrep's `indicators` against the shared peers (../shared/bench/reference_{pandas,polars}.py), where the
# shared bench directory is present: whole-process wall time and peak memory, medians.
#
#   Benchmarks/shared-peers.sh [--rounds N] [--file EVENTS.csv]
#
# The file defaults to the shared generator's 1M events (`gen_events.py --events 1000000 --seed 1`, written
# to bench-data/shared-1000000.csv when missing). After a warm-up run each, every round runs Sitrep and the
# two peers once, in each of their six orders in turn (a run is slower right after another program that
# churned the caches, so a fixed order would favour one of them); N should be a multiple of 6. The first ten
# columns of Sitrep's CSV must equal both peers' outputs byte for byte.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=../shared/bench
rounds=12 file=""
while [ $# -gt 0 ]; do
    case "$1" in
        --rounds) rounds=$2; shift 2 ;;
        --file) file=$2; shift 2 ;;
        *) echo "usage: $0 [--rounds N] [--file EVENTS.csv]" >&2; exit 64 ;;
    esac
done
[ -d "$shared" ] || { echo "$shared is not here: nothing to compare with" >&2; exit 1; }
make --no-print-directory build >&2
bin=.build/release/sitrep
mkdir -p bench-data
if [ -z "$file" ]; then
    file=bench-data/shared-1000000.csv
    [ -s "$file" ] || python3 "$shared/gen_events.py" --events 1000000 --seed 1 > "$file"
fi

results=$(mktemp -d)
measure() {  # measure NAME: one timed run, appending "NAME wall peak_kib" to $results/times
    local name=$1 command
    case $name in
        sitrep) command=("$bin" indicators --input "$file" --by admin1 --period week --format csv) ;;
        *) command=(python3 "$shared/reference_$name.py" "$file") ;;
    esac
    local start=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$results/peak" "${command[@]}" > "$results/$name.csv" 2>/dev/null
    local end=$EPOCHREALTIME
    echo "$name $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", e - s }') $(cat "$results/peak")" \
        >> "$results/times"
}
for name in sitrep polars pandas; do measure "$name"; done
: > "$results/times"
orders=("sitrep polars pandas" "polars sitrep pandas" "pandas polars sitrep" "sitrep pandas polars"
    "pandas sitrep polars" "polars pandas sitrep")
for ((round = 0; round < rounds; round++)); do
    for name in ${orders[$((round % 6))]}; do measure "$name"; done
done
cut -d, -f1-10 "$results/sitrep.csv" > "$results/sitrep10.csv"
for peer in polars pandas; do
    cmp -s "$results/sitrep10.csv" "$results/$peer.csv" || { echo "sitrep and $peer disagree on $file" >&2; exit 1; }
done

python3 - "$results/times" "$file" "$rounds" <<'PY'
import statistics, sys
path, file, rounds = sys.argv[1], sys.argv[2], sys.argv[3]
walls, peaks = {}, {}
for line in open(path):
    name, wall, peak = line.split()
    walls.setdefault(name, []).append(float(wall))
    peaks.setdefault(name, []).append(int(peak))
median = {name: statistics.median(values) for name, values in walls.items()}
print(f"{file}: {rounds} rounds, every order in turn; first ten columns identical to both peers")
print("| program | median wall (s) | peak memory (MiB) | ratio to pandas | ratio to polars |")
print("| --- | --- | --- | --- | --- |")
for name in ["sitrep", "polars", "pandas"]:
    print(f"| {name} | {median[name]:.3f} | {statistics.median(peaks[name]) / 1024:.1f} | "
          f"{median[name] / median['pandas']:.3f} | {median[name] / median['polars']:.3f} |")
PY
rm -rf "$results"
