# scripts/cluster.sh bench (sourced by it): forwarding throughput through nginx to the pair, then
# against one instance alone (the other stopped), with the benchmark harness (benchmark/run.sh) on
# its generated PostgreSQL district (CLUSTER_BENCH_SIZE, default 10k; generated on the first run).
# Writes benchmark/results/<date>-cluster-postgres-<size>.md: the two runs side by side, and links
# to each run's own report. Both instances, nginx, PostgreSQL and Gatling share this machine's
# cores: the pair is not expected to beat one instance here; the figure per instance is what
# docs/scaling.md turns into districts per pair.
SIZE="${CLUSTER_BENCH_SIZE:-10k}"
bash benchmark/run.sh --size "$SIZE" --db postgres --prepare
DB="daftar_h$(tr '[:upper:]' '[:lower:]' <<<"$SIZE")"
INSTANCE_ENV="DAFTAR_DEMO=false DAFTAR_BENCHMARK=true" # the generated district, and the forward limit servlet
OUT="$PWD/benchmark/target/cluster"
rm -rf "$OUT"
trap stop EXIT
start keep
echo "cluster bench: forwarding through nginx to the pair ($NGINX)"
bash benchmark/run.sh --size "$SIZE" --db postgres --base-url "$NGINX" --only forward --out "$OUT/pair"
kill "$(cat "$WORK/instance-b.pid")" && rm -f "$WORK/instance-b.pid"
echo "cluster bench: forwarding against instance a alone (http://127.0.0.1:$PORT_A), b stopped"
bash benchmark/run.sh --size "$SIZE" --db postgres --base-url "http://127.0.0.1:$PORT_A" --only forward --out "$OUT/single"

metric() { # run key: the number in the run's JSON, or n/a
    local v
    v=$(sed -n "s/^ *\"$2\" *: *\([0-9.]*\).*/\1/p" "$OUT/$1"/*-forward.json | head -n 1)
    echo "${v:-n/a}"
}
REPORT="benchmark/results/$(date +%F)-cluster-postgres-$SIZE.md"
{
    echo "# Cluster benchmark $(date +%F): forwarding on PostgreSQL, $SIZE"
    echo
    echo "\`scripts/cluster.sh bench\` on $(nproc) cores: two Payara Micro instances (Hazelcast; server-config/micro/jvm.args each)"
    echo "behind nginx with the route cookie, then instance a alone. PostgreSQL, nginx and Gatling run on the"
    echo "same cores. Forwarding steps up the offered rate while p95 ≤ 500 ms and nothing fails; the figure is"
    echo "the best sustained rate (forwards/s)."
    echo
    echo "| way | pair through nginx | one instance |"
    echo "|---|---|---|"
    for way in form rest limit; do
        echo "| $way | $(metric pair "forward_${way}_per_s") | $(metric single "forward_${way}_per_s") |"
    done
    echo
    echo "Each run's steps:"
    for run in pair single; do
        echo
        echo "## $run"
        echo
        sed -n '/^## Forwarding steps/,/^`n\/a`/p' "$OUT/$run"/*-forward.md | sed '1d;$d'
    done
} > "$REPORT"
echo "cluster bench: $REPORT"
cat "$REPORT"
