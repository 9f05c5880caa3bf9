#!/usr/bin/env bash
# Fault runs against the two-node cluster of bench/cluster.sh: nothing lost or doubled when a node is killed or the
# database restarts, and every mail delivered once after an SMTP outage.
#
#   bench/faults.sh nodes    # (a) kill -9 node 1, then (once it is back) node 2, during load
#   bench/faults.sh db       # (b) restart PostgreSQL (pg_ctl restart -m fast) during load
#   bench/faults.sh mail     # (c) the SMTP server down for OUTAGE seconds (600) while reports are routed, then back
#   bench/faults.sh notices  # (d) kill -9 node 1 during a burst of reports that each mail their reporter
#   bench/faults.sh all      # the four, one after the other
#
# Clients (bench/lib/fault-clients.py) send COUNT submissions (3000; mail: MAIL_COUNT, 300) at RATE per second (8)
# with CONCURRENCY threads (8) through nginx; each retries with the same Idempotency-Key until it is answered. Each run
# prints: acknowledged, stored, duplicates, lost (acknowledged but not stored, or stored under another ticket than
# the one acknowledged), refused, unanswered, and for (c) and (d) mails delivered after recovery, mails missing and
# doubled (per reporter and kind of notice). (d) sends NOTICE_COUNT (600) reports and waits (MAIL_WAIT) until the
# events the killed node had not handled are handed again by the other node (system.EventRedelivery, after 2 min).
# The mail run makes category JALAN route itself (so each report sends the reporter a mail) and undoes it afterwards;
# with the default retry settings (first retry after 1 min, doubling to 1 h) the last mail may leave up to ~16 min
# after the outage ends; start the cluster with NODE_OPTS="--mimika.notification.first-retry=PT5S
# --mimika.notification.longest-retry=PT30S" and OUTAGE=60 for a CI-sized run.
# Starts the cluster if none runs (and leaves it running). Exit status 1 if anything was lost or doubled.
set -euo pipefail
export LC_ALL=C.UTF-8
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/mimika-cluster}
export CLUSTER_DIR
NGINX_PORT=${NGINX_PORT:-18120}
COUNT=${COUNT:-3000}
MAIL_COUNT=${MAIL_COUNT:-300}
NOTICE_COUNT=${NOTICE_COUNT:-600}
RATE=${RATE:-8}
CONCURRENCY=${CONCURRENCY:-8}
OUTAGE=${OUTAGE:-600}
MAIL_WAIT=${MAIL_WAIT:-1500}
cluster="$root/bench/cluster.sh"
base="http://127.0.0.1:$NGINX_PORT"
failed=0
started=$SECONDS
log() { printf '[faults %4ds] %s\n' "$((SECONDS - started))" "$*" >&2; }

[[ -f $CLUSTER_DIR/env ]] || "$cluster" up
sql() { "$cluster" psql -tA -F ' ' -c "$1"; }
progress() { local answered; answered=$(cat "$1.progress" 2>/dev/null || true); echo "${answered:-0}"; }
wait_progress() { while (($(progress "$1") < $2)) && kill -0 "$3" 2>/dev/null; do sleep 0.5; done; }

load() { # tag count results [client options]
    local tag=$1 count=$2 results=$3
    shift 3
    python3 "$root/bench/lib/fault-clients.py" "$base" "$tag" "$count" "$CONCURRENCY" "$results" --rate "$RATE" "$@" &
    LOAD_PID=$!
}

# Compares what the clients were told with what the database holds.
verify() { # tag results
    local tag=$1 results=$2
    sql "select ticket, substring(description from 'nomor ([0-9]+):') from report where description like 'Uji gangguan $tag nomor %'" \
        >"$results.db"
    python3 - "$results" "$results.db" <<'PY'
import collections, sys
acked, refused, unanswered = {}, 0, 0
for line in open(sys.argv[1]):
    i, what, extra = line.split()
    if what == "REFUSED": refused += 1
    elif what == "UNANSWERED": unanswered += 1
    else: acked[i] = what
stored = collections.defaultdict(list)
for line in open(sys.argv[2]):
    if line.strip():
        ticket, i = line.split()
        stored[i].append(ticket)
rows = sum(len(t) for t in stored.values())
duplicates = sum(len(t) - 1 for t in stored.values())
lost = sum(1 for i, t in acked.items() if t not in stored.get(i, []))
print(f"acknowledged={len(acked)} stored={rows} duplicates={duplicates} lost={lost} refused={refused} unanswered={unanswered}")
sys.exit(1 if duplicates or lost else 0)
PY
}

run_nodes() {
    local tag="kill$(date +%s)" results pid
    results="$CLUSTER_DIR/$tag.txt"
    log "(a) $COUNT submissions at $RATE/s; kill -9 node 1 at a third, node 2 once node 1 is back"
    load "$tag" "$COUNT" "$results"; pid=$LOAD_PID
    wait_progress "$results" $((COUNT / 3)) "$pid"
    "$cluster" kill-node 1
    "$cluster" start-node 1
    log "node 1 back at $(progress "$results") answered"
    "$cluster" kill-node 2
    "$cluster" start-node 2
    log "node 2 back at $(progress "$results") answered"
    wait "$pid"
    printf '(a) node kills: ' ; verify "$tag" "$results" || failed=1
}

run_db() {
    local tag="db$(date +%s)" results pid
    results="$CLUSTER_DIR/$tag.txt"
    log "(b) $COUNT submissions at $RATE/s; restart PostgreSQL at a half"
    load "$tag" "$COUNT" "$results"; pid=$LOAD_PID
    wait_progress "$results" $((COUNT / 2)) "$pid"
    "$cluster" restart-db
    log "PostgreSQL back at $(progress "$results") answered"
    wait "$pid"
    printf '(b) database restart: '; verify "$tag" "$results" || failed=1
}

run_mail() {
    local tag="mail$(date +%s)" results pid
    results="$CLUSTER_DIR/$tag.txt"
    sql "update report_category set auto_route = true where code = 'JALAN'" >/dev/null
    sleep 6   # the nodes keep a category's auto-routing for 5 s
    "$cluster" stop-smtp
    log "(c) SMTP down for $OUTAGE s; $MAIL_COUNT reports, each routed at once and mailed to its reporter"
    local down_at=$SECONDS
    load "$tag" "$MAIL_COUNT" "$results" --email; pid=$LOAD_PID
    wait "$pid"
    sleep $((OUTAGE - (SECONDS - down_at) > 0 ? OUTAGE - (SECONDS - down_at) : 0))
    local waiting
    waiting=$(sql "select count(*) from notification_outbox where recipient like '$tag-%' and sent_at is null")
    "$cluster" start-smtp
    log "SMTP back; $waiting mails waiting in the outbox"
    local back_at=$SECONDS
    while (($(sql "select count(*) from notification_outbox where recipient like '$tag-%' and sent_at is null") > 0)) \
        && ((SECONDS - back_at < MAIL_WAIT)); do sleep 5; done
    local drained=$((SECONDS - back_at))
    sql "update report_category set auto_route = false where code = 'JALAN'" >/dev/null
    printf '(c) SMTP outage: '; verify "$tag" "$results" || failed=1
    count_mails "$tag" "$results" "$drained" || failed=1
}

# Counts the mails the SMTP sink received for a run's reporters: every reporter must have each kind of notice
# (subject without the ticket) the run's reporters got, once.
count_mails() { # tag results seconds-to-drain
    python3 - "$CLUSTER_DIR/mail" "$1" "$2" "$3" <<'PY'
import collections, os, re, sys
directory, tag, results, drained = sys.argv[1:]
per = collections.Counter()
for name in os.listdir(directory):
    if not name.endswith(".eml"):
        continue
    text = open(os.path.join(directory, name), errors="replace").read()
    first = text.split("\n", 1)[0]
    subject = re.search(r"^Subject: (.*)$", text, re.M)
    kind = re.sub(r"[A-Z0-9]{4}-[A-Z0-9]{4}", "", subject.group(1) if subject else "")
    for rcpt in first.split(":", 1)[1].strip().split(","):
        if rcpt.startswith(tag + "-"):
            per[(rcpt, kind)] += 1
expected = {f"{tag}-{line.split()[0]}@faults.test" for line in open(results) if line.split()[1] not in ("REFUSED", "UNANSWERED")}
kinds = {kind for (_, kind) in per}
missing = sum(1 for rcpt in expected for kind in kinds if (rcpt, kind) not in per)
doubled = sum(n - 1 for n in per.values() if n > 1)
print(f"mails expected={len(expected) * len(kinds)} ({len(kinds)} kinds per reporter) delivered={sum(per.values())} "
      f"missing={missing} doubled={doubled}; last delivered {drained} s after recovery")
sys.exit(1 if missing or doubled or not kinds else 0)
PY
}

run_notices() {
    local tag="note$(date +%s)" results pid
    results="$CLUSTER_DIR/$tag.txt"
    sql "update report_category set auto_route = true where code = 'JALAN'" >/dev/null
    sleep 6   # the nodes keep a category's auto-routing for 5 s
    log "(d) $NOTICE_COUNT reports at $RATE/s, each routed at once and mailed to its reporter; kill -9 node 1 at a third"
    load "$tag" "$NOTICE_COUNT" "$results" --email; pid=$LOAD_PID
    wait_progress "$results" $((NOTICE_COUNT / 3)) "$pid"
    local open_then
    open_then=$(sql "select count(*) from event_publication where completion_date is null")
    "$cluster" kill-node 1
    log "node 1 killed at $(progress "$results") answered; $open_then event publications open at that moment"
    "$cluster" start-node 1
    log "node 1 back at $(progress "$results") answered"
    wait "$pid"
    local back_at=$SECONDS
    # done when no mail of the run waits and no event publication is open (the killed node's are handed again)
    while (($(sql "select (select count(*) from notification_outbox where recipient like '$tag-%' and sent_at is null)
                     + (select count(*) from event_publication where completion_date is null)") > 0)) \
        && ((SECONDS - back_at < MAIL_WAIT)); do sleep 5; done
    local drained=$((SECONDS - back_at))
    sql "update report_category set auto_route = false where code = 'JALAN'" >/dev/null
    printf '(d) node killed during notices: '; verify "$tag" "$results" || failed=1
    printf '(d) '; count_mails "$tag" "$results" "$drained" || failed=1
}

case ${1:-} in
    nodes) run_nodes ;;
    db) run_db ;;
    mail) run_mail ;;
    notices) run_notices ;;
    all) run_nodes; run_db; run_mail; run_notices ;;
    *) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; exit 2 ;;
esac
log "done (machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; $(date -u +%FT%TZ))"
exit "$failed"
