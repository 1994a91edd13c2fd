#!/usr/bin/env bash
# Builds Daftar and starts it on embedded Derby with the demo district: http://localhost:8080/
# Extra arguments go to Payara Micro (e.g. --port 9090). Data lives in $DAFTAR_DATA (default ./daftar-data).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
export DAFTAR_DEMO="${DAFTAR_DEMO:-true}"
exec java @server-config/micro/jvm.args -jar web-module/target/daftar.jar "$@"
