#!/usr/bin/env bash
# Runs every test: unit tests, the Arquillian suites on Payara Micro (API, security, browser in
# headless Chromium), the uber-jar on PostgreSQL, the EAR on Payara Server, two instances behind nginx
# and a smoke run of the benchmark harness. Installs what it needs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-tools.sh
mvn -B clean install
bash scripts/postgres-check.sh
bash scripts/ear-check.sh
# two instances on one PostgreSQL behind nginx: migrate once, live updates across, escalations once, failover
bash scripts/cluster.sh check
# the benchmark harness at 10k on Derby, short phases, no thresholds: fails only when a request fails
mvn -B -q -Pbenchmark -pl benchmark package -DskipTests
bash benchmark/run.sh --smoke
echo "All Daftar checks passed."
