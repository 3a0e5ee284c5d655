# Shared by backup.sh and restore.sh: which database, how to reach it, where the evidence is. Read from the same
# variables the application reads (docs/operations.md#backup-and-restore).

fail() { echo "threadline: $*" >&2; exit 1; }

# mysql when the mysql profile is active (as in docker-compose.yml), else h2; THREADLINE_DB overrides.
case "${THREADLINE_DB:-}" in
  mysql|h2) DB_KIND=$THREADLINE_DB ;;
  "") case ",${SPRING_PROFILES_ACTIVE:-}," in *,mysql,*) DB_KIND=mysql ;; *) DB_KIND=h2 ;; esac ;;
  *) fail "THREADLINE_DB must be mysql or h2, not '$THREADLINE_DB'" ;;
esac

EVIDENCE_DIR=${THREADLINE_EVIDENCE_DIR:-./data/evidence}
[ "${THREADLINE_EVIDENCE_STORE:-directory}" = directory ] \
  || fail "evidence is in an S3 bucket (THREADLINE_EVIDENCE_STORE=${THREADLINE_EVIDENCE_STORE}): back the bucket up with its own tools after the database, see docs/operations.md"

DB_HOST=${THREADLINE_DB_HOST:-127.0.0.1}
DB_PORT=${THREADLINE_DB_PORT:-3306}
DB_NAME=${THREADLINE_DB_NAME:-threadline}
DB_USER=${THREADLINE_DB_USER:-root}
H2_FILE=${THREADLINE_H2_FILE:-./data/threadline}

# The MySQL client tools read the password from a file only this user can read, never from the command line.
mysql_options() {
  local options
  options=$(mktemp)
  chmod 600 "$options"
  printf '[client]\nhost=%s\nport=%s\nuser=%s\npassword="%s"\nprotocol=tcp\ndefault-character-set=utf8mb4\n' \
    "$DB_HOST" "$DB_PORT" "$DB_USER" "${THREADLINE_DB_PASSWORD:-}" >"$options"
  echo "$options"
}

first_command() {
  local c
  for c in "$@"; do
    if command -v "$c" >/dev/null 2>&1; then echo "$c"; return; fi
  done
  fail "none of $* is installed"
}

# H2's own tools (Script, RunScript): from H2_JAR, else from the application's jar (THREADLINE_JAR).
h2_tool() {
  local tool=$1; shift
  if [ -n "${H2_JAR:-}" ]; then
    java -cp "$H2_JAR" "org.h2.tools.$tool" "$@"
  else
    local jar=${THREADLINE_JAR:-/app/threadline.jar}
    [ -f "$jar" ] || fail "set H2_JAR to an h2 jar, or THREADLINE_JAR to the application's jar (not found: $jar)"
    java -cp "$jar" -Dloader.main="org.h2.tools.$tool" org.springframework.boot.loader.launch.PropertiesLauncher "$@"
  fi
}

h2_url() {
  echo "jdbc:h2:file:$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
}
