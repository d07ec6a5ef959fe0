#!/usr/bin/env bash
# The sharded-build measurement of docs/cluster.md: a one-machine build of CONTENT, then each of N shards
# run alone (one after another, so each has the machine's cores as it would on its own node), then
# assemble (fresh, then again with nothing changed). Prints wall time, CPU time and peak RSS of each step
# and the load average, for ratios on a shared machine.
#   scripts/cluster-bench.sh CONTENT N [WORK]     e.g. scripts/cluster-bench.sh /work/ccbench/content-100k 4
set -euo pipefail
content=$1; n=$2; work=${3:-$(mktemp -d)}
bin=${CREDITCITY:-.build/release/creditcity}
templates=$(cd "$(dirname "$0")/.." && pwd)/Templates
day=2026-11-22
mkdir -p "$work"
measure() { # label, command…: one line "label wall_s cpu_s peak_MiB"
    local label=$1; shift
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" 2>"$work/$label.log"
    read -r wall user sys rss < "$work/time.txt"
    printf '%-22s wall %7.1f s  cpu %7.1f s  peak %6d MiB\n' "$label" "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024))
}
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%d GiB", $2/1048576}' /proc/meminfo); load before: $(cut -d' ' -f1-3 /proc/loadavg)"
measure one-machine "$bin" build --content "$content" --templates "$templates" --output "$work/one/Output" --state "$work/one/state" --as-of $day --verbose
for k in $(seq 0 $((n - 1))); do
    measure "shard-$k-of-$n" "$bin" build --shard "$k/$n" --content "$content" --templates "$templates" --shards "$work/Shards" --as-of $day --verbose
done
measure assemble "$bin" assemble --shards "$work/Shards" --output "$work/Output" --state "$work/state"
measure assemble-again "$bin" assemble --shards "$work/Shards" --output "$work/Output" --state "$work/state"
diff -rq "$work/one/Output" "$work/Output" >/dev/null && echo "assembled Output/ identical to the one-machine build"
echo "files: $(find "$work/Output" -type f | wc -l); load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "stage times (--verbose) are in $work/*.log"
