#!/usr/bin/env bash
# Backs up a Mimika installation: the database (pg_dump, custom format, consistent snapshot) and the uploaded files.
#
#   bench/backup.sh [BACKUP_DIR]        # default: ./backups/mimika-<UTC time>
#
# Connection: the usual libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE; uploads: MIMIKA_UPLOADS
# (the nodes' mimika.photos.directory). Without them, the cluster of bench/cluster.sh is backed up. Writes
# database.dump, uploads.tar.gz and manifest.txt (row counts of the main tables and the audit chain's head), which
# bench/restore.sh compares after restoring. Take the dump first and the files after: a photo whose row is in the
# dump is then always in the archive (files are written before their row commits, and never changed).
set -euo pipefail
export LC_ALL=C.UTF-8
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLUSTER_DIR=${CLUSTER_DIR:-/tmp/mimika-cluster}
if [[ -z ${PGHOST:-} && -f $CLUSTER_DIR/env ]]; then
    source "$CLUSTER_DIR/env"
    export PGHOST=127.0.0.1 PGPORT=$PG_PORT PGUSER=mimika PGPASSWORD=$PG_PASSWORD PGDATABASE=mimika
    MIMIKA_UPLOADS=${MIMIKA_UPLOADS:-$CLUSTER_DIR/uploads}
fi
: "${PGDATABASE:?set PGHOST, PGPORT, PGUSER, PGPASSWORD and PGDATABASE}" "${MIMIKA_UPLOADS:?set MIMIKA_UPLOADS}"
out=${1:-$root/backups/mimika-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
log() { printf '[backup] %s\n' "$*" >&2; }

manifest_sql() {
    echo "
        select 'reports', count(*)::text from report
        union all select 'report_events', count(*)::text from report_event
        union all select 'report_photos', count(*)::text from report_photo
        union all select 'audit_records', count(*)::text from audit_record
        union all select 'audit_sealed', count(*)::text from audit_record where chain_pos is not null
        union all select 'audit_head', last_seq || ':' || last_hash from audit_chain_head where id = 1
        union all select 'staff_accounts', count(*)::text from staff_account
        union all select 'outbox_unsent', count(*)::text from notification_outbox where sent_at is null;"
}

manifest() { psql -X -tA -v ON_ERROR_STOP=1 -F ' ' -c "$(manifest_sql)"; }

# The manifest and the dump see one snapshot: a session holds a repeatable-read transaction, exports its snapshot
# for pg_dump and reads the manifest in it, so the counts describe exactly what the dump holds.
coproc SNAPSHOT { psql -X -q -tA -v ON_ERROR_STOP=1 -F ' '; }
echo "begin transaction isolation level repeatable read read only; select pg_export_snapshot();" >&"${SNAPSHOT[1]}"
read -r snapshot <&"${SNAPSHOT[0]}"
{ manifest_sql; echo "select 'end';"; } >&"${SNAPSHOT[1]}"
: >"$out/manifest.txt"
while read -r line <&"${SNAPSHOT[0]}"; do [[ $line == end ]] && break; echo "$line" >>"$out/manifest.txt"; done
pg_dump -Fc --no-owner --no-privileges --snapshot="$snapshot" -f "$out/database.dump"
echo "commit;" >&"${SNAPSHOT[1]}"
exec {SNAPSHOT[1]}>&-
wait "$SNAPSHOT_PID" 2>/dev/null || true
tar -C "$MIMIKA_UPLOADS" -czf "$out/uploads.tar.gz" .
log "database $(du -h "$out/database.dump" | cut -f1), uploads $(du -h "$out/uploads.tar.gz" | cut -f1) in $out"
cat "$out/manifest.txt"
echo "$out"
