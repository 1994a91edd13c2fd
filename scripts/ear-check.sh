#!/usr/bin/env bash
# Deploys ear/target/daftar.ear on a fresh Payara Server 6 domain set up with server-config/payara-server,
# then checks that the login page and /health/ready answer. Build first (mvn install). Always stops the domain.
set -euo pipefail
cd "$(dirname "$0")/.."

PAYARA_VERSION="${PAYARA_VERSION:-6.2025.10}"
PORTBASE="${EAR_CHECK_PORTBASE:-28000}"
ADMIN_PORT=$((PORTBASE + 48))
HTTP_PORT=$((PORTBASE + 80))
WORK="$PWD/ear/target/ear-check"
EAR="$PWD/ear/target/daftar.ear"
LIBS="$PWD/web-module/target/payara/lib"
CONFIG="$PWD/server-config/payara-server"

[ -f "$EAR" ] || { echo "ear-check: $EAR is missing; run 'mvn install' first" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK"
mvn -B -q -N dependency:copy -Dartifact="fish.payara.distributions:payara:$PAYARA_VERSION:zip" -DoutputDirectory="$WORK"
unzip -q "$WORK/payara-$PAYARA_VERSION.zip" -d "$WORK"
ASADMIN="$WORK/payara6/bin/asadmin"
export AS_JAVA="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"

printf 'AS_ADMIN_PASSWORD=ear-check-admin\n' > "$WORK/password"
admin() { "$ASADMIN" --user admin --passwordfile "$WORK/password" --port "$ADMIN_PORT" "$@"; }

"$ASADMIN" --user admin --passwordfile "$WORK/password" create-domain --portbase "$PORTBASE" --domaindir "$WORK/domains" daftar >/dev/null
stop() { "$ASADMIN" stop-domain --domaindir "$WORK/domains" daftar >/dev/null 2>&1 || true; }
trap stop EXIT
"$ASADMIN" start-domain --domaindir "$WORK/domains" daftar >/dev/null

admin add-library "$LIBS"/derby-*.jar "$LIBS"/derbyshared-*.jar "$LIBS"/derbytools-*.jar "$LIBS"/postgresql-*.jar >/dev/null
admin multimode --file "$CONFIG/jvm-options.asadmin" >/dev/null
admin create-jvm-options "-Ddaftar.data=$WORK/data" >/dev/null
admin create-jvm-options "-Ddaftar.demo=true" >/dev/null
admin multimode --file "$CONFIG/derby.asadmin" >/dev/null
admin multimode --file "$CONFIG/mail.asadmin" >/dev/null
"$ASADMIN" restart-domain --domaindir "$WORK/domains" daftar >/dev/null
admin deploy --name daftar "$EAR" >/dev/null

check() {
    local url=$1 expect=$2 body
    shift 2
    for _ in $(seq 1 60); do
        if body=$(curl -sf "$@" "$url") && grep -q "$expect" <<<"$body"; then
            echo "ear-check: $url answers ($expect)"
            return 0
        fi
        sleep 3
    done
    echo "ear-check: $url did not answer with '$expect'" >&2
    tail -n 80 "$WORK/domains/daftar/logs/server.log" >&2
    return 1
}
check "http://localhost:$HTTP_PORT/login.xhtml" "login:loginId"
check "http://localhost:$HTTP_PORT/health/ready" '"status":"UP"'
check "http://localhost:$HTTP_PORT/api/v1/me" '"login":"clerk.landrecords"' -u clerk.landrecords:Daftar@2026
echo "ear-check: daftar.ear runs on Payara Server $PAYARA_VERSION"
