#!/bin/sh
# Refreshes docs/screenshots/: the home page and a penalty page of the example site, at desktop
# (1280 px) and phone (360 px) width, with headless Chromium (Debian package `chromium`) and the
# system CJK fonts (fonts-noto-cjk). Run after changing Templates/:  scripts/screenshots.sh
# Builds Content/ with the creditcity in .build/ (or $CREDITCITY) into a temporary folder.
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
