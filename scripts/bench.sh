#!/usr/bin/env bash
# The project's build benchmark (docs/performance.md), all in one run so the ratios hold on a shared
# machine: a sample site of RECORDS records built by the release creditcity as a webmaster's day
# goes — a full build, an unchanged rebuild, a 1,000-record change (the first change after a full
# build also makes the second tree once), another 1,000-record change, and the next day's build —
# then the raw floor (bench/rawfloor.c: only creating the same folders and files of the same sizes)
# and Hugo on one page per record page of the same site (bench/hugo-site.py). Wall, CPU and peak
# memory come from /usr/bin/time.
#
#   scripts/bench.sh RECORDS [SEED] [WORKDIR] [--no-hugo]
#
# Results go to stdout, with the machine's load before and after.
set -euo pipefail
n=${1:?usage: scripts/bench.sh RECORDS [SEED] [WORKDIR] [--no-hugo]}
seed=${2:-7}
work=${3:-${TMPDIR:-/tmp}/creditcity-bench-$n-$seed}
hugo=1
[ "${4:-}" = "--no-hugo" ] && hugo=0
asof=2026-11-22
next=2026-11-23
cd "$(dirname "$0")/.."
repo=$(pwd)
swift build -c release --product creditcity >/dev/null
bin="$(swift build -c release --show-bin-path)/creditcity"
mkdir -p "$work"
gcc -O2 -pthread -o "$work/rawfloor" bench/rawfloor.c
if [ ! -d "$work/Content" ]; then "$bin" sample "$work/Content" --records "$n" --seed "$seed" >/dev/null; fi
rm -rf "$work/site" "$work/floor" "$work/hugo"
mkdir -p "$work/site"
results="$work/results.txt"
: > "$results"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# run LABEL COMMAND…: wall, user, sys, peak KiB and the files the build wrote, as one line of $results.
run() {
  local label=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" 2> "$work/stderr.txt" >/dev/null || { cat "$work/stderr.txt"; exit 1; }
  local written
  written=$(grep -o "[0-9]* files written" "$work/stderr.txt" | grep -o "^[0-9]*" || echo "-")
  echo "$label $(cat "$work/time.txt") $written" | tee -a "$results"
  cp "$work/stderr.txt" "$work/stderr-$label.txt"
}
build() {
  # --verbose and the memory trace: each run's stages, times and memory are kept in stderr-LABEL.txt.
  run "$1" env CREDITCITY_TRACE_MEMORY=1 "$bin" build --verbose --content "$work/Content" --templates "$repo/Templates" --output "$work/site/Output" \
    --state "$work/site/state" --as-of "$2"
}
# change FIRST: 处罚内容 of 1,000 penalty rows from row FIRST of the first penalties file gets a correction.
change() {
  python3 - "$work/Content/penalties/sample-0001.csv" "$1" <<'PY'
import csv, sys
path, first = sys.argv[1], int(sys.argv[2])
with open(path, newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f))
column = rows[0].index("CF_NR")
for row in rows[first:first + 1000]:
    row[column] += "（更正）"
with open(path, "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\n").writerows(rows)
PY
}

build full "$asof"
files=$(find "$work/site/Output" -type f | wc -l)
pages=$(find "$work/site/Output" -name index.html | wc -l)
build no-change "$asof"
change 1
build first-change "$asof"
change 1001
build change "$asof"
build next-day "$next"

(cd "$work/site/Output" && find . -type f -printf '%s %P\n' | sort -k2) > "$work/files.txt"
run floor "$work/rawfloor" "$work/files.txt" "$work/floor" 2
rm -rf "$work/floor"
if [ "$hugo" = 1 ]; then
  python3 bench/hugo-site.py "$work/site/Output" "$work/hugo" >/dev/null
  run hugo hugo --quiet -s "$work/hugo" -d "$work/hugo/public"
  hugo_pages=$(find "$work/hugo/public" -name index.html | wc -l)
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "site: $n records, $files files ($pages pages), $(du -sh "$work/site/Output" | cut -f1); machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr)"

# The table, with ratios against the full build, the floor and Hugo.
awk -v pages="$pages" -v files="$files" -v hpages="${hugo_pages:-0}" '
  { wall[$1]=$2; user[$1]=$3; sys[$1]=$4; rss[$1]=$5; written[$1]=$6 }
  END {
    printf "| run | wall | CPU (user+sys) | peak memory | files written | ratio |\n| --- | ---: | ---: | ---: | ---: | --- |\n"
    split("full no-change first-change change next-day floor hugo", order, " ")
    for (i = 1; i <= 7; i++) {
      k = order[i]; if (!(k in wall)) continue
      ratio = ""
      if (k == "full") {
        ratio = sprintf("%.2f× the floor", wall[k] / wall["floor"])
        if ("hugo" in wall) ratio = ratio sprintf("; %.1f× Hugo pages/s, %.2f of its memory", (pages / wall[k]) / (hpages / wall["hugo"]), rss[k] / rss["hugo"])
      } else if (k != "floor" && k != "hugo") {
        ratio = sprintf("%.1f%% of the full build", 100 * wall[k] / wall["full"])
        if (written[k] != "-") ratio = ratio sprintf("; %.2f%% of the files", 100 * written[k] / files)
      } else if (k == "hugo") {
        ratio = sprintf("%d pages", hpages)
      }
      printf "| %s | %.1f s | %.1f s | %.0f MiB | %s | %s |\n", k, wall[k], user[k] + sys[k], rss[k] / 1024, written[k], ratio
    }
  }' "$results"
