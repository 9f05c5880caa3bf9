#!/usr/bin/env bash
# Load test of citizen report intake and tracking on PostgreSQL, against the database's own speed.
#
# Starts a throwaway PostgreSQL cluster (default durability: fsync and synchronous_commit on) and the
# application jar under -Xmx256m, then measures with wrk at 32 connections:
#   (a) intake    POST /api/v1/reports, every request a new report with a distinct Idempotency-Key
#   (b) pgbench   the same number of clients inserting an equivalent row into a copy of "report"
#   (c) tracking  GET /api/v1/reports/{ticket} over 1,000 tickets stored in (a)
#   (d) health    GET /actuator/health
# and prints a summary with the ratios intake/pgbench (target >= 0.20, p99 <= 50 ms) and tracking/health
# (target >= 0.30), PASS or FAIL per target. Exits non-zero if any request answered other than 2xx or a
# step failed; a missed target is reported, not an error.
#
# Usage, as root (installs wrk and PostgreSQL with apt if missing) or as a user who has both:
#   bench/reports-load.sh                          # about 4 minutes plus the build if the jar is stale
#   bench/reports-load.sh --synchronous-commit-off # the same against a cluster with synchronous_commit=off
#   bench/reports-load.sh --app-transaction        # also: pgbench running the SQL of one intake (diagnostic)
#   bench/reports-load.sh --commit-delay=US        # PostgreSQL's own group commit: commit_delay=US microseconds
#                                                  # (commit_siblings=5); with MIMIKA_REPORT_INTAKE_WRITERS=0 it
#                                                  # measures intake without IntakeBatches (docs/performance.md)
#   bench/reports-load.sh --statements             # also: the database's time per report for each statement of (a),
#                                                  # foreign-key checks included (pg_stat_statements, track=all;
#                                                  # a diagnostic, its bookkeeping costs the intake a little)
# Environment: DURATION (s per measured phase, 25), WARMUP (s of intake before (a), 90: on 2 cores the JIT
#   compiles for more than 30 s, and a server runs for days; the summary shows the JIT's CPU during (a)),
#   CONNECTIONS (32), THREADS (2),
#   MIMIKA_JAR (a jar to run instead of building target/mimika-platform-0.1.0-SNAPSHOT.jar),
#   MIMIKA_DB_POOL_SIZE (the application's connection pool, 10 as in production), MIMIKA_REPORT_INTAKE_WRITERS
#   (threads storing submissions in batches, 2; 0 stores each on its own), JAVA_OPTS (more JVM
#   options, e.g. for a profiler), KEEP_WORK=1 (keep the logs and raw outputs in the work directory),
#   SUBMISSIONS_PER_HOUR (the per-address submission limit, 100000000: high enough never to refuse, but still counted
#   in the shared bucket rows; 0 switches the limit off, to measure the intake without it),
#   CLIENT_ADDRESSES (10000: each submission comes from one of this many addresses, sent as X-Forwarded-For with
#   the application trusting 127.0.0.1 as its proxy, as citizens' reports come from many addresses; 1 sends every
#   submission from the one address, so that all of them count against one bucket row, the worst case of the
#   shared limit, decision 175).
set -euo pipefail
export LC_ALL=C.UTF-8

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=bench/lib/pg-cluster.sh
source bench/lib/pg-cluster.sh

DURATION=${DURATION:-25}
CLIENT_ADDRESSES=${CLIENT_ADDRESSES:-10000}
WARMUP=${WARMUP:-90}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
HEAP=-Xmx256m
JAR=${MIMIKA_JAR:-target/mimika-platform-0.1.0-SNAPSHOT.jar}
sync_commit=on
app_transaction=false
statements=false
commit_delay=0
for arg in "$@"; do
    case $arg in
        --synchronous-commit-off) sync_commit=off ;;
        --commit-delay=*) commit_delay=${arg#--commit-delay=} ;;
        --app-transaction) app_transaction=true ;;
        --statements) statements=true ;;
        -h | --help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 0 ;;
        *) echo "unknown argument: $arg (see --help)" >&2; exit 2 ;;
    esac
done

started=$SECONDS
log() { printf '[reports-load %3ds] %s\n' "$((SECONDS - started))" "$*" >&2; }
die() { log "FAILED: $*"; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/mimika-reports-load.XXXXXX")
APP_PID=
SAMPLER_PIDS=()

cleanup() {
    local status=$?
    trap - EXIT INT TERM
    local pid
    for pid in "${SAMPLER_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
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
PGBENCH=$PG_BIN/pgbench
[[ -x $PGBENCH ]] || PGBENCH=$(command -v pgbench) || die "pgbench is missing"
command -v curl >/dev/null || die "curl is missing"

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
load_start=$(loadavg)

# --- the jar --------------------------------------------------------------------------------------------

if [[ -z ${MIMIKA_JAR:-} ]]; then
    if [[ ! -f $JAR ]] || [[ -n $(find src pom.xml -newer "$JAR" -print -quit) ]]; then
        log "building $JAR (mvn -q -B -DskipTests package)"
        mvn -q -B -DskipTests package >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "build failed"; }
    fi
fi
[[ -f $JAR ]] || die "no jar at $JAR"

# --- PostgreSQL -----------------------------------------------------------------------------------------

pg_settings=()
[[ $sync_commit == off ]] && pg_settings=(-c synchronous_commit=off)
[[ $commit_delay != 0 ]] && pg_settings+=(-c "commit_delay=$commit_delay" -c commit_siblings=5)
[[ $statements == true ]] && pg_settings+=(-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all)
pg_cluster_start "${pg_settings[@]}"
pg_version=$("$PG_BIN/postgres" --version)
# pgbench and the sampling psql connect like the application: over TCP as its role, with its password.
export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=$PG_USER PGDATABASE=$PG_DB PGPASSWORD=$PG_PASSWORD

# --- the application ------------------------------------------------------------------------------------

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
APP_PORT=
for candidate in $(seq 18480 18579); do
    if port_free "$candidate"; then APP_PORT=$candidate; break; fi
done
[[ -n $APP_PORT ]] || die "no free port between 18480 and 18579"
BASE=http://127.0.0.1:$APP_PORT

log "starting the application ($HEAP) on port $APP_PORT"
MIMIKA_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" MIMIKA_DB_USERNAME=$PG_USER MIMIKA_DB_PASSWORD=$PG_PASSWORD \
    MIMIKA_TRUSTED_PROXIES='127\.0\.0\.1' java "$HEAP" ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres --mimika.demo.enabled=false \
    --mimika.report.submissions-per-hour="${SUBMISSIONS_PER_HOUR:-100000000}" --server.port="$APP_PORT" --logging.level.root=WARN \
    >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 60 "$WORK/app.log" >&2; die "the application exited during start-up"; }
    if curl -fsS -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null; then break; fi
    sleep 0.5
done
curl -fsS -o /dev/null "$BASE/actuator/health/readiness" || { tail -n 60 "$WORK/app.log" >&2; die "not ready after 120 s"; }
log "ready after $((SECONDS - started)) s"

# --- helpers --------------------------------------------------------------------------------------------

# Runs wrk, keeps its output in $WORK/$1.txt and fails loudly on any non-2xx answer or socket error.
run_wrk() {
    local name=$1 seconds=$2
    shift 2
    local java0 pg0 threads0
    java0=$(ticks "$APP_PID"); pg0=$(pg_ticks); threads0=$(java_thread_ticks "$APP_PID")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency "$@" >"$WORK/$name.txt" 2>&1 \
        || { cat "$WORK/$name.txt" >&2; die "wrk ($name) failed"; }
    echo "$(($(ticks "$APP_PID") - java0)) $(($(pg_ticks) - pg0)) $threads0 $(java_thread_ticks "$APP_PID")" >"$WORK/$name.cpu"
    local line
    line=$(grep '^BENCH ' "$WORK/$name.txt") || { cat "$WORK/$name.txt" >&2; die "no BENCH line from wrk ($name)"; }
    if [[ $(field non2xx "$line") != 0 || $(field socket_errors "$line") != 0 || $(field timeouts "$line") != 0 ]]; then
        cat "$WORK/$name.txt" >&2
        die "$name: $(field non2xx "$line") answers were not 2xx, $(field socket_errors "$line") socket errors, $(field timeouts "$line") timeouts"
    fi
}
field() { sed -n "s/.*\b$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
bench_line() { grep '^BENCH ' "$WORK/$1.txt"; }
rate() { local l; l=$(bench_line "$1"); awk -v r="$(field requests "$l")" -v d="$(field duration_us "$l")" 'BEGIN { printf "%.1f", r / (d / 1e6) }'; }
ms() { local l; l=$(bench_line "$1"); awk -v us="$(field "$2" "$l")" 'BEGIN { printf "%.1f", us / 1000 }'; }

# CPU time (clock ticks) used so far by the application and by the cluster's server processes.
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
pg_ticks() {
    local postmaster total=0 pid
    postmaster=$(head -n 1 "$PG_DATA/postmaster.pid")
    for pid in $postmaster $(pgrep -P "$postmaster" || true); do total=$((total + $(ticks "$pid"))); done
    echo "$total"
}
# The application's CPU ticks by kind of thread: request threads, JIT compilers, garbage collector, the rest.
java_thread_ticks() {
    cat /proc/"$1"/task/*/stat 2>/dev/null | awk '
        {
            open = index($0, "("); match($0, /\) [A-Za-z] /)
            name = substr($0, open + 1, RSTART - open - 1); split(substr($0, RSTART + 2), f, " ")
            t = f[12] + f[13]
            if (name ~ /^http-nio/) req += t; else if (name ~ /^C[12] Compiler/) jit += t
            else if (name ~ /^(GC|G1)/) gc += t; else other += t
        }
        END { printf "%d %d %d %d\n", req, jit, gc, other }'
}
HZ=$(getconf CLK_TCK)

# jstat samples the heap once a second for the whole run (no HTTP traffic, so it does not disturb wrk).
jstat -gc "$APP_PID" 1000 >"$WORK/jstat.txt" 2>/dev/null &
SAMPLER_PIDS+=($!)

# --- (a) intake -----------------------------------------------------------------------------------------

log "warm-up: intake for ${WARMUP} s"
run_wrk warmup "$WARMUP" -s bench/lua/intake.lua "$BASE" -- "$CLIENT_ADDRESSES"
rows_before=$(psql -qAtX -c "select count(*) from report")
if [[ $statements == true ]]; then
    pg_admin_psql -c 'create extension if not exists pg_stat_statements' -c 'select pg_stat_statements_reset()' >/dev/null
fi

log "(a) intake: POST /api/v1/reports for ${DURATION} s, ${CONNECTIONS} connections"
# What the server sessions do during intake: pg_stat_activity sampled every 0.2 s by one psql session.
psql -qAtX -F ' ' >"$WORK/waits.txt" 2>/dev/null <<'SQL' &
select coalesce(state, '?') || ' ' || coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-')
from pg_stat_activity
where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()
\watch 0.2
SQL
waits_pid=$!
SAMPLER_PIDS+=("$waits_pid")
run_wrk intake "$DURATION" -s bench/lua/intake.lua "$BASE" -- "$CLIENT_ADDRESSES"
kill "$waits_pid" 2>/dev/null || true
rows_after=$(psql -qAtX -c "select count(*) from report")
if [[ $statements == true ]]; then
    # The statements of the benchmark's database during (a), the most expensive first: microseconds of execution per
    # report stored, calls per report and microseconds per call.
    pg_admin_psql -AtF ' | ' >"$WORK/statements.txt" <<SQL
select to_char(total_exec_time * 1000 / $((rows_after - rows_before)), 'FM99990.0') || ' us/report',
       to_char(calls::numeric / $((rows_after - rows_before)), 'FM990.00') || ' calls',
       to_char(total_exec_time * 1000 / calls, 'FM9999990.0') || ' us/call',
       left(regexp_replace(query, '\s+', ' ', 'g'), 100)
from pg_stat_statements
where dbid = (select oid from pg_database where datname = current_database())
order by total_exec_time desc
limit 15
SQL
fi
intake_requests=$(field requests "$(bench_line intake)")
((rows_after - rows_before == intake_requests)) \
    || log "note: $((rows_after - rows_before)) reports stored during the phase for $intake_requests answers (requests in flight at the edges)"

psql -qAtX -c "select ticket from report where confidential = false order by random() limit 1000" \
    | awk 'BEGIN { print "return {" } { printf "  \"%s\",\n", $1 } END { print "}" }' >"$WORK/tickets.lua"
ticket_count=$(grep -c '"' "$WORK/tickets.lua" || true)
((ticket_count > 0)) || die "no tickets to track"

# --- (b) pgbench ----------------------------------------------------------------------------------------

psql -qX -v ON_ERROR_STOP=1 -c 'set client_min_messages = warning' -f bench/pgbench/bench-report.sql >/dev/null
# pgbench keeps one log file per thread, one line per transaction: client, number, latency (us), ...
run_pgbench() {
    local name=$1 script=$2
    mkdir -p "$WORK/$name"
    (cd "$WORK/$name" && "$PGBENCH" -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$DURATION" -f "$script" \
        -l --log-prefix=tx) >"$WORK/$name.txt" 2>&1 || { cat "$WORK/$name.txt" >&2; die "pgbench ($name) failed"; }
    if grep -q 'number of failed transactions: [1-9]' "$WORK/$name.txt"; then cat "$WORK/$name.txt" >&2; die "$name: failed transactions"; fi
}
pgbench_tps() { sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$WORK/$1.txt" | tail -n 1 | awk '{ printf "%.1f", $1 }'; }
pgbench_pct() { cat "$WORK/$1"/tx* | awk '{ print $3 }' | sort -n | awk -v p="$2" '{ v[NR] = $1 } END { i = int(NR * p / 100); if (i < 1) i = 1; printf "%.1f", v[i] / 1000 }'; }

log "(b) pgbench: one bench_report row per transaction for ${DURATION} s, ${CONNECTIONS} clients"
run_pgbench pgbench "$root/bench/pgbench/insert-report.sql"

# --- (c) tracking and (d) health ------------------------------------------------------------------------

log "warm-up: tracking and health for 5 s each"
run_wrk warmup-tracking 5 -s bench/lua/get.lua "$BASE" -- "$WORK/tickets.lua"
run_wrk warmup-health 5 -s bench/lua/get.lua "$BASE/actuator/health"
log "(c) tracking: GET /api/v1/reports/{ticket} over $ticket_count tickets for ${DURATION} s"
run_wrk tracking "$DURATION" -s bench/lua/get.lua "$BASE" -- "$WORK/tickets.lua"
log "(d) health: GET /actuator/health for ${DURATION} s"
run_wrk health "$DURATION" -s bench/lua/get.lua "$BASE/actuator/health"

if [[ $app_transaction == true ]]; then
    log "(diagnostic) pgbench: the SQL of one intake per transaction for ${DURATION} s, ${CONNECTIONS} clients"
    run_pgbench app-transaction "$root/bench/pgbench/intake-transaction.sql"
    log "(diagnostic) pgbench: the same without the audit append for ${DURATION} s, ${CONNECTIONS} clients"
    sed '/^-- audit:begin/,/^-- audit:end/d' bench/pgbench/intake-transaction.sql >"$WORK/intake-transaction-no-audit.sql"
    run_pgbench app-transaction-no-audit "$WORK/intake-transaction-no-audit.sql"
fi

kill "${SAMPLER_PIDS[0]}" 2>/dev/null || true
load_end=$(loadavg)

# --- summary --------------------------------------------------------------------------------------------

intake_rps=$(rate intake)
tracking_rps=$(rate tracking)
health_rps=$(rate health)
pg_tps=$(pgbench_tps pgbench)
intake_p99=$(ms intake p99_us)
ratio_intake=$(awk -v a="$intake_rps" -v b="$pg_tps" 'BEGIN { printf "%.3f", a / b }')
ratio_tracking=$(awk -v a="$tracking_rps" -v b="$health_rps" 'BEGIN { printf "%.3f", a / b }')
verdict() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { if (op == ">=") ok = (v + 0 >= t + 0); else ok = (v + 0 <= t + 0); print (ok ? "PASS" : "FAIL") }'; }

# Heap: the largest used heap (survivors + eden + old) of the per-second jstat samples, and GC counts.
heap_summary=$(awk '
    NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 ~ /^[0-9.]+$/ {
        used = $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]
        if (used > max) max = used
        if (first == "") { first = 1; ygc0 = $col["YGC"]; fgc0 = $col["FGC"]; gct0 = $col["GCT"] }
        ygc = $col["YGC"]; fgc = $col["FGC"]; gct = $col["GCT"]; n++
    }
    END {
        if (n == 0) { print "n/a (no jstat samples)"; exit }
        printf "max %.0f MiB used of -Xmx256m (%d samples); %d young + %d full GCs, %.2f s GC time during the run",
            max / 1024, n, ygc - ygc0, fgc - fgc0, gct - gct0
    }' "$WORK/jstat.txt")

waits_summary=$(awk '
    /^(active|idle|idle in transaction|fastpath function call|disabled|\?) / {
        counts[$0]++; total++
    }
    END {
        if (total == 0) { print "  (no samples)"; exit }
        for (k in counts) printf "  %5.1f%%  %s\n", 100 * counts[k] / total, k
    }' "$WORK/waits.txt" | sort -rn | head -n 8)
# CPU used during a wrk phase by the application and PostgreSQL: cores on average, and ms per request.
cpu() {
    awk -v hz="$HZ" -v n="$(field requests "$(bench_line "$1")")" -v d="$(field duration_us "$(bench_line "$1")")" \
        '{ ms = 1000 / hz / n
           printf "CPU: application %.2f cores, %.2f ms/request (request threads %.2f, JIT %.2f, GC %.2f, other %.2f); PostgreSQL %.2f cores, %.2f ms/request",
           $1 / hz / (d / 1e6), $1 * ms, ($7 - $3) * ms, ($8 - $4) * ms, ($9 - $5) * ms, ($10 - $6) * ms,
           $2 / hz / (d / 1e6), $2 * ms }' "$WORK/$1.cpu"
}

cat <<EOF

=== Citizen report intake and tracking on PostgreSQL ($(date -u '+%Y-%m-%d %H:%M UTC')) ===
machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1); load average $load_start at the start, $load_end at the end
java: $(java -version 2>&1 | head -n 1); $HEAP${JAVA_OPTS:+ $JAVA_OPTS}; jar $JAR; pool ${MIMIKA_DB_POOL_SIZE:-10} connections; intake writers ${MIMIKA_REPORT_INTAKE_WRITERS:-2}; submissions per hour and address ${SUBMISSIONS_PER_HOUR:-100000000}; client addresses $CLIENT_ADDRESSES
postgres: $pg_version; fsync=on, commit_delay=${commit_delay}us, synchronous_commit=$sync_commit$([[ $sync_commit == off ]] && echo '  <<< NOT the default durability: not a headline figure')
load: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency; pgbench -c$CONNECTIONS -j$THREADS -T$DURATION -n -M prepared

(a) intake   POST /api/v1/reports  $intake_rps req/s  p50 $(ms intake p50_us) ms  p90 $(ms intake p90_us) ms  p99 $intake_p99 ms  max $(ms intake max_us) ms  ($intake_requests requests, all 2xx)
             $(cpu intake)
             PostgreSQL sessions during intake (state, wait event; share of 0.2 s samples):
$waits_summary
(b) pgbench  insert bench_report   $pg_tps tps  p50 $(pgbench_pct pgbench 50) ms  p99 $(pgbench_pct pgbench 99) ms
(c) tracking GET /api/v1/reports/{ticket}  $tracking_rps req/s  p50 $(ms tracking p50_us) ms  p99 $(ms tracking p99_us) ms  ($ticket_count tickets)
             $(cpu tracking)
(d) health   GET /actuator/health  $health_rps req/s  p50 $(ms health p50_us) ms  p99 $(ms health p99_us) ms
             $(cpu health)
EOF
if [[ $app_transaction == true ]]; then
    echo "(diag) pgbench  the SQL of one intake      $(pgbench_tps app-transaction) tps  p50 $(pgbench_pct app-transaction 50) ms  p99 $(pgbench_pct app-transaction 99) ms"
    echo "(diag) pgbench  the same without the audit $(pgbench_tps app-transaction-no-audit) tps  p50 $(pgbench_pct app-transaction-no-audit 50) ms  p99 $(pgbench_pct app-transaction-no-audit 99) ms"
fi
if [[ $statements == true ]]; then
    echo "(diag) statements during (a), PostgreSQL execution time per report stored:"
    sed 's/^/  /' "$WORK/statements.txt"
fi
cat <<EOF
heap: $heap_summary

intake / pgbench   = $ratio_intake (target >= 0.20)  $(verdict "$ratio_intake" '>=' 0.20)
intake p99         = $intake_p99 ms (target <= 50 ms)  $(verdict "$intake_p99" '<=' 50)
tracking / health  = $ratio_tracking (target >= 0.30)  $(verdict "$ratio_tracking" '>=' 0.30)
EOF
