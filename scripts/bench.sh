#!/usr/bin/env bash
# The project's build benchmark: a sample site of N records, built twice (a first build and an
# unchanged rebuild), with wall time and peak memory from /usr/bin/time.
#
#   scripts/bench.sh 100000 [seed] [workdir]
#
# Uses the release binary (built here if missing). Results go to stdout; docs/performance.md
# keeps the numbers with the machine they were measured on.
set -euo pipefail
n=${1:?usage: scripts/bench.sh RECORDS [SEED] [WORKDIR]}
seed=${2:-1}
work=${3:-${TMPDIR:-/tmp}/creditcity-bench-$n-$seed}
cd "$(dirname "$0")/.."
swift build -c release --product creditcity >/dev/null
bin="$(swift build -c release --show-bin-path)/creditcity"
mkdir -p "$work"
if [ ! -d "$work/Content" ]; then
  /usr/bin/time -f "sample: %e s, peak %M KiB" "$bin" sample "$work/Content" --records "$n" --seed "$seed"
fi
rm -rf "$work/Output" "$work/.Output.previous" "$work/state"
run() {
  /usr/bin/time -f "$1: %e s wall, %U s user, %S s sys, peak %M KiB" \
    "$bin" build --content "$work/Content" --output "$work/Output" --state "$work/state" --as-of 2026-11-22 \
    2> >(grep -E "^(build|licensing|penalties|redlist|blacklist|feeds)|s wall" >&2)
}
run "first build"
run "unchanged rebuild"
echo "files: $(find "$work/Output" -type f | wc -l), size: $(du -sh "$work/Output" | cut -f1)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"
