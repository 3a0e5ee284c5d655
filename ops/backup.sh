#!/usr/bin/env bash
# Backs up Threadline's database and its evidence files together into a new directory:
#   database.sql   the whole database (MySQL/MariaDB: one consistent snapshot; H2: a SQL script)
#   evidence.tar   every evidence file
#   SHA256SUMS     a checksum per evidence file, checked again by restore.sh
#   backup.info    what was backed up, when
# The files are copied after the database snapshot. A file is written before the row that references it and is
# never changed or deleted afterwards, so every file the snapshot references is in the backup (a file uploaded
# during the copy may be there too, unreferenced: harmless).
# With H2 the application must be stopped first (H2 keeps its file locked); MySQL/MariaDB are backed up live.
#
#   ops/backup.sh /backups/threadline-$(date -u +%Y%m%dT%H%M%SZ)
set -euo pipefail
source "$(dirname "$0")/common.sh"

[ $# -eq 1 ] || fail "usage: backup.sh NEW_BACKUP_DIRECTORY"
target=$1
[ ! -e "$target" ] || fail "$target already exists; name a new directory"
[ -d "$EVIDENCE_DIR" ] || fail "no evidence directory at $EVIDENCE_DIR (THREADLINE_EVIDENCE_DIR)"
mkdir -p "$target"
complete=false
trap '[ "$complete" = true ] || { echo "threadline: backup failed; removing the incomplete $target" >&2; rm -rf "$target"; }' EXIT

started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
case $DB_KIND in
  mysql)
    options=$(mysql_options)
    dump=$(first_command mysqldump mariadb-dump)
    # --single-transaction: one snapshot of every (InnoDB) table without locking out the running application
    "$dump" --defaults-extra-file="$options" --single-transaction --quick --routines --triggers --hex-blob \
      --no-tablespaces "$DB_NAME" >"$target/database.sql" || { rm -f "$options"; false; }
    rm -f "$options"
    ;;
  h2)
    [ -f "$H2_FILE.mv.db" ] || fail "no H2 database at $H2_FILE.mv.db (THREADLINE_H2_FILE)"
    h2_tool Script -url "$(h2_url "$H2_FILE")" -user "${THREADLINE_DB_USER:-sa}" \
      -password "${THREADLINE_DB_PASSWORD:-}" -script "$target/database.sql" \
      || fail "H2 could not be read; stop the application first (H2 keeps its database file locked)"
    ;;
esac

(cd "$EVIDENCE_DIR" && find . -type f ! -name '.write-check-*' -print0 | sort -z | xargs -0 -r sha256sum) \
  >"$target/SHA256SUMS"
tar -C "$EVIDENCE_DIR" --exclude='.write-check-*' -cf "$target/evidence.tar" .
files=$(wc -l <"$target/SHA256SUMS")
printf 'database=%s\nstarted=%s\nfinished=%s\nevidence-files=%s\n' "$DB_KIND" "$started" \
  "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$files" >"$target/backup.info"
complete=true
echo "threadline: backed up the $DB_KIND database and $files evidence files into $target"
