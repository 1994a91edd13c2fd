#!/usr/bin/env bash
# Runs every test: unit tests, the Arquillian suites on Payara Micro (API, security, browser in
# headless Chromium) and the EAR deployment check on Payara Server. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-tools.sh
mvn -B clean install
bash scripts/ear-check.sh
echo "All Daftar checks passed."
