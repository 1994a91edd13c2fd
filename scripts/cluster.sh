#!/usr/bin/env bash
# Two instances of the built uber-jar on one PostgreSQL database, clustered by Hazelcast on loopback,
# behind nginx with sticky sessions (server-config/nginx/daftar.conf). See docs/scaling.md.
#   scripts/cluster.sh start   PostgreSQL (Debian's, installed/started if missing), the pair and nginx
#   scripts/cluster.sh start-fresh   the same on a new, empty database
#   scripts/cluster.sh stop    stops what start started (PostgreSQL keeps running)
#   scripts/cluster.sh check   a fresh pair on a fresh database: both start together and migrate once;
#                              a live update raised on one instance reaches a browser on the other;
#                              escalations fire exactly once; killing the instance that serves a
#                              logged-in user keeps them working on the other (re-login, note kept)
#   scripts/cluster.sh bench   the forwarding benchmark through nginx and against one instance
# Ports: CLUSTER_PORT_A/B (18140/18141), CLUSTER_NGINX_PORT (18150), CLUSTER_HZ_PORT (18160, +1 for B);
# database CLUSTER_DB (daftar_k). Logs and pids in web-module/target/cluster.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh

PORT_A="${CLUSTER_PORT_A:-18140}"
PORT_B="${CLUSTER_PORT_B:-18141}"
NGINX_PORT="${CLUSTER_NGINX_PORT:-18150}"
HZ_PORT="${CLUSTER_HZ_PORT:-18160}"
DB="${CLUSTER_DB:-daftar_k}"
INSTANCE_ENV="DAFTAR_DEMO=true" # the demo district; the bench runs the pair on a generated one instead
JAR="$PWD/web-module/target/daftar.jar"
WORK="$PWD/web-module/target/cluster"
PAIR_JAR="$WORK/daftar-pair.jar"
NGINX="http://127.0.0.1:$NGINX_PORT"

# The uber-jar is built with --nocluster (a lone server must not join strangers by multicast), and
# Payara Micro lets the jar's own settings win over the command line; so the pair runs a copy whose
# payaramicro.properties says noCluster=false, and clusters over TCP on the addresses given below.
pair_jar() {
    [ "$PAIR_JAR" -nt "$JAR" ] && return 0
    local tmp="$WORK/pair-jar"
    rm -rf "$tmp" && mkdir -p "$tmp/MICRO-INF/deploy"
    unzip -p "$JAR" MICRO-INF/deploy/payaramicro.properties \
        | sed 's/^payaramicro.noCluster=true$/payaramicro.noCluster=false/' > "$tmp/MICRO-INF/deploy/payaramicro.properties"
    cp "$JAR" "$PAIR_JAR.tmp"
    (cd "$tmp" && jar -u -0 -f "$PAIR_JAR.tmp" MICRO-INF/deploy/payaramicro.properties)
    mv "$PAIR_JAR.tmp" "$PAIR_JAR"
}

port_of() { if [ "$1" = a ]; then echo "$PORT_A"; else echo "$PORT_B"; fi; }

start_instance() { # a | b
    local name=$1 port hz
    port=$(port_of "$1"); hz=$((HZ_PORT + $([ "$1" = a ] && echo 0 || echo 1)))
    mkdir -p "$WORK/data-$DB-$name"
    # shellcheck disable=SC2046
    env $(pg_env "$DB") $INSTANCE_ENV DAFTAR_CLUSTER=true DAFTAR_DATA="$WORK/data-$DB-$name" \
        java @server-config/micro/jvm.args -jar "$PAIR_JAR" --port "$port" \
        --name "daftar-$name" --clustername "$DB" --interfaces 127.0.0.1 --startport "$hz" --nohostaware \
        --clustermode "tcpip:127.0.0.1:$HZ_PORT,127.0.0.1:$((HZ_PORT + 1))" \
        > "$WORK/instance-$name.log" 2>&1 &
    echo $! > "$WORK/instance-$name.pid"
    disown # stopped by pid (stop, or the check's crash), not by this shell
}

wait_ready() { # name
    local port; port=$(port_of "$1")
    for _ in $(seq 1 150); do
        curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && return 0
        kill -0 "$(cat "$WORK/instance-$1.pid")" 2>/dev/null || break
        sleep 1
    done
    echo "cluster: instance $1 (port $port) did not become ready" >&2
    tail -n 40 "$WORK/instance-$1.log" >&2
    return 1
}

start_nginx() {
    if ! command -v nginx >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq nginx >/dev/null
    fi
    mkdir -p "$WORK/nginx/tmp" && chmod 1777 "$WORK/nginx/tmp"
    sed -e "s/@A@/127.0.0.1:$PORT_A/g; s/@B@/127.0.0.1:$PORT_B/g; s/@LISTEN@/127.0.0.1:$NGINX_PORT/g" \
        -e "s/@A_RE@/127\\\\.0\\\\.0\\\\.1:$PORT_A/g; s/@B_RE@/127\\\\.0\\\\.0\\\\.1:$PORT_B/g" \
        server-config/nginx/daftar.conf > "$WORK/nginx/daftar.conf"
    cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    include $WORK/nginx/daftar.conf;
}
CONF
    nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf"
}

start() { # fresh | keep
    [ -f "$JAR" ] || { echo "cluster: $JAR is missing; build it first (mvn -B package -DskipTests)" >&2; exit 1; }
    stop
    pg_ensure_running
    pg_database "$DB" "${1:-keep}"
    mkdir -p "$WORK"
    [ "${1:-keep}" != fresh ] || rm -rf "$WORK/data-$DB-a" "$WORK/data-$DB-b" # documents and search index go with the database
    pair_jar
    start_instance a
    start_instance b
    start_nginx
    wait_ready a && wait_ready b
    echo "cluster: Daftar at $NGINX/ (instances on ports $PORT_A and $PORT_B, database $DB)"
}

stop() {
    for f in "$WORK"/instance-*.pid "$WORK/nginx/nginx.pid"; do
        [ -f "$f" ] || continue
        kill "$(cat "$f")" 2>/dev/null || true
        rm -f "$f"
    done
    for _ in $(seq 1 30); do
        pgrep -f "$WORK/data-" >/dev/null || break
        sleep 1
    done
}

case "${1:-}" in
    start) start keep ;;
    start-fresh) start fresh ;;
    stop) stop ;;
    check) source scripts/lib/cluster-check.sh ;;
    bench) source scripts/lib/cluster-bench.sh ;;
    *) echo "usage: $0 start|start-fresh|stop|check|bench" >&2; exit 2 ;;
esac
