#!/usr/bin/env bash
# Scans a running node with sqlmap (SQL injection) and wapiti (XSS, injection, file disclosure, CRLF, SSRF, ...).
#
#   bench/security-scan.sh [BASE_URL]      # default http://127.0.0.1:18120 (the nginx of bench/cluster.sh)
#
# sqlmap probes the public JSON API and forms with the parameters citizens send (report list filters, tracking,
# the deadline calculator, Open311 queries, a JSON submission); wapiti crawls the public pages and, with
# SCAN_TOKEN (a personal access token, e.g. demo-mcc on a demo cluster), the staff pages too. Reports land in
# ${SCAN_DIR:-./target/security-scan}; the summary counts findings per tool. Exit status 1 when sqlmap finds an
# injectable parameter or wapiti reports a vulnerability. Needs the Debian packages sqlmap and wapiti (apt-get
# install sqlmap wapiti). Slow on purpose (LEVEL, RISK for sqlmap; wapiti's --max-scan-time, SCAN_MINUTES, 10).
set -euo pipefail
base=${1:-http://127.0.0.1:18120}
dir=${SCAN_DIR:-target/security-scan}
LEVEL=${LEVEL:-2}
RISK=${RISK:-1}
SCAN_MINUTES=${SCAN_MINUTES:-10}
mkdir -p "$dir"
log() { printf '[security-scan] %s\n' "$*" >&2; }
for tool in sqlmap wapiti; do command -v $tool >/dev/null || { log "$tool is missing: apt-get install sqlmap wapiti"; exit 2; }; done
found=0

targets=(
    "$base/api/v1/reports?category=JALAN&district=94.04.01&agency=PUPR&status=SUBMITTED&light=RED"
    "$base/api/v1/calendar/deadline?from=2026-12-01&workingDays=5"
    "$base/api/v1/calendar/holidays?year=2026"
    "$base/api/v1/regions/districts/94.04.01/villages"
    "$base/open311/v2/requests.json?service_code=JALAN&status=open&start_date=2026-11-01T00:00:00Z"
    "$base/laporan?kategori=JALAN&distrik=94.04.01"
    "$base/laporan/ekspor.csv?category=JALAN"
)
for url in "${targets[@]}"; do
    log "sqlmap $url"
    sqlmap -u "$url" --batch --level="$LEVEL" --risk="$RISK" --dbms=PostgreSQL --output-dir="$dir/sqlmap" \
        --answers="follow=N" --disable-coloring >"$dir/sqlmap-$(echo "$url" | md5sum | cut -c1-8).log" 2>&1 || true
done
log "sqlmap on the JSON submission"
sqlmap -u "$base/api/v1/reports" --method=POST --headers="Content-Type: application/json" \
    --data='{"kind":"COMPLAINT","categoryCode":"JALAN","description":"Jalan berlubang di depan pasar lama","districtCode":"94.04.01","villageCode":"94.04.01.1008"}' \
    --batch --level="$LEVEL" --risk="$RISK" --dbms=PostgreSQL --output-dir="$dir/sqlmap" --disable-coloring \
    >"$dir/sqlmap-submission.log" 2>&1 || true
log "sqlmap on the tracking form"
sqlmap -u "$base/lacak" --method=POST --data="ticket=ABCD-2345&pin=123456" --batch --level="$LEVEL" --risk="$RISK" \
    --dbms=PostgreSQL --output-dir="$dir/sqlmap" --disable-coloring --csrf-token=_csrf --csrf-url="$base/lacak" \
    >"$dir/sqlmap-tracking.log" 2>&1 || true
injectable=$(grep -l -E "is vulnerable|injectable" "$dir"/sqlmap-*.log 2>/dev/null | grep -v -c '^$' || true)
if grep -q -E "parameter '.*' (is|seems to be) .*injectable|sqlmap identified the following injection" "$dir"/sqlmap-*.log; then
    found=1
    log "sqlmap: INJECTION FOUND (see $dir/sqlmap-*.log)"
else
    log "sqlmap: no injectable parameter in $(ls "$dir"/sqlmap-*.log | wc -l) targets"
fi

log "wapiti (at most $SCAN_MINUTES minutes)"
headers=()
[[ -n ${SCAN_TOKEN:-} ]] && headers=(-H "Authorization: Bearer $SCAN_TOKEN")
wapiti -u "$base/" --scope folder --max-scan-time $((SCAN_MINUTES * 60)) -m "common,-nikto,-buster" -f json \
    -o "$dir/wapiti.json" --flush-session "${headers[@]}" >"$dir/wapiti.log" 2>&1 || true
if [[ -f $dir/wapiti.json ]]; then
    python3 - "$dir/wapiti.json" <<'PY' || found=1
import json, sys
report = json.load(open(sys.argv[1]))
total = 0
for category, findings in report.get("vulnerabilities", {}).items():
    if findings:
        total += len(findings)
        for f in findings:
            print(f"wapiti: {category}: {f.get('method')} {f.get('path')} {f.get('info')}")
for category, findings in report.get("anomalies", {}).items():
    for f in findings:
        print(f"wapiti anomaly: {category}: {f.get('method')} {f.get('path')} {f.get('info')}")
print(f"wapiti: {total} vulnerabilities")
sys.exit(1 if total else 0)
PY
else
    log "wapiti wrote no report: $(tail -3 "$dir/wapiti.log")"
    found=1
fi
exit $found
