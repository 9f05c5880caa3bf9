#!/usr/bin/env bash
# Load test of MPP Digital on PostgreSQL: application submission and the applicant's status page (issue #8 item 10).
#
# Starts a throwaway PostgreSQL cluster and the application jar under -Xmx256m in demo mode (for the published demo
# citizen; the report history is switched off), then measures with wrk:
#   (a) submit   POST /api/v1/applicant/applications, multipart with a one-page PDF, a new Idempotency-Key each
#                time, HTTP Basic as the demo citizen (so each request also checks the password hash)
#   (b) status   GET /warga/permohonan/{number}, the applicant's status page, with a signed-in session cookie
#   (c) health   GET /actuator/health, the machine's ceiling
# and prints requests per second and p50/p99 latency of each. Exits non-zero on any non-2xx answer.
#
# Usage (as root, or as a user with wrk and PostgreSQL installed): bench/applications-load.sh
# Environment: DURATION (s per phase, 20), WARMUP (s, 30), CONNECTIONS (16), THREADS (2), MIMIKA_JAR, KEEP_WORK=1.
set -euo pipefail
export LC_ALL=C.UTF-8

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=bench/lib/pg-cluster.sh
source bench/lib/pg-cluster.sh

DURATION=${DURATION:-20}
WARMUP=${WARMUP:-30}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
JAR=${MIMIKA_JAR:-target/mimika-platform-0.1.0-SNAPSHOT.jar}
WORK=$(mktemp -d /tmp/mimika-applications-bench.XXXXXX)
APP_PID=
log() { printf '[applications-load] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
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
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

command -v wrk >/dev/null || die "wrk is missing (apt-get install wrk)"
command -v curl >/dev/null || die "curl is missing"
pg_install_if_missing
if [[ -z ${MIMIKA_JAR:-} ]] && { [[ ! -f $JAR ]] || [[ -n $(find src pom.xml -newer "$JAR" -print -quit) ]]; }; then
    log "building $JAR"
    mvn -q -B -DskipTests package >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; die "build failed"; }
fi

pg_cluster_start
APP_PORT=
for candidate in $(seq 18580 18679); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then APP_PORT=$candidate; break; fi
done
[[ -n $APP_PORT ]] || die "no free port"
BASE=http://127.0.0.1:$APP_PORT
log "starting the application on port $APP_PORT"
MIMIKA_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DB" MIMIKA_DB_USERNAME=$PG_USER MIMIKA_DB_PASSWORD=$PG_PASSWORD \
    java -Xmx256m ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres --mimika.demo.enabled=true \
    --mimika.report.demo-history-reports=0 --mimika.eservice.demo-applications=1 --server.port="$APP_PORT" \
    --logging.level.root=WARN >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 240); do
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 60 "$WORK/app.log" >&2; die "the application exited during start-up"; }
    curl -fsS -o /dev/null "$BASE/actuator/health/readiness" 2>/dev/null && break
    sleep 0.5
done
curl -fsS -o /dev/null "$BASE/actuator/health/readiness" || die "not ready after 120 s"

# the multipart body of one application for Kartu AK/I with a minimal one-page PDF
BOUNDARY=mimikabench$$
PDF='%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj
trailer<</Root 1 0 R>>
%%EOF'
{
    for pair in serviceCode=KARTU_AK1 NIK=9404011203850002 PENDIDIKAN=SMA/SMK TELEPON=081234567890; do
        printf -- '--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' "$BOUNDARY" "${pair%%=*}" "${pair#*=}"
    done
    printf -- '--%s\r\nContent-Disposition: form-data; name="IJAZAH"; filename="ijazah.pdf"\r\nContent-Type: application/pdf\r\n\r\n%s\r\n' \
        "$BOUNDARY" "$PDF"
    printf -- '--%s--\r\n' "$BOUNDARY"
} >"$WORK/body.txt"
AUTH="Basic $(printf '%s' 'warga@demo.mimikakab.go.id:demo-warga' | base64 -w0)"
curl -fsS -o "$WORK/first.json" -H "Authorization: $AUTH" -H "Content-Type: multipart/form-data; boundary=$BOUNDARY" \
    --data-binary @"$WORK/body.txt" "$BASE/api/v1/applicant/applications" || die "a first submission failed"
REFERENCE=$(sed -n 's/.*"reference":"\([^"]*\)".*/\1/p' "$WORK/first.json")
[[ -n $REFERENCE ]] || die "no reference in $(cat "$WORK/first.json")"

# a signed-in session for the status page (form login with the page's CSRF token)
curl -fsS -c "$WORK/cookies" -b "$WORK/cookies" -o "$WORK/login.html" "$BASE/warga/masuk"
CSRF=$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$WORK/login.html" | head -1)
curl -fsS -c "$WORK/cookies" -b "$WORK/cookies" -o /dev/null --data-urlencode "login=warga@demo.mimikakab.go.id" \
    --data-urlencode "password=demo-warga" --data-urlencode "_csrf=$CSRF" "$BASE/warga/masuk"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$WORK/cookies")
[[ -n $SESSION ]] || die "no session after signing in"

run() {
    local name=$1 seconds=$2
    shift 2
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency "$@" >"$WORK/$name.txt" 2>&1 \
        || { cat "$WORK/$name.txt" >&2; die "wrk ($name) failed"; }
    local line
    line=$(grep '^BENCH ' "$WORK/$name.txt") || { cat "$WORK/$name.txt" >&2; die "no BENCH line ($name)"; }
    grep -q 'non2xx=0 socket_errors=0 timeouts=0' <<<"$line" || { cat "$WORK/$name.txt" >&2; die "$name: errors"; }
    awk -v n="$name" '{ for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "%-8s %8.1f req/s  p50 %6.1f ms  p99 %6.1f ms\n", n, v["requests"] / (v["duration_us"] / 1e6),
            v["p50_us"] / 1000, v["p99_us"] / 1000 }' <<<"$line"
}
log "warming up for $WARMUP s"
run warmup "$WARMUP" -s bench/lua/applications.lua "$BASE" -- "$WORK/body.txt" "$BOUNDARY" "$AUTH" >/dev/null
run submit "$DURATION" -s bench/lua/applications.lua "$BASE" -- "$WORK/body.txt" "$BOUNDARY" "$AUTH"
run status "$DURATION" -s bench/lua/get.lua -H "Accept: text/html" -H "Cookie: SESSION=$SESSION" "$BASE/warga/permohonan/$REFERENCE"
run health "$DURATION" -s bench/lua/get.lua "$BASE/actuator/health"
