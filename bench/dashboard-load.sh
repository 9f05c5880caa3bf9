#!/usr/bin/env bash
# The leaders' dashboard on 1,000,000 reports, on PostgreSQL.
#
# Starts a throwaway PostgreSQL cluster (bench/lib/pg-cluster.sh, default durability) and the application jar
# once under -Xmx256m in demo mode (so the demo accounts and their bearer tokens exist) with no demo history, lets
# Flyway migrate, then fills "report" with ROWS reports over the last two years in plain SQL
# (bench/sql/generate-reports.sql), vacuums and analyses it, and measures with wrk (bench/lua/percentiles.lua):
#   (a) data  GET /api/v1/dashboard   Authorization: Bearer demo-bupati   target p95 <= 100 ms
#   (b) page  GET /pimpinan           the same, the full HTML page        target p95 <= 200 ms
# each at CONNECTIONS (default "1 4 16") connections, after a warm-up; then times single requests with curl
# (time to first byte, nothing else running), measures the first screen's compressed transfer size (the page, its
# CSS and JavaScript; target <= 100 KB) and writes EXPLAIN (ANALYZE, BUFFERS) of every dashboard query
# (bench/sql/dashboard-plans.sql) to PLANS_FILE. Prints PASS or FAIL per target. Exits non-zero if a request
# answered other than 2xx or a step failed; a missed target is reported, not an error.
#
# Usage, as root (installs wrk and PostgreSQL with apt if missing) or as a user who has both:
#   bench/dashboard-load.sh        # about 5 minutes on 2 cores, plus the build if the jar is older than src
#   PG_SETTINGS='-c max_parallel_workers_per_gather=0' bench/dashboard-load.sh   # labelled run, other settings
# Environment: ROWS (1000000), DURATION (s per measured run, 20), WARMUP (s per endpoint, 10, at 4 connections),
#   CONNECTIONS ("1 4 16"), THREADS (2), SAMPLES (single requests per endpoint, 10), FIGURES_MAX_AGE_S (seconds the
#   application shares one computation of the figures between viewers, 5 as in production), PG_SETTINGS (server settings
#   for the cluster, e.g. "-c work_mem=16MB"; default none), PLANS_FILE (docs/query-plans/dashboard-1m.txt; empty:
#   no plans), PLANS_AGENCY (the drill-down's agency, PUPR),
#   MIMIKA_JAR (a jar to run instead of building target/mimika-platform-0.1.0-SNAPSHOT.jar),
#   JAVA_OPTS (more JVM options), KEEP_WORK=1 (keep the logs and raw outputs in the work directory).
set -euo pipefail
export LC_ALL=C.UTF-8

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=bench/lib/pg-cluster.sh
source bench/lib/pg-cluster.sh

ROWS=${ROWS:-1000000}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
CONNECTIONS=${CONNECTIONS:-1 4 16}
PG_SETTINGS=${PG_SETTINGS:-}
THREADS=${THREADS:-2}
SAMPLES=${SAMPLES:-10}
FIGURES_MAX_AGE_S=${FIGURES_MAX_AGE_S:-5}
PLANS_FILE=${PLANS_FILE-docs/query-plans/dashboard-1m.txt}
PLANS_AGENCY=${PLANS_AGENCY:-PUPR}
HEAP=-Xmx256m
JAR=${MIMIKA_JAR:-target/mimika-platform-0.1.0-SNAPSHOT.jar}
TOKEN='Authorization: Bearer demo-bupati'
DATA_TARGET_MS=100
PAGE_TARGET_MS=200
TRANSFER_TARGET_BYTES=100000
for arg in "$@"; do
    case $arg in
        -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
    esac
done

started=$SECONDS
log() { printf '[dashboard-load %3ds] %s\n' "$((SECONDS - started))" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mimika-dashboard-load.XXXXXX")
APP_PID=

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    pg_cluster_stop
    if [[ ${KEEP_WORK:-} == 1 ]]; then log "logs kept in $WORK"; else rm -rf "$WORK"; fi
    log "finished with status $status"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- tools ----------------------------------------------------------------------------------------------

if ! command -v wrk >/dev/null; then
    ((EUID == 0)) || die "wrk is missing; run as root to install it, or: sudo apt-get install wrk"
    log "installing wrk"
    DEBIAN_FRONTEND=noninteractive apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk </dev/null
fi
pg_install_if_missing
command -v curl >/dev/null || die "curl is missing"

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
load_start=$(loadavg)
date_start=$(date -u '+%Y-%m-%d %H:%M:%S UTC')

# --- the jar --------------------------------------------------------------------------------------------

if [[ -z ${MIMIKA_JAR:-} ]]; then
    if [[ ! -f $JAR ]] || [[ -n $(find src pom.xml -newer "$JAR" -print -quit) ]]; then
        log "building $JAR (mvn -q -B -DskipTests package)"
        mvn -q -B -DskipTests package >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "build failed"; }
    fi
fi
[[ -f $JAR ]] || die "no jar at $JAR"

# --- PostgreSQL and the application ---------------------------------------------------------------------

# shellcheck disable=SC2086 # PG_SETTINGS is a list of -c name=value
pg_cluster_start $PG_SETTINGS
pg_version=$("$PG_BIN/postgres" --version)
# psql connects like the application: over TCP as its role, with its password.
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=$PG_USER PGDATABASE=$PG_DB PGPASSWORD=$PG_PASSWORD
sql() { "$PG_BIN/psql" -qAtX -v ON_ERROR_STOP=1 "$@"; }

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
APP_PORT=
for candidate in $(seq 18580 18679); do
    if port_free "$candidate"; then APP_PORT=$candidate; break; fi
done
[[ -n $APP_PORT ]] || die "no free port between 18580 and 18679"
BASE=http://127.0.0.1:$APP_PORT

log "starting the application ($HEAP, demo accounts, no demo history) on port $APP_PORT"
MIMIKA_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" MIMIKA_DB_USERNAME=$PG_USER MIMIKA_DB_PASSWORD=$PG_PASSWORD \
    MIMIKA_DEMO=true java "$HEAP" ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres \
    --mimika.report.demo-history-reports=0 --server.port="$APP_PORT" --logging.level.root=WARN \
    --mimika.dashboard.figures-max-age="PT${FIGURES_MAX_AGE_S}S" \
    >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 60 "$WORK/app.log" >&2; die "the application exited during start-up"; }
    if curl -fsS -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null; then break; fi
    sleep 0.5
done
curl -fsS -o /dev/null "$BASE/actuator/health/readiness" || { tail -n 60 "$WORK/app.log" >&2; die "not ready after 120 s"; }
log "ready after $((SECONDS - started)) s; schema at Flyway version $(sql -c 'select max(version::int) from flyway_schema_history')"
[[ $(sql -c 'select count(*) from report') == 0 ]] || die "the database already holds reports"

# --- the generator --------------------------------------------------------------------------------------

log "generating $ROWS reports over two years (bench/sql/generate-reports.sql)"
generation_start=$SECONDS
sql -v rows="$ROWS" -f bench/sql/generate-reports.sql >"$WORK/generate.log" 2>&1 \
    || { cat "$WORK/generate.log" >&2; die "the generator failed"; }
generation_s=$((SECONDS - generation_start))
vacuum_start=$SECONDS
# What autovacuum would have done by now on a table this size: statistics, and the visibility map that lets
# index-only scans skip the table.
sql -c 'vacuum (analyze) report'
sql -c 'vacuum (analyze) work_case'
vacuum_s=$((SECONDS - vacuum_start))
data_summary=$(sql -F '|' <<'SQL'
select count(*), count(*) filter (where closed_at is null),
       count(*) filter (where waiting_on in ('COMMAND_CENTER', 'AGENCY') and due_at < now()),
       to_char(min(opened_at) at time zone 'UTC', 'YYYY-MM-DD'), to_char(max(opened_at) at time zone 'UTC', 'YYYY-MM-DD'),
       count(*) filter (where answered_at >= now() - interval '90 days'),
       round(100.0 * count(*) filter (where answer_late) / nullif(count(answer_late), 0), 1),
       (select count(*) from report_event),
       pg_size_pretty(pg_table_size('work_case') + pg_table_size('report')),
       pg_size_pretty(pg_indexes_size('work_case') + pg_indexes_size('report'))
from work_case
SQL
)
IFS='|' read -r n_rows n_open n_red first_day last_day n_answered_90 late_pct n_events table_size index_size <<<"$data_summary"
log "generated $n_rows reports in $generation_s s (vacuum analyze $vacuum_s s): $n_open open ($n_red red)"
escalated_before=$(sql -c "select count(*) from report_event where action = 'ESCALATED'")

# --- helpers --------------------------------------------------------------------------------------------

field() { sed -n "s/.*\b$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
bench_line() { grep '^BENCH ' "$WORK/$1.txt"; }
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
# PostgreSQL: the postmaster and its live children, plus (cutime, cstime) the children that exited, such as the
# parallel query workers started for one query.
pg_ticks() {
    local postmaster total pid
    postmaster=$(head -n 1 "$PG_DATA/postmaster.pid")
    total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat" 2>/dev/null || echo 0)
    for pid in $(pgrep -P "$postmaster" || true); do total=$((total + $(ticks "$pid"))); done
    echo "$total"
}
HZ=$(getconf CLK_TCK)

# Runs wrk against one path, keeps its output in $WORK/$name.txt and fails loudly on any non-2xx answer or socket
# error; notes the CPU the application and PostgreSQL used meanwhile, and the load average at the end.
run_wrk() {
    local name=$1 path=$2 connections=$3 seconds=$4
    local java0 pg0 threads=$THREADS
    ((threads > connections)) && threads=$connections
    java0=$(ticks "$APP_PID"); pg0=$(pg_ticks)
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s -H "$TOKEN" -s bench/lua/percentiles.lua \
        "$BASE$path" >"$WORK/$name.txt" 2>&1 || { cat "$WORK/$name.txt" >&2; die "wrk ($name) failed"; }
    echo "$(($(ticks "$APP_PID") - java0)) $(($(pg_ticks) - pg0)) $(loadavg)" >"$WORK/$name.cpu"
    local line
    line=$(bench_line "$name") || { cat "$WORK/$name.txt" >&2; die "no BENCH line from wrk ($name)"; }
    if [[ $(field non2xx "$line") != 0 || $(field socket_errors "$line") != 0 || $(field timeouts "$line") != 0 ]]; then
        cat "$WORK/$name.txt" >&2
        die "$name: $(field non2xx "$line") answers were not 2xx, $(field socket_errors "$line") socket errors, $(field timeouts "$line") timeouts"
    fi
}
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v + 0 <= t + 0 ? "PASS" : "FAIL") }'; }
summary_line() {
    local name=$1 label=$2 target=$3 line cpu
    line=$(bench_line "$name")
    read -r -a cpu <"$WORK/$name.cpu"
    local requests duration
    requests=$(field requests "$line"); duration=$(field duration_us "$line")
    awk -v label="$label" -v r="$requests" -v d="$duration" -v p50="$(field p50_ms "$line")" \
        -v p90="$(field p90_ms "$line")" -v p95="$(field p95_ms "$line")" -v p99="$(field p99_ms "$line")" \
        -v max="$(field max_ms "$line")" -v app="${cpu[0]}" -v pg="${cpu[1]}" -v hz="$HZ" -v load="${cpu[2]} ${cpu[3]} ${cpu[4]}" \
        -v target="$target" -v verdict="$(verdict "$(field p95_ms "$line")" "$target")" 'BEGIN {
            printf "%-28s %7.1f req/s  p50 %6.1f  p90 %6.1f  p95 %6.1f  p99 %6.1f  max %6.1f ms  (%d requests)  p95 <= %d ms: %s\n",
                label, r / (d / 1e6), p50, p90, p95, p99, max, r, target, verdict
            printf "%-28s CPU per request: application %.1f ms, PostgreSQL %.1f ms; load average at the end %s\n",
                "", app * 1000 / hz / r, pg * 1000 / hz / r, load
        }'
}

# --- measurements ---------------------------------------------------------------------------------------

for path in /api/v1/dashboard /pimpinan; do
    status=$(curl -s -o "$WORK/first$(tr / _ <<<"$path")" -w '%{http_code}' -H "$TOKEN" "$BASE$path")
    [[ $status == 200 ]] || { head -c 600 "$WORK/first$(tr / _ <<<"$path")" >&2; die "GET $path answered $status"; }
done
log "warm-up: ${WARMUP} s per endpoint at 4 connections"
run_wrk warmup-data /api/v1/dashboard 4 "$WARMUP"
run_wrk warmup-page /pimpinan 4 "$WARMUP"

measured=()
for c in $CONNECTIONS; do
    log "(a) data: GET /api/v1/dashboard, $c connections, ${DURATION} s"
    run_wrk "data-c$c" /api/v1/dashboard "$c" "$DURATION"
    log "(b) page: GET /pimpinan, $c connections, ${DURATION} s"
    run_wrk "page-c$c" /pimpinan "$c" "$DURATION"
    measured+=("$c")
done

# Single requests, one at a time: time to first byte as curl sees it (the server's time plus a local connection).
# They are spaced by more than the figures' max age, so that every one computes the figures afresh: the cost of
# one computation, which the loads above share between viewers.
single() {
    local path=$1
    for _ in $(seq 1 "$SAMPLES"); do
        sleep "$((FIGURES_MAX_AGE_S + 1))"
        curl -s -o /dev/null -H "$TOKEN" -w '%{time_starttransfer}\n' "$BASE$path"
    done | sort -n | awk '{ v[NR] = $1 * 1000 } END {
        m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        printf "median %.1f ms, min %.1f ms, max %.1f ms (%d requests)", m, v[1], v[NR], NR }'
}
log "single requests: $SAMPLES per endpoint, one at a time, $((FIGURES_MAX_AGE_S + 1)) s apart (each computes afresh)"
load_single=$(loadavg)
single_data=$(single /api/v1/dashboard)
single_page=$(single /pimpinan)

# The first screen's transfer: the page and the CSS and JavaScript its head and body load, gzip as a browser asks.
log "first screen transfer size"
transfer_report=$WORK/transfer.txt
: >"$transfer_report"
transfer_total=0
for path in /pimpinan /theme.css /css/mimika.css /css/dashboard.css /js/dashboard.js /webjars/htmx.org/dist/htmx.min.js; do
    read -r code compressed < <(curl -s --compressed -H "$TOKEN" -o /dev/null -D "$WORK/headers" \
        -w '%{http_code} %{size_download}\n' "$BASE$path")
    encoding=$(tr -d '\r' <"$WORK/headers" | awk 'tolower($1) == "content-encoding:" { print $2 }')
    [[ $code == 200 ]] || die "GET $path answered $code"
    plain=$(curl -s -H "$TOKEN" -o /dev/null -w '%{size_download}' "$BASE$path")
    printf '  %-36s %7d bytes transferred (%s), %7d bytes uncompressed\n' "$path" "$compressed" "${encoding:-identity}" "$plain" >>"$transfer_report"
    transfer_total=$((transfer_total + compressed))
done
# Also fetched by the browser, but not render-blocking: the icon and manifest, and later the service worker.
transfer_other=0
for path in /img/mimika-icon.svg /manifest.webmanifest /pimpinan-sw.js; do
    transfer_other=$((transfer_other + $(curl -s --compressed -o /dev/null -w '%{size_download}' "$BASE$path")))
done

# --- query plans ----------------------------------------------------------------------------------------

plans_summary="  (not written: PLANS_FILE is empty)"
if [[ -n $PLANS_FILE ]]; then
    log "EXPLAIN (ANALYZE, BUFFERS) of the dashboard queries into $PLANS_FILE"
    mkdir -p "$(dirname "$PLANS_FILE")"
    {
        echo "# Query plans of the leaders' dashboard on $n_rows reports"
        echo "#"
        echo "# Written by bench/dashboard-load.sh (bench/sql/dashboard-plans.sql) on $(date -u '+%Y-%m-%d %H:%M UTC'), after the load"
        echo "# test, with the application idle; $pg_version, ${PG_SETTINGS:-default settings (shared_buffers 128MB, work_mem 4MB)}."
        echo "# Data: bench/sql/generate-reports.sql, $n_rows reports $first_day..$last_day, $n_open open ($n_red red),"
        echo "# then VACUUM (ANALYZE). Table $table_size, its indexes $index_size. Machine: $(nproc) cores, load average $(loadavg)."
        echo "# Parameters are the application's :now, :since (now - 90 days) and :start (first Monday of the 12-week trend)."
        echo
        sql -v agency="$PLANS_AGENCY" -f bench/sql/dashboard-plans.sql
    } >"$WORK/plans.txt" 2>&1 || { cat "$WORK/plans.txt" >&2; die "EXPLAIN failed"; }
    cp "$WORK/plans.txt" "$PLANS_FILE"
    plans_summary=$(awk '/^=== / { name = substr($0, 5) } /^Execution Time:/ { printf "  %8s ms  %s\n", $3, name }' "$PLANS_FILE")
fi
escalated=$(($(sql -c "select count(*) from report_event where action = 'ESCALATED'") - escalated_before))
load_end=$(loadavg)

# --- summary --------------------------------------------------------------------------------------------

cat <<EOF

=== Leaders' dashboard on $n_rows reports, PostgreSQL ($date_start) ===
machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1); load average $load_start at the start, $load_end at the end
java: $(java -version 2>&1 | head -n 1); $HEAP${JAVA_OPTS:+ $JAVA_OPTS}; jar $JAR; pool ${MIMIKA_DB_POOL_SIZE:-10} connections
postgres: $pg_version; ${PG_SETTINGS:+$PG_SETTINGS  <<< NOT the default settings: not a headline figure; otherwise }default settings (fsync on, shared_buffers 128MB, work_mem 4MB, max_parallel_workers_per_gather 2)
data: $n_rows reports $first_day..$last_day, $n_open open ($n_red red), $n_answered_90 answered in the last 90 days ($late_pct % of all answers late), $n_events timeline events; table $table_size, indexes $index_size
generation: $generation_s s (bench/sql/generate-reports.sql), then vacuum (analyze) $vacuum_s s
load: wrk -t$THREADS -c<connections> -d${DURATION}s -H '$TOKEN' -s bench/lua/percentiles.lua, after ${WARMUP} s warm-up per endpoint; escalations by the application's job during the run: $escalated
figures: one computation shared by the viewers for up to ${FIGURES_MAX_AGE_S} s (mimika.dashboard.figures-max-age)

EOF
for c in "${measured[@]}"; do
    summary_line "data-c$c" "(a) data  c$c /api/v1/dashboard" "$DATA_TARGET_MS"
    summary_line "page-c$c" "(b) page  c$c /pimpinan" "$PAGE_TARGET_MS"
done
cat <<EOF

single requests, each computing the figures afresh (curl time to first byte, one at a time, $((FIGURES_MAX_AGE_S + 1)) s apart; load average $load_single before):
  /api/v1/dashboard  $single_data
  /pimpinan          $single_page

first screen (curl --compressed; target <= $TRANSFER_TARGET_BYTES bytes):
$(cat "$transfer_report")
  total                                $transfer_total bytes  $(verdict "$transfer_total" "$TRANSFER_TARGET_BYTES")
  (not counted: icon, manifest and service worker, $transfer_other bytes more)

query plans (${PLANS_FILE:-none}), execution time of each with EXPLAIN ANALYZE:
$plans_summary
EOF
