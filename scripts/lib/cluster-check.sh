# scripts/cluster.sh check (sourced by it: start, stop, pg_* and the ports are defined there).
# A fresh pair on a fresh database; each step says what it shows. Takes 2-3 minutes.
T0=$(date +%s)
JAR_DIR="$PWD"
fail() { echo "cluster check: $1" >&2; [ -z "${2:-}" ] || echo "$2" >&2; exit 1; }
source scripts/lib/api-steps.sh
# CLUSTER_CHECK_RUNNING=1 checks the pair already started by "start-fresh" and leaves it running
if [ "${CLUSTER_CHECK_RUNNING:-}" != 1 ]; then
    trap stop EXIT
    # 1. both instances start together on an empty database: Flyway's lock lets one migrate, and the
    #    district (demo) is loaded once
    start fresh
fi
dup=$(pg_sql "$DB" "SELECT count(*) - count(DISTINCT version) FROM flyway_schema_history WHERE version IS NOT NULL")
[ "$dup" = 0 ] || fail "a migration ran twice" "$(pg_sql "$DB" "SELECT version, description, installed_on FROM flyway_schema_history")"
migrations=$(pg_sql "$DB" "SELECT count(*) FROM flyway_schema_history WHERE version IS NOT NULL AND success")
districts=$(pg_sql "$DB" "SELECT count(*) FROM district")
[ "$districts" = 1 ] || fail "the two instances loaded $districts districts"
grid=$(grep -ho 'DG Size: [0-9]*' "$WORK/instance-a.log" "$WORK/instance-b.log" | tail -1)
[ "$grid" = "DG Size: 2" ] || fail "the two instances did not form one Hazelcast cluster ($grid)"
echo "cluster check: both started together: $migrations migrations applied once, one district, one Hazelcast data grid of 2 on loopback"

# 2. escalations: an instruction to the Land Records section, whose deadline and rungs are then moved
#    into the past in the database (postgres-check.sh checks the deadlines themselves, by moving the
#    clock and restarting; no time for that here), so that both instances' minute pollers race for
#    its rungs while the next steps run
API="$NGINX/api/v1"
IID=$(step_instruct_so "$API") || fail "the collector could not give an instruction"
pg_sql "$DB" "UPDATE instruction SET deadline = CURRENT_DATE - 3 WHERE id = $IID" >/dev/null
pg_sql "$DB" "UPDATE assignment SET deadline = CURRENT_DATE - 3 WHERE instruction_id = $IID" >/dev/null
pg_sql "$DB" "UPDATE escalation_step SET due_on = CURRENT_DATE - 2 WHERE assignment_id IN (SELECT id FROM assignment WHERE instruction_id = $IID)" >/dev/null

# 3. a live update crosses: the section officer's browser listens on its desk channel through nginx
#    (so on one instance); the clerk sends him a file on the other instance; the push must arrive
JAR_COOKIES="$WORK/check-cookies.txt"
login() { # login, cookie jar: a form login through nginx, as a browser does it
    rm -f "$2"
    local page state
    page=$(curl -s -c "$2" -b "$2" "$NGINX/login.xhtml")
    state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//; s/"$//' | head -1)
    curl -s -o /dev/null -c "$2" -b "$2" --data-urlencode "login=login" --data-urlencode "login:loginId=$1" \
        --data-urlencode "login:password=Daftar@2026" --data-urlencode "login:next=" --data-urlencode "login:submit=" \
        --data-urlencode "jakarta.faces.ViewState=$state" "$NGINX/login.xhtml"
}
cookie() { awk -v n="$2" '$6 == n { print $7 }' "$1" | tail -1; }
login so.landrecords "$JAR_COOKIES"
home=$(curl -s -D "$WORK/home-headers.txt" -b "$JAR_COOKIES" "$NGINX/")
channel=$(grep -o '/jakarta.faces.push/desk?[^"'"'"'\\]*' <<<"$home" | head -1)
[ -n "$channel" ] || fail "the section officer's page has no desk channel (login failed?)" "$(head -c 2000 <<<"$home")"
SO_AT=$(tr -d '\r' < "$WORK/home-headers.txt" | sed -n 's/^X-Daftar-Instance: //p')
OTHER=$([ "$SO_AT" = a ] && echo b || echo a)
java "$JAR_DIR/scripts/lib/PushProbe.java" "ws://127.0.0.1:$NGINX_PORT$channel" \
    "JSESSIONID=$(cookie "$JAR_COOKIES" JSESSIONID); DAFTAR_ROUTE=$(cookie "$JAR_COOKIES" DAFTAR_ROUTE)" 60 > "$WORK/probe.txt" 2>&1 &
PROBE=$!
for _ in $(seq 1 60); do grep -qs connected "$WORK/probe.txt" && break; sleep 0.5; done
grep -q connected "$WORK/probe.txt" || fail "the websocket did not connect through nginx" "$(cat "$WORK/probe.txt")"
# the endpoint files the new socket under its user just after the handshake; a push in that instant
# is missed (as by a browser, whose page was read a moment before anyway): let it settle
sleep 5
DIRECT="http://127.0.0.1:$(port_of "$OTHER")/api/v1"
FID=$(step_open_file "$DIRECT") || fail "the clerk could not open a file"
step_send_to_so "$DIRECT" "$FID" || fail "the clerk could not send the file"
SENT_AT=$(date +%s%N)
for _ in $(seq 1 300); do grep -q "\"data\":\"$FID\"" "$WORK/probe.txt" && break; sleep 0.1; done
kill $PROBE 2>/dev/null || true
grep -q "\"data\":\"$FID\"" "$WORK/probe.txt" \
    || fail "the push of file $FID sent on instance $OTHER did not reach the browser on instance $SO_AT" "$(cat "$WORK/probe.txt")"
echo "cluster check: a file sent on instance $OTHER reached the section officer's browser on instance $SO_AT by websocket (through nginx) in $(( ($(date +%s%N) - SENT_AT) / 1000000 )) ms or less"

# 4. the escalation ladder fired exactly once by the two pollers
steps() { rungs "$DB" "$IID" "$@"; }
for _ in $(seq 1 80); do [ "$(steps "AND s.status = 'PENDING'")" = 0 ] && break; sleep 1; done
[ "$(steps "AND s.status = 'PENDING'")" = 0 ] || fail "the ladder did not fire on the pair" "$(steps "AND s.status = 'PENDING'") pending"
sleep 3 # a second firer, if any, finishes
planned=$(steps "")
fired=$(rungs_fired "$DB" "$IID")
[ "$fired" = "$planned" ] || fail "the pair fired $fired rungs of $planned" "$(pg_sql "$DB" "SELECT seq, audit_action, object_ref, detail FROM audit_entry WHERE audit_action LIKE 'INSTRUCTION_%'")"
echo "cluster check: the pair fired each of the $planned escalation rungs exactly once"

# 5. failover: the section officer writes a note on the file (a draft until the file moves on);
#    the instance serving him is killed; his next request lands on the other instance, which asks
#    him to log in again; after that the file shows his note
note="टीप $(date +%s): पटवारी प्रतिवेदन देखा, सीमांकन आवश्यक है।"
view=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$NGINX/file/view.xhtml?id=$FID")
state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$view" | sed 's/.*value="//; s/"$//' | head -1)
[ -n "$state" ] || fail "the file page did not open" "$(head -c 1500 <<<"$view")"
# PrimeFaces' CSP: an Ajax post carries the page's nonce, as the browser's does (without it the answer is the error page)
nonce=$(grep -o "PrimeFaces\.csp\.init('[^']*')" <<<"$view" | head -1 | sed "s/.*init('//; s/')$//")
saved=$(curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" -H 'Faces-Request: partial/ajax' \
    --data-urlencode "jakarta.faces.partial.ajax=true" --data-urlencode "jakarta.faces.source=notes:save" \
    --data-urlencode "jakarta.faces.partial.execute=notes" --data-urlencode "jakarta.faces.partial.render=notes" \
    --data-urlencode "notes:save=notes:save" --data-urlencode "notes=notes" --data-urlencode "notes:text_input=<p>$note</p>" \
    --data-urlencode "primefaces.nonce=$nonce" --data-urlencode "jakarta.faces.ViewState=$state" "$NGINX/file/view.xhtml?id=$FID")
grep -q "$note" <<<"$saved" || fail "saving the note failed" "$(head -c 1500 <<<"$saved")"
kill -9 "$(cat "$WORK/instance-$SO_AT.pid")" # a crash, not a shutdown
while kill -0 "$(cat "$WORK/instance-$SO_AT.pid")" 2>/dev/null; do sleep 0.2; done
AFTER=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$NGINX/file/view.xhtml?id=$FID")
[ "$(cut -d' ' -f1 <<<"$AFTER")" = 302 ] && grep -q login <<<"$AFTER" \
    || fail "after instance $SO_AT died the file page should ask to log in again, got: $AFTER"
login so.landrecords "$JAR_COOKIES"
[ "$(cookie "$JAR_COOKIES" DAFTAR_ROUTE)" = "$OTHER" ] || fail "the route cookie still points at the dead instance"
view=$(curl -s -b "$JAR_COOKIES" "$NGINX/file/view.xhtml?id=$FID")
grep -q "$note" <<<"$view" || fail "after logging in again on instance $OTHER the note is missing" "$(head -c 1500 <<<"$view")"
echo "cluster check: instance $SO_AT killed; the section officer logged in again on instance $OTHER and found his draft note on the file"
echo "cluster check: passed in $(( $(date +%s) - T0 )) s"
