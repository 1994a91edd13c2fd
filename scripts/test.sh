#!/usr/bin/env bash
# Runs every test: unit tests, the Arquillian suites on Payara Micro (API, security, browser in
# headless Chromium), the uber-jar on PostgreSQL and the EAR on Payara Server. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-tools.sh
mvn -B clean install
bash scripts/postgres-check.sh
bash scripts/ear-check.sh
echo "All Daftar checks passed."
