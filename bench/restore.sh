#!/usr/bin/env bash
# Restores a backup of bench/backup.sh into a fresh database and directory, and checks it against the backup's manifest.
#
#   bench/restore.sh BACKUP_DIR NEW_DATABASE NEW_UPLOADS_DIR [--verify-chain]
#
# Connection for creating and filling the new database: PGHOST, PGPORT, PGUSER, PGPASSWORD (a role that may create
# databases; the new database is owned by it); without them, the cluster of bench/cluster.sh (as the superuser).
# Compares the restored row counts and the audit chain's head with the manifest and fails on any difference. With
# --verify-chain it also starts a node on the restored database (port ${VERIFY_PORT:-18123}, demo accounts) and asks
# the audit module to recompute the whole chain (GET /api/v1/admin/audit/verification), then stops it.
set -euo pipefail
export LC_ALL=C.UTF-8
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
backup=${1:?backup directory}
database=${2:?name of the new database}
uploads=${3:?new uploads directory}
verify=${4:-}
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/mimika-cluster}
log() { printf '[restore] %s\n' "$*" >&2; }
if [[ -z ${PGHOST:-} && -f $CLUSTER_DIR/env ]]; then
    source "$CLUSTER_DIR/env"
    export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=mimika PGPASSWORD=$PG_PASSWORD
    "$root/bench/cluster.sh" psql -q -d postgres -c "alter role mimika createdb" >/dev/null 2>&1 || true
fi
[[ -f $backup/database.dump && -f $backup/manifest.txt ]] || { log "no backup in $backup"; exit 2; }

createdb "$database"
pg_restore --no-owner --no-privileges --exit-on-error -d "$database" "$backup/database.dump"
mkdir -p "$uploads"
tar -C "$uploads" -xzf "$backup/uploads.tar.gz"
log "restored into database $database and $uploads"

export PGDATABASE=$database
source /dev/stdin <<<"$(sed -n '/^manifest_sql() {/,/^manifest() /p' "$root/bench/backup.sh")"
manifest >"$backup/manifest.restored"
status=0
while read -r name value; do
    case $name in outbox_unsent | report_events) continue ;; esac
    restored=$(awk -v n="$name" '$1 == n { print $2 }' "$backup/manifest.restored")
    if [[ $restored != "$value" ]]; then log "DIFFERS: $name backed up $value, restored $restored"; status=1; fi
done <"$backup/manifest.txt"
photos=$(psql -X -tA -c "select count(*) from report_photo")
files=$(find "$uploads" -type f | wc -l)
log "report photos in the database: $photos; files restored: $files"
((status == 0)) && log "counts and audit chain head match the backup"

if [[ $verify == --verify-chain ]]; then
    port=${VERIFY_PORT:-18123}
    MIMIKA_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database" MIMIKA_DB_USERNAME=$PGUSER MIMIKA_DB_PASSWORD=$PGPASSWORD \
        java -Xmx256m -jar "${MIMIKA_JAR:-$root/target/mimika-platform-0.1.0-SNAPSHOT.jar}" --spring.profiles.active=postgres \
        --server.port="$port" --server.address=127.0.0.1 --mimika.demo.enabled=true --mimika.report.demo-history-reports=0 \
        --mimika.scheduling.enabled=false --mimika.photos.directory="$uploads" --logging.level.root=WARN \
        >"$backup/verify-node.log" 2>&1 &
    node=$!
    trap 'kill $node 2>/dev/null || true' EXIT
    until curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health" 2>/dev/null; do
        kill -0 $node 2>/dev/null || { log "verification node exited: $(tail -5 "$backup/verify-node.log")"; exit 1; }
        sleep 1
    done
    answer=$(curl -fsS -H 'Authorization: Bearer demo-admin' "http://127.0.0.1:$port/api/v1/admin/audit/verification")
    log "audit chain of the restored database: $answer"
    [[ $answer == *'"intact":true'* ]] || status=1
fi
exit $status
