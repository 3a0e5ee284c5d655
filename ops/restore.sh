#!/usr/bin/env bash
# Restores a backup made by backup.sh onto an empty database and an empty evidence directory (a new machine, or
# the same one after dropping both), then checks every evidence file against its checksum. It refuses to write
# over anything: a database with tables in it, or an evidence directory with files in it.
# Stop the application first; start it again afterwards (same version as the backup, or newer: Flyway migrates).
#
#   ops/restore.sh /backups/threadline-20261207T020000Z
set -euo pipefail
source "$(dirname "$0")/common.sh"

[ $# -eq 1 ] || fail "usage: restore.sh BACKUP_DIRECTORY"
[ -d "$1" ] || fail "no backup directory at $1"
backup=$(cd "$1" && pwd)
for f in database.sql evidence.tar SHA256SUMS backup.info; do
  [ -f "$backup/$f" ] || fail "$backup/$f is missing: not a complete backup"
done
kind=$(sed -n 's/^database=//p' "$backup/backup.info")
[ "$kind" = "$DB_KIND" ] || fail "the backup is of a $kind database, the target is $DB_KIND"

mkdir -p "$EVIDENCE_DIR"
[ -z "$(ls -A "$EVIDENCE_DIR")" ] || fail "the evidence directory $EVIDENCE_DIR is not empty"

case $DB_KIND in
  mysql)
    options=$(mysql_options)
    trap 'rm -f "$options"' EXIT
    client=$(first_command mysql mariadb)
    "$client" --defaults-extra-file="$options" -e \
      "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
    tables=$("$client" --defaults-extra-file="$options" -N -e \
      "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")
    [ "$tables" = 0 ] || fail "the database $DB_NAME already has $tables tables; restore into an empty one"
    "$client" --defaults-extra-file="$options" "$DB_NAME" <"$backup/database.sql"
    ;;
  h2)
    [ ! -e "$H2_FILE.mv.db" ] || fail "an H2 database already exists at $H2_FILE.mv.db"
    mkdir -p "$(dirname "$H2_FILE")"
    h2_tool RunScript -url "$(h2_url "$H2_FILE")" -user "${THREADLINE_DB_USER:-sa}" \
      -password "${THREADLINE_DB_PASSWORD:-}" -script "$backup/database.sql"
    ;;
esac

tar -C "$EVIDENCE_DIR" -xf "$backup/evidence.tar"
if [ -s "$backup/SHA256SUMS" ]; then
  (cd "$EVIDENCE_DIR" && sha256sum --quiet -c "$backup/SHA256SUMS") || fail "evidence files differ from their checksums"
fi
echo "threadline: restored the $DB_KIND database and $(wc -l <"$backup/SHA256SUMS") evidence files from $backup"
