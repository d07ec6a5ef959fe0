#!/bin/sh
# Refreshes docs/screenshots/: the home page, a penalty page and the statistics page of the example
# site at desktop (1280 px) and phone (360 px) width; the 长辈版 (scripts/elder-screenshots.py, through
# selenium and chromium-driver); and a penalty page printed to A4 (chromium --print-to-pdf, then
# pdftoppm of poppler-utils). Headless Chromium (Debian package `chromium`), system CJK fonts
# (fonts-noto-cjk). Run after changing Templates/:  scripts/screenshots.sh
# Builds Content/ with the creditcity in .build/ (or $CREDITCITY) into a temporary folder; Python is
# $PYTHON, default the test environment of `make test-deps` when it exists.
set -eu
cd "$(dirname "$0")/.."
bin=${CREDITCITY:-}
if [ -z "$bin" ]; then
    swift build --product creditcity >/dev/null
    bin="$(swift build --show-bin-path)/creditcity"
fi
browser=${CHROMIUM:-chromium}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$bin" build --output "$tmp/Output" --state "$tmp/state" --as-of 2026-11-22 2>/dev/null
# The newest penalty of an organisation: the first row of the list that links a subject page.
penalty=$(grep 'class="code"' "$tmp/Output/penalties/index.html" | grep -o 'penalties/cf-[^/"]*/index.html' | head -1)
mkdir -p docs/screenshots
shot() { # name page width height
    "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size="$3,$4" --screenshot="$PWD/docs/screenshots/$1.png" "file://$tmp/Output/$2" >/dev/null 2>&1
    echo "docs/screenshots/$1.png"
}
shot home-desktop index.html 1280 1800
shot home-phone index.html 360 2400
shot penalty-desktop "$penalty" 1280 1400
shot penalty-phone "$penalty" 360 2000
shot statistics-desktop statistics/index.html 1280 2200
shot statistics-phone statistics/index.html 360 2600
# A record as it comes out of a printer: A4, no browser header or footer, first sheet at 110 dpi.
"$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$tmp/record.pdf" \
    "file://$tmp/Output/$penalty" >/dev/null 2>&1
pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$tmp/record.pdf" docs/screenshots/print-record
echo "docs/screenshots/print-record.png ($(pdfinfo "$tmp/record.pdf" | awk '/^Pages:/ {print $2}') A4 page)"
python=${PYTHON:-}
[ -n "$python" ] || { [ -x .build/test-venv/bin/python3 ] && python=.build/test-venv/bin/python3; } || python=python3
"$python" scripts/elder-screenshots.py "$tmp/Output" docs/screenshots
