# shellcheck shell=bash
# A throwaway PostgreSQL cluster in a temporary directory on a free port, the way .ci/run starts one.
# Source this file, then:
#
#   pg_cluster_start [-c name=value ...]   # extra server settings, e.g. -c synchronous_commit=off
#   ... use PG_PORT, PG_SOCKET_DIR, PG_DB, PG_USER, PG_PASSWORD, PG_BIN, pg_admin_psql ...
#   pg_cluster_stop                        # call it from the caller's EXIT trap
#
# Unlike .ci/run it keeps PostgreSQL's default durability (fsync, synchronous_commit and full_page_writes
# on) unless the caller passes other settings: benchmarks must measure what production pays.
# As root the cluster belongs to the postgres OS user (initdb refuses to run as root); PostgreSQL is
# installed with apt if its server binaries are missing (root only).

PG_BIN=${PG_BIN:-}
PG_TMP=
PG_DATA=
PG_PORT=
PG_SOCKET_DIR=
PG_DB=${PG_DB:-mimika_bench}
PG_USER=${PG_USER:-mimika_bench}
PG_PASSWORD=

pg_log() { printf '[pg-cluster] %s\n' "$*" >&2; }

pg_bin_dir() {
    local initdb
    initdb=$(ls -1 /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n $initdb ]]; then dirname "$initdb"; fi
}

pg_install_if_missing() {
    [[ -n $PG_BIN ]] || PG_BIN=$(pg_bin_dir)
    if [[ -z $PG_BIN ]]; then
        if ((EUID != 0)); then
            pg_log "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin; run as root or: sudo apt-get install postgresql"
            return 1
        fi
        pg_log "installing postgresql"
        DEBIAN_FRONTEND=noninteractive apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql </dev/null
        PG_BIN=$(pg_bin_dir)
    fi
    [[ -n $PG_BIN ]] || { pg_log "PostgreSQL server binaries still missing"; return 1; }
}

as_pg() {
    if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# psql as the superuser over the cluster's Unix socket (trust), in the benchmark database unless -d is given.
pg_admin_psql() {
    as_pg "$PG_BIN/psql" -q -X -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -d "$PG_DB" "$@"
}

pg_cluster_start() {
    pg_install_if_missing
    if ((EUID == 0)); then
        id -u postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/mimika-bench-pg.XXXXXX")
    PG_DATA=$PG_TMP/data
    PG_SOCKET_DIR=$PG_TMP
    if ((EUID == 0)); then chown postgres: "$PG_TMP"; fi
    chmod 700 "$PG_TMP"

    local candidate
    for candidate in $(seq 55532 55631); do
        if ! pg_port_in_use "$candidate"; then PG_PORT=$candidate; break; fi
    done
    [[ -n $PG_PORT ]] || { pg_log "no free port between 55532 and 55631"; return 1; }

    PG_PASSWORD=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
        --locale-provider=icu --icu-locale=und --auth-local=trust --auth-host=scram-sha-256 >"$PG_TMP/initdb.log" 2>&1 \
        || { cat "$PG_TMP/initdb.log" >&2; return 1; }
    local opts="-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_TMP"
    if (($# > 0)); then opts+=" $*"; fi
    pg_log "starting PostgreSQL ($("$PG_BIN/postgres" --version)) on 127.0.0.1:$PG_PORT in $PG_TMP${*:+ with $*}"
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_TMP/postgres.log" -w -t 60 -o "$opts" start >/dev/null \
        || { cat "$PG_TMP/postgres.log" >&2; return 1; }
    as_pg "$PG_BIN/psql" -q -X -v ON_ERROR_STOP=1 -h "$PG_SOCKET_DIR" -p "$PG_PORT" -U postgres -d postgres \
        -c "create role $PG_USER login password '$PG_PASSWORD'" \
        -c "create database $PG_DB owner $PG_USER"
}

pg_cluster_stop() {
    if [[ -n $PG_DATA && -f $PG_DATA/postmaster.pid ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 \
            || as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [[ -n $PG_TMP ]]; then rm -rf "$PG_TMP"; fi
    PG_TMP=
    PG_DATA=
}
