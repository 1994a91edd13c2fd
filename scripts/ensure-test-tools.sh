#!/usr/bin/env bash
# Installs what the browser tests need when it is missing: Debian's Chromium and ChromeDriver, and
# axe-core (npm) for the accessibility check. Idempotent; needs root (or the packages already there).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
fi
echo "chromium:     $(/usr/bin/chromium --version 2>/dev/null | head -1)"
echo "chromedriver: $(/usr/bin/chromedriver --version 2>/dev/null | head -1)"

AXE_DIR=.test-tools
if [ ! -f "$AXE_DIR/node_modules/axe-core/axe.min.js" ]; then
    mkdir -p "$AXE_DIR"
    npm install --prefix "$AXE_DIR" --no-audit --no-fund --no-save --loglevel=error axe-core@4 >/dev/null
fi
echo "axe-core:     $(node -p "require('./$AXE_DIR/node_modules/axe-core/package.json').version")"
