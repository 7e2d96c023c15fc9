#!/usr/bin/env bash
# Re-make outputs/graph.png, the README's picture of the seed graph, in headless Chromium
# (Debian's `chromium` and `fonts-noto-cjk`); no network is used.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1400,900 \
  --virtual-time-budget=8000 --screenshot="$PWD/outputs/graph.png" "file://$PWD/outputs/graph.html"
