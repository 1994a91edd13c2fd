#!/usr/bin/env bash
# Runs the built uber-jar on PostgreSQL (DAFTAR_DB=postgresql) with the demo district and checks that
# the migrations ran and the API answers. Installs and starts Debian's PostgreSQL when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PG_CHECK_PORT:-28180}"
JAR="$PWD/web-module/target/daftar.jar"
WORK="$PWD/web-module/target/postgres-check"
[ -f "$JAR" ] || { echo "postgres-check: $JAR is missing; run 'mvn install' first" >&2; exit 1; }

source scripts/lib/postgres.sh
source scripts/lib/api-steps.sh
pg_ensure_running
DB="${PG_CHECK_DB:-daftar_check}"
pg_database "$DB" fresh

rm -rf "$WORK" && mkdir -p "$WORK"
# shellcheck disable=SC2046
env $(pg_env "$DB") DAFTAR_DEMO=true DAFTAR_DATA="$WORK/data" \
    java @server-config/micro/jvm.args -jar "$JAR" --port "$PORT" > "$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT

# (responses are read whole before grep: "curl | grep -q" fails under pipefail when grep stops early)
for _ in $(seq 1 90); do
    health=$(curl -sf "http://localhost:$PORT/health/ready" 2>/dev/null || true)
    grep -q '"product":"PostgreSQL"' <<<"$health" && break
    sleep 2
done
me=$(curl -sf -u clerk.landrecords:Daftar@2026 "http://localhost:$PORT/api/v1/me" || true)
if ! grep -q '"login":"clerk.landrecords"' <<<"$me"; then
    echo "postgres-check: the application did not answer on PostgreSQL" >&2
    tail -n 40 "$WORK/server.log" >&2
    exit 1
fi
TABLES=$(pg_sql "$DB" "SELECT count(*) FROM app_user")

# the e-File on PostgreSQL: diarise, open a file on the receipt, note, send up; then the database
# itself must refuse to change the note that the movement made permanent
API="http://localhost:$PORT/api/v1"
fail() { echo "postgres-check: $1" >&2; echo "$2" >&2; tail -n 40 "$WORK/server.log" >&2; exit 1; }
FID=$(step_open_file "$API") || fail "the clerk could not open a file" ""
note=$(curl -s -o /dev/null -w '%{http_code}' -u clerk.landrecords:Daftar@2026 -H 'Content-Type: application/json' \
    -d '{"text":"पटवारी प्रतिवेदन C/1 संलग्न है।"}' "$API/files/$FID/notes")
[ "$note" = 201 ] || fail "noting failed ($note)" ""
step_send_to_so "$API" "$FID" || fail "the clerk could not send the file" ""
inbox=$(curl -s -u so.landrecords:Daftar@2026 "$API/inbox")
grep -q "\"id\":$FID" <<<"$inbox" || fail "the officer's inbox does not list the file" "$inbox"
if su postgres -c "psql -q -d $DB -c \"UPDATE note SET body = 'changed' WHERE file_id = $FID\"" >/dev/null 2>&1; then
    fail "PostgreSQL let a permanent note be changed" "$(su postgres -c "psql -d $DB -c \"SELECT id, file_id, permanent FROM note\"")"
fi

# two instances on one database: an instruction due in one working day; both servers start
# together twenty days later (each with its own minute poller, no cluster between them) and every
# rung of its escalation ladder must fire exactly once
IID=$(step_instruct_so "$API") || fail "the collector could not give an instruction" ""
kill $SERVER; wait $SERVER 2>/dev/null || true
start_instance() {
    # shellcheck disable=SC2046
    env $(pg_env "$DB") DAFTAR_DEMO=true DAFTAR_DATA="$WORK/data-$1" DAFTAR_CLOCK_OFFSET=P20D \
        java @server-config/micro/jvm.args -jar "$JAR" --port "$1" --nocluster > "$WORK/server-$1.log" 2>&1 &
}
start_instance $((PORT + 1)); FIRST=$!
start_instance $((PORT + 2)); SECOND=$!
trap 'kill $FIRST $SECOND 2>/dev/null || true; wait $FIRST $SECOND 2>/dev/null || true' EXIT
for port in $((PORT + 1)) $((PORT + 2)); do
    for _ in $(seq 1 120); do curl -sf "http://localhost:$port/health/ready" >/dev/null 2>&1 && break; sleep 2; done
    curl -sf "http://localhost:$port/health/ready" >/dev/null || fail "instance on port $port did not start" "$(tail -n 40 "$WORK/server-$port.log")"
done
steps() { rungs "$DB" "$IID" "$@"; }
for _ in $(seq 1 90); do [ "$(steps "AND s.status = 'PENDING'")" = 0 ] && break; sleep 2; done
sleep 65 # both pollers run at least once more
fired=$(rungs_fired "$DB" "$IID")
planned=$(steps "")
[ "$(steps "AND s.status = 'PENDING'")" = 0 ] || fail "the ladder did not fire on two instances" "$(steps "AND s.status = 'PENDING'") pending"
[ "$fired" = "$planned" ] || fail "two instances fired $fired rungs of $planned" "$(su postgres -c "psql -d $DB -c \"SELECT seq, audit_action, object_ref, detail FROM audit_entry WHERE audit_action LIKE 'INSTRUCTION_%'\"")"
view=$(curl -s -u collector:Daftar@2026 "http://localhost:$((PORT + 1))/api/v1/instructions/$IID")
escalated=$(grep -o '"kind":"ESCALATED"' <<<"$view" | wc -l)
[ "$escalated" = 2 ] || fail "expected one escalation to the head of department and one to the collector, saw $escalated" "$view"

echo "postgres-check: Daftar runs on PostgreSQL (migrated, demo district with $TABLES users; a file diarised, noted and sent; its permanent note is protected by the database; two instances on one database fired each of the $planned escalation rungs exactly once)"
