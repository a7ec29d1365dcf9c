#!/usr/bin/env bash
# Runs the database tests a second time against a standalone PostgreSQL server, through DATABASE_URL, the way a
# student with their own server runs them. The server is started here, in a temporary folder, and removed at exit.
#
# Usage: .ci/standalone-postgres.sh [modules]   (default: course-kit,week3-sql,week4-orm)
# PGBIN selects the server's bin folder. Without it, the script uses the newest /usr/lib/postgresql/*/bin, and on a
# machine without one, it installs Debian's postgresql package first (as root only).
set -euo pipefail
cd "$(dirname "$0")/.."

modules="${1:-course-kit,week3-sql,week4-orm}"
port="${STANDALONE_PG_PORT:-8038}"

find_bin() {
    if [[ -n "${PGBIN:-}" ]]; then
        echo "$PGBIN"
        return
    fi
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}

bin="$(find_bin)"
if [[ -z "$bin" ]]; then
    if [[ "$(id -u)" -ne 0 ]]; then
        echo "No PostgreSQL server found. Install it (sudo apt-get install postgresql) or set PGBIN." >&2
        exit 1
    fi
    echo "== Installing PostgreSQL from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    bin="$(find_bin)"
fi

# PostgreSQL refuses to run as root, so as root the server runs as an unprivileged user.
as_server_user=()
if [[ "$(id -u)" -eq 0 ]]; then
    server_user=postgres
    id -u "$server_user" >/dev/null 2>&1 || server_user=nobody
    as_server_user=(runuser -u "$server_user" --)
fi

folder="$(mktemp -d /tmp/standalone-postgres.XXXXXX)"
stop_server() {
    "${as_server_user[@]}" "$bin/pg_ctl" -D "$folder/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$folder"
}
trap stop_server EXIT

printf 'course\n' > "$folder/password"
if [[ "$(id -u)" -eq 0 ]]; then
    chown -R "$server_user" "$folder"
fi

"${as_server_user[@]}" "$bin/initdb" -D "$folder/data" -U course --pwfile="$folder/password" --auth=scram-sha-256 \
    --locale=C -E UTF8 >/dev/null
"${as_server_user[@]}" "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w \
    -o "-p $port -c listen_addresses=127.0.0.1 -k $folder" start >/dev/null
echo "== Standalone $("$bin/postgres" --version) on 127.0.0.1:$port"

# The user is the superuser that initdb created, so the tests may create and drop their throwaway databases.
DATABASE_URL="postgresql://course:course@127.0.0.1:$port/postgres" ./mvnw -B -ntp -pl "$modules" -am verify
