# scripts/cluster.sh bench (sourced by it): forwarding throughput through nginx to the pair, then
# against one instance alone, with the benchmark harness (benchmark/run.sh). The figures go into
# the harness's own results; compare them in docs/scaling.md. Numbers taken on a shared machine
# are figures under contention: say so when quoting them.
[ -f benchmark/run.sh ] || { echo "cluster bench: benchmark/run.sh (the harness) is not in this tree yet" >&2; exit 1; }
trap stop EXIT
start keep
echo "cluster bench: forwarding through nginx to the pair ($NGINX)"
bash benchmark/run.sh --base-url "$NGINX" --only forward
echo "cluster bench: forwarding against instance a alone (http://127.0.0.1:$PORT_A)"
bash benchmark/run.sh --base-url "http://127.0.0.1:$PORT_A" --only forward
