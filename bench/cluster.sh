#!/usr/bin/env bash
# Two Mimika nodes on one PostgreSQL behind nginx (round-robin), on this machine, for fault runs and demos.
#
#   bench/cluster.sh up        # PostgreSQL (own cluster, port 55600+), node 1 and node 2, nginx, an SMTP sink
#   bench/cluster.sh status    # what runs, and each node's health through nginx and directly
#   bench/cluster.sh down      # stops everything and deletes the cluster directory
#   bench/cluster.sh kill-node N | start-node N | restart-db | stop-smtp | start-smtp   (used by bench/faults.sh)
#
# Layout (ports from the environment): nginx on 127.0.0.1:${NGINX_PORT:-18120} → nodes on ${NODE1_PORT:-18121} and
# ${NODE2_PORT:-18122}; SMTP sink on ${SMTP_PORT:-18125} (bench/lib/smtp-sink.py, one file per mail); PostgreSQL on the
# first free port from ${PG_PORT_FROM:-55600}, owned by the postgres OS user. Both nodes share the uploads directory
# $CLUSTER_DIR/uploads (the shared-directory layout of docs/operations.md) and trust nginx (127.0.0.1) as a proxy,
# so the per-address limits see the client's address, not nginx's. Demo accounts are on (tokens demo-<user>), with no
# demo history; the per-address submission limit is off, because the load comes from one address.
# Environment: CLUSTER_DIR (/tmp/mimika-cluster), MIMIKA_JAR (target/mimika-platform-0.1.0-SNAPSHOT.jar, built if
# missing), NODE_OPTS (more --options for both nodes), HEAP (-Xmx256m).
set -euo pipefail
export LC_ALL=C.UTF-8

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/mimika-cluster}
NGINX_PORT=${NGINX_PORT:-18120}
NODE1_PORT=${NODE1_PORT:-18121}
NODE2_PORT=${NODE2_PORT:-18122}
SMTP_PORT=${SMTP_PORT:-18125}
PG_PORT_FROM=${PG_PORT_FROM:-55600}
HEAP=${HEAP:--Xmx256m}
JAR=${MIMIKA_JAR:-$root/target/mimika-platform-0.1.0-SNAPSHOT.jar}
PG_BIN=${PG_BIN:-$(dirname "$(ls -1 /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")}
PG_DB=mimika
PG_USER=mimika

log() { printf '[cluster] %s\n' "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }
as_pg() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
state() { [[ -f $CLUSTER_DIR/env ]] && source "$CLUSTER_DIR/env"; }
node_port() { if [[ $1 == 1 ]]; then echo "$NODE1_PORT"; else echo "$NODE2_PORT"; fi; }

pg_up() {
    mkdir -p "$CLUSTER_DIR/pg"
    ((EUID == 0)) && chown postgres: "$CLUSTER_DIR/pg"
    chmod 700 "$CLUSTER_DIR/pg"
    local port
    for port in $(seq "$PG_PORT_FROM" $((PG_PORT_FROM + 29))); do port_in_use "$port" || break; done
    PG_PORT=$port
    PG_PASSWORD=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    as_pg "$PG_BIN/initdb" -D "$CLUSTER_DIR/pg/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$CLUSTER_DIR/pg/initdb.log" 2>&1 || die "initdb: $(tail -3 "$CLUSTER_DIR/pg/initdb.log")"
    cat >"$CLUSTER_DIR/env" <<ENV
PG_PORT=$PG_PORT
PG_PASSWORD=$PG_PASSWORD
ENV
    pg_start
    as_pg "$PG_BIN/psql" -q -X -v ON_ERROR_STOP=1 -h "$CLUSTER_DIR/pg" -p "$PG_PORT" -U postgres -d postgres \
        -c "create role $PG_USER login password '$PG_PASSWORD'" -c "create database $PG_DB owner $PG_USER"
}

pg_start() {
    as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/pg/data" -l "$CLUSTER_DIR/pg/postgres.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$CLUSTER_DIR/pg" start >/dev/null
    log "PostgreSQL on 127.0.0.1:$PG_PORT"
}

# psql as the superuser over the Unix socket, in the application's database.
cluster_psql() { state; as_pg "$PG_BIN/psql" -X -v ON_ERROR_STOP=1 -h "$CLUSTER_DIR/pg" -p "$PG_PORT" -U postgres -d "$PG_DB" "$@"; }

node_start() {
    state
    local n=$1 port
    port=$(node_port "$n")
    MIMIKA_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" MIMIKA_DB_USERNAME=$PG_USER MIMIKA_DB_PASSWORD=$PG_PASSWORD \
    MIMIKA_TRUSTED_PROXIES='127\.0\.0\.1' MIMIKA_SECURE_COOKIES=false \
        setsid java "$HEAP" -jar "$JAR" --spring.profiles.active=postgres --server.port="$port" --server.address=127.0.0.1 \
        --mimika.demo.enabled=true --mimika.report.demo-history-reports=0 --mimika.report.submissions-per-hour=0 \
        --mimika.photos.directory="$CLUSTER_DIR/uploads" --spring.mail.host=127.0.0.1 --spring.mail.port="$SMTP_PORT" \
        --mimika.identity.public-url="http://127.0.0.1:$NGINX_PORT" --logging.level.root=WARN \
        ${NODE_OPTS:-} >>"$CLUSTER_DIR/node$n.log" 2>&1 </dev/null &
    echo $! >"$CLUSTER_DIR/node$n.pid"
    local waited=0
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health" 2>/dev/null; do
        kill -0 "$(cat "$CLUSTER_DIR/node$n.pid")" 2>/dev/null || die "node $n exited: $(tail -20 "$CLUSTER_DIR/node$n.log")"
        ((waited++ < 240)) || die "node $n did not answer within 120 s"
        sleep 0.5
    done
    log "node $n on 127.0.0.1:$port (pid $(cat "$CLUSTER_DIR/node$n.pid"))"
}

node_kill() {
    local pid
    pid=$(cat "$CLUSTER_DIR/node$1.pid")
    kill -9 "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    log "node $1 killed (kill -9 $pid)"
}

node_stop() {
    [[ -f $CLUSTER_DIR/node$1.pid ]] || return 0
    local pid
    pid=$(cat "$CLUSTER_DIR/node$1.pid")
    kill "$pid" 2>/dev/null || return 0
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
    kill -9 "$pid" 2>/dev/null || true
}

nginx_up() {
    mkdir -p "$CLUSTER_DIR/nginx/logs"
    cat >"$CLUSTER_DIR/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $CLUSTER_DIR/nginx/nginx.pid;
error_log $CLUSTER_DIR/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $CLUSTER_DIR/nginx/body;
    proxy_temp_path $CLUSTER_DIR/nginx/proxy;
    fastcgi_temp_path $CLUSTER_DIR/nginx/fastcgi;
    uwsgi_temp_path $CLUSTER_DIR/nginx/uwsgi;
    scgi_temp_path $CLUSTER_DIR/nginx/scgi;
    client_max_body_size 30m;
    upstream mimika {
        server 127.0.0.1:$NODE1_PORT max_fails=1 fail_timeout=2s;
        server 127.0.0.1:$NODE2_PORT max_fails=1 fail_timeout=2s;
        keepalive 16;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        location / {
            proxy_pass http://mimika;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host:\$server_port;
            # Replaces whatever the client sent: the nodes trust this header from nginx only.
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
            # A request that never reached a node (refused connection) goes to the other node; one that was sent
            # is not repeated by nginx (POST is not idempotent): the client retries with its Idempotency-Key.
            proxy_next_upstream error timeout http_502 http_503;
            proxy_connect_timeout 2s;
            proxy_read_timeout 60s;
            proxy_buffering off;
        }
    }
}
CONF
    nginx -c "$CLUSTER_DIR/nginx/nginx.conf" -p "$CLUSTER_DIR/nginx" 2>>"$CLUSTER_DIR/nginx/logs/error.log" \
        || die "nginx: $(tail -3 "$CLUSTER_DIR/nginx/logs/error.log")"
    log "nginx on 127.0.0.1:$NGINX_PORT → $NODE1_PORT, $NODE2_PORT"
}

smtp_start() {
    setsid python3 "$root/bench/lib/smtp-sink.py" "$SMTP_PORT" "$CLUSTER_DIR/mail" >>"$CLUSTER_DIR/smtp.log" 2>&1 </dev/null &
    echo $! >"$CLUSTER_DIR/smtp.pid"
    for _ in $(seq 1 50); do port_in_use "$SMTP_PORT" && break; sleep 0.1; done
    log "SMTP sink on 127.0.0.1:$SMTP_PORT, mails in $CLUSTER_DIR/mail"
}

smtp_stop() {
    [[ -f $CLUSTER_DIR/smtp.pid ]] || return 0
    local pid
    pid=$(cat "$CLUSTER_DIR/smtp.pid")
    kill "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    rm -f "$CLUSTER_DIR/smtp.pid"
    log "SMTP sink stopped"
}

up() {
    [[ ! -e $CLUSTER_DIR/env ]] || die "$CLUSTER_DIR holds a cluster already; run: bench/cluster.sh down"
    for tool in nginx curl python3 java; do command -v "$tool" >/dev/null || die "$tool is missing (apt-get install $tool)"; done
    for port in "$NGINX_PORT" "$NODE1_PORT" "$NODE2_PORT" "$SMTP_PORT"; do ! port_in_use "$port" || die "port $port is in use"; done
    if [[ ! -f $JAR ]]; then log "building $JAR"; (cd "$root" && mvn -q -DskipTests package); fi
    mkdir -p "$CLUSTER_DIR/uploads" "$CLUSTER_DIR/mail"
    ((EUID == 0)) && chmod 755 "$CLUSTER_DIR"
    pg_up
    smtp_start
    node_start 1   # runs the migrations; the second node finds them done
    node_start 2
    nginx_up
    log "up: http://127.0.0.1:$NGINX_PORT/ (demo accounts, password demo)"
}

down() {
    [[ -d $CLUSTER_DIR ]] || return 0
    state || true
    [[ -f $CLUSTER_DIR/nginx/nginx.pid ]] && nginx -c "$CLUSTER_DIR/nginx/nginx.conf" -p "$CLUSTER_DIR/nginx" -s stop 2>/dev/null || true
    node_stop 1
    node_stop 2
    smtp_stop
    if [[ -f $CLUSTER_DIR/pg/data/postmaster.pid ]]; then
        as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/pg/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$CLUSTER_DIR"
    log "down"
}

status() {
    state || { log "no cluster in $CLUSTER_DIR"; return 1; }
    local n
    for n in 1 2; do
        printf 'node %s (:%s): %s\n' "$n" "$(node_port $n)" \
            "$(curl -s -m 2 "http://127.0.0.1:$(node_port $n)/actuator/health" || echo down)"
    done
    printf 'nginx (:%s): %s\n' "$NGINX_PORT" "$(curl -s -m 2 "http://127.0.0.1:$NGINX_PORT/actuator/health" || echo down)"
    printf 'PostgreSQL (:%s): %s\n' "$PG_PORT" "$(as_pg "$PG_BIN/pg_isready" -h "$CLUSTER_DIR/pg" -p "$PG_PORT" || true)"
}

case ${1:-} in
    up) up ;;
    down) down ;;
    status) status ;;
    kill-node) node_kill "$2" ;;
    start-node) node_start "$2" ;;
    restart-db) state; as_pg "$PG_BIN/pg_ctl" -D "$CLUSTER_DIR/pg/data" -m fast -w restart >/dev/null; log "PostgreSQL restarted" ;;
    stop-smtp) smtp_stop ;;
    start-smtp) smtp_start ;;
    psql) shift; cluster_psql "$@" ;;
    *) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 2 ;;
esac
