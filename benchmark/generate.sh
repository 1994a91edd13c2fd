#!/usr/bin/env bash
# Generates a district into an empty database; arguments go to org.daftar.benchmark.Generate, e.g.
#   bash benchmark/generate.sh --size 10k --derby /tmp/gen10k
#   bash benchmark/generate.sh --size 1M --jdbc 'jdbc:postgresql://localhost/daftar?reWriteBatchedInserts=true' --user daftar --password daftar
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d benchmark/target/lib ] || mvn -B -q -o -Pbenchmark -pl benchmark -am package -DskipTests
exec java -Xmx2g -Duser.timezone=Asia/Kolkata -Dfile.encoding=UTF-8 -cp 'benchmark/target/classes:benchmark/target/lib/*' \
    org.daftar.benchmark.Generate "$@"
