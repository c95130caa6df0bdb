#!/usr/bin/env bash
# Renders a gryag HTML report in headless Chromium and saves a screenshot, to see it as a browser
# shows it (offline: the page loads nothing).
#   scripts/render-report.sh [REPORT.html [OUT.png [WIDTHxHEIGHT]]]
# Without REPORT it first writes the report of the sample, docs/examples/carpathians-trip.json.
# Needs Debian's chromium: apt-get install -y chromium fonts-noto-color-emoji
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

report="${1:-}"
if [ -z "$report" ]; then
  report="$work/report.html"
  "$root/gryag" analyze "$root/docs/examples/carpathians-trip.json" --format html -o "$report" -q
fi
out="${2:-report.png}"
size="${3:-1280x2400}"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "render-report: chromium not found (apt-get install -y chromium)" >&2
  exit 2
fi
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --user-data-dir="$work/profile" \
  --screenshot="$out" --window-size="${size/x/,}" "file://$(realpath "$report")" 2>/dev/null
echo "render-report: $(realpath "$report") -> $out"
