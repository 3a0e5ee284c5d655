#!/usr/bin/env bash
# Order diagnosis and bottleneck benchmark (issue 16) on MariaDB, loopback only: seeds ORDERS orders at six factories
# with every milestone of their templates (~29 each: 52,000 orders make ~1.5 million milestone rows), their fabric
# lines, supplier and factory reports, audit entries, the late-fabric exceptions with their timelines and
# notifications, and the dwell ledger, into a fresh database; starts the app on it (profile mysql); then times the
# diagnosis API, the heat map and the diagnosis page (measure.mjs) and the heat map's SQL alone. Prints a summary
# and stops the app.
#
#   bench/diagnosis/run.sh                          # ORDERS=52000
#   SKIP_BUILD=1 ROUNDS=300 LOADS=20 bench/diagnosis/run.sh
#
# Environment (all optional): ORDERS (52000), ROUNDS diagnosis calls measured (300; a third as many heat maps),
# WARMUP (200), LOADS page loads (20), PORT (18096), DB_NAME (threadline_diag_bench, dropped and created fresh),
# DB_PORT (3306), SKIP_BUILD=1 (use the jar already built), JAVA_OPTS (-Xms512m -Xmx1g),
# OUT (bench/out/diagnosis-<timestamp>), CHROMIUM (/usr/bin/chromium).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/bench/diagnosis
ORDERS=${ORDERS:-52000}
ROUNDS=${ROUNDS:-300}
LOADS=${LOADS:-20}
WARMUP=${WARMUP:-200}
PORT=${PORT:-18096}
DB_NAME=${DB_NAME:-threadline_diag_bench}
DB_PORT=${DB_PORT:-3306}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx1g}
OUT=${OUT:-$ROOT/bench/out/diagnosis-$(date +%Y%m%d-%H%M%S)}
JAR=${JAR:-$ROOT/target/threadline-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
AUTH=admin:admin
MYSQL=(mysql -h127.0.0.1 -P"$DB_PORT" -uroot --protocol=TCP)
mkdir -p "$OUT"

log() { echo "[diagnosis-bench $(date +%H:%M:%S)] $*"; }
sql() { "${MYSQL[@]}" -N "$DB_NAME" -e "$1"; }
chunks() { # seed file: runs it for each 2,000 order ids, one transaction each, again after a deadlock with the
           # app's own monitors (which see the seeded late orders and open exceptions meanwhile)
    for (( lo = 1; lo <= MAX_ID; lo += 2000 )); do
        for attempt in 1 2 3 4; do
            if { echo "SET @lo = $lo, @hi = $(( lo + 1999 )); START TRANSACTION;"; cat "$HERE/$1"; echo "COMMIT;"; } \
                    | "${MYSQL[@]}" "$DB_NAME"; then
                break
            fi
            (( attempt < 4 )) || { echo "chunk $lo of $1 failed 4 times" >&2; exit 1; }
            log "chunk $lo of $1 again (attempt $(( attempt + 1 )))"
        done
    done
}

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
    log "building $JAR"
    mvn -o -q -B -DskipTests package
fi
cp "$JAR" "$OUT/app.jar"

APP_PID=
cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping app (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    rm -f "$OUT/app.jar"
}
trap cleanup EXIT INT TERM

log "fresh database $DB_NAME"
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
if curl -fsS -o /dev/null "$BASE/login.html" 2>/dev/null; then
    echo "something already answers on $BASE; stop it or set PORT" >&2
    exit 1
fi
args=(--spring.profiles.active=mysql --server.port="$PORT" --server.address=127.0.0.1
      --threadline.access.initial-admin.must-change-password=false
      --threadline.evidence.dir="$OUT/evidence" --threadline.evidence.create-dir=true
      --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$OUT"
      --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log
      --server.tomcat.accesslog.pattern='%r %s %D' --server.tomcat.accesslog.buffered=false)
log "starting app (log: $OUT/app.log)"
# shellcheck disable=SC2086
THREADLINE_DB_NAME=$DB_NAME THREADLINE_DB_PORT=$DB_PORT java $JAVA_OPTS -jar "$OUT/app.jar" "${args[@]}" \
    >"$OUT/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 300); do
    curl -fsS -u "$AUTH" -o /dev/null "$BASE/api/factories" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died; see $OUT/app.log" >&2; tail -50 "$OUT/app.log" >&2; exit 1; }
    sleep 1
done
log "app up after ${i}s (pid $APP_PID)"

log "seeding $ORDERS orders (set-based SQL, in chunks of 2,000 orders)"
SEED_START=$(date +%s)
{ echo "SET @n = $ORDERS;"; cat "$HERE/seed.sql"; } | "${MYSQL[@]}" "$DB_NAME"
MAX_ID=$(sql "SELECT MAX(id) FROM orders")
chunks seed-milestones.sql
chunks seed-inputs.sql
chunks seed-dwell.sql
sql "INSERT INTO milestone_dwell_day (finished_on, milestone_code, factory_id, steps, took_sum, norm_sum, overran)
     SELECT finished_on, milestone_code, factory_id, COUNT(*), SUM(took_days), SUM(norm_days),
            SUM(CASE WHEN took_days > norm_days THEN 1 ELSE 0 END)
     FROM milestone_dwell GROUP BY finished_on, milestone_code, factory_id"
sql "ANALYZE TABLE orders, milestone, milestone_dwell, milestone_dwell_day, material_line, material_event, production_output,
     order_exception, exception_event, notification_delivery, audit_entry" >/dev/null
log "seeded in $(( $(date +%s) - SEED_START ))s: $(sql "SELECT CONCAT(
    (SELECT COUNT(*) FROM orders), ' orders, ', (SELECT COUNT(*) FROM milestone), ' milestones, ',
    (SELECT COUNT(*) FROM milestone_dwell), ' dwell rows (', (SELECT COUNT(*) FROM milestone_dwell_day), ' day sums), ', (SELECT COUNT(*) FROM material_event), ' material reports, ',
    (SELECT COUNT(*) FROM production_output), ' output reports, ', (SELECT COUNT(*) FROM audit_entry), ' audit rows, ',
    (SELECT COUNT(*) FROM order_exception), ' exceptions, ', (SELECT COUNT(*) FROM notification_delivery),
    ' notifications')")" | tee "$OUT/summary.txt"

# delivered orders whose fabric came late (the whole story told), and open ones running late
sql "SELECT o.order_no FROM orders o WHERE o.order_no LIKE 'BD-%' AND o.delay_days > 0 AND o.status <> 'CANCELLED'
     ORDER BY o.id DIV 7 % 97, o.id LIMIT 400" > "$OUT/orders.txt"

log "measuring (ROUNDS=$ROUNDS LOADS=$LOADS WARMUP=$WARMUP)"
LOAD0=$(cut -d' ' -f1 /proc/loadavg)
node "$HERE/measure.mjs" "$BASE" "$OUT/orders.txt" "$ROUNDS" "$LOADS" "$WARMUP" | tee -a "$OUT/summary.txt"
server_times() {
    grep -E "$1" "$OUT"/access*.log | tail -n "$3" | awk '{print $NF}' | sort -n | awk -v label="$2" '{v[NR] = $1}
        END {printf "server time, %s: n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", label, NR,
             v[int(NR * 0.5 + 0.5)] / 1000, v[int(NR * 0.95 + 0.5)] / 1000, v[int(NR * 0.99 + 0.5)] / 1000}'
}
server_times '^GET /api/orders/[^ ]+/diagnosis HTTP' 'diagnosis API' "$ROUNDS" | tee -a "$OUT/summary.txt"
server_times '^GET /api/analysis/bottlenecks HTTP' 'heat map, 90 days' $(( ROUNDS / 3 )) | tee -a "$OUT/summary.txt"
server_times '^GET /api/analysis/bottlenecks\?from' 'heat map, 365 days' $(( ROUNDS / 3 )) | tee -a "$OUT/summary.txt"

# the heat map's aggregate alone, in the database (the query Bottlenecks runs), 20 times
FROM=$(sql "SELECT DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR) - INTERVAL 89 DAY")
QUERY="SELECT milestone_code, factory_id, SUM(steps), SUM(took_sum), SUM(norm_sum), SUM(overran)
       FROM milestone_dwell_day WHERE finished_on >= '$FROM' AND finished_on <= '$FROM' + INTERVAL 89 DAY
       GROUP BY milestone_code, factory_id HAVING SUM(steps) > 0"
sql "EXPLAIN $QUERY" > "$OUT/explain.txt"
T0=$(date +%s%N)
for _ in $(seq 1 20); do sql "$QUERY" >/dev/null; done
echo "heat map SQL alone (mysql client, incl. its start): $(( ($(date +%s%N) - T0) / 20000000 )) ms per run;" \
    "day sums in the window: $(sql "SELECT COUNT(*) FROM milestone_dwell_day WHERE finished_on >= '$FROM'")," \
    "finished steps: $(sql "SELECT COUNT(*) FROM milestone_dwell WHERE finished_on >= '$FROM'")" \
    | tee -a "$OUT/summary.txt"
echo "load average before / after measuring: $LOAD0 / $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores" \
    | tee -a "$OUT/summary.txt"
