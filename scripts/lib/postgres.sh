# Shared by the scripts that run Daftar on PostgreSQL (source it): Debian's PostgreSQL, installed
# and started when missing, and databases owned by their own role. Runs as root (su postgres).

# Installs Debian's postgresql package if missing, starts the server and waits until it answers.
pg_ensure_running() {
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq postgresql >/dev/null
    fi
    service postgresql start >/dev/null
    for _ in $(seq 1 30); do su postgres -c "pg_isready -q" && break; sleep 1; done
}

# pg_sql DB SQL: runs SQL as the superuser in DB and prints the rows unaligned, one per line.
pg_sql() {
    su postgres -c "psql -tA -d $1 -c \"$2\""
}

# pg_database NAME [fresh]: the database NAME owned by the role NAME (password NAME); with "fresh"
# an existing one is dropped first.
pg_database() {
    local db=$1
    if [ "${2:-}" = fresh ]; then
        su postgres -c "psql -q -c \"DROP DATABASE IF EXISTS $db WITH (FORCE)\"" >/dev/null
    fi
    su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$db') THEN CREATE ROLE $db LOGIN PASSWORD '$db'; END IF; END \\\$\\\$\"" >/dev/null
    if [ -z "$(pg_sql postgres "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
        su postgres -c "psql -q -c \"CREATE DATABASE $db OWNER $db\"" >/dev/null
    fi
}

# pg_env NAME: the environment that points the uber-jar at the database NAME (see pg_database).
pg_env() {
    echo "DAFTAR_DB=postgresql DAFTAR_PG_HOST=localhost DAFTAR_PG_DATABASE=$1 DAFTAR_PG_USER=$1 DAFTAR_PG_PASSWORD=$1"
}
