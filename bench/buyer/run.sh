#!/usr/bin/env bash
# Buyer page benchmark (issue 15) on MariaDB, loopback only: seeds ORDERS orders of 8 customers with their milestones
# into a fresh database, starts the app on it (profile mysql), adds a buyer contact to one customer, shares a few
# photos with the buyer, then measures the buyer page's API and its first load in a phone-sized Chromium
# (measure.mjs). Prints a summary and stops the app.
#
#   bench/buyer/run.sh                         # ORDERS=10000
#   SKIP_BUILD=1 ROUNDS=500 LOADS=20 bench/buyer/run.sh
#
# Environment (all optional): ORDERS (10000), ROUNDS API calls of each kind measured (300), WARMUP rounds of both
# calls before them (300), LOADS page loads (15),
# PORT (18084), DB_NAME (threadline_bench15, dropped and created fresh), DB_PORT (3306), SKIP_BUILD=1 (use the jar
# already built), JAVA_OPTS (-Xms512m -Xmx1g), OUT (bench/out/buyer-<timestamp>), CHROMIUM (/usr/bin/chromium).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/bench/buyer
ORDERS=${ORDERS:-10000}
ROUNDS=${ROUNDS:-300}
LOADS=${LOADS:-15}
WARMUP=${WARMUP:-300}
PORT=${PORT:-18084}
DB_NAME=${DB_NAME:-threadline_bench15}
DB_PORT=${DB_PORT:-3306}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx1g}
OUT=${OUT:-$ROOT/bench/out/buyer-$(date +%Y%m%d-%H%M%S)}
JAR=${JAR:-$ROOT/target/threadline-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
AUTH=admin:admin
EMAIL=buyer@bench.example
MYSQL=(mysql -h127.0.0.1 -P"$DB_PORT" -uroot --protocol=TCP)
mkdir -p "$OUT"

log() { echo "[buyer-bench $(date +%H:%M:%S)] $*"; }
sql() { "${MYSQL[@]}" -N "$DB_NAME" -e "$1"; }
api() { curl -fsS -u "$AUTH" -H 'Content-Type: application/json' -H 'Accept: application/json' "$@"; }

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

if ! mysqladmin -h127.0.0.1 -P"$DB_PORT" -uroot ping >/dev/null 2>&1; then
    log "starting MariaDB"
    mkdir -p /run/mysqld
    chown mysql /run/mysqld
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    for _ in $(seq 1 60); do mysqladmin -h127.0.0.1 -P"$DB_PORT" -uroot ping >/dev/null 2>&1 && break; sleep 1; done
fi
log "fresh database $DB_NAME"
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"

if curl -fsS -o /dev/null "$BASE/buyer" 2>/dev/null; then
    echo "something already answers on $BASE; stop it or set PORT" >&2
    exit 1
fi
# outside the demo: the initial administrator keeps its password; the sign-in code goes to the delivery log as in
# the demo (no mail provider); evidence in the run's own folder
args=(--spring.profiles.active=mysql --server.port="$PORT" --server.address=127.0.0.1
      --threadline.access.initial-admin.must-change-password=false --threadline.buyer.codes-in-delivery-log=true
      --threadline.evidence.dir="$OUT/evidence" --threadline.evidence.create-dir=true
      --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$OUT"
      --server.tomcat.accesslog.prefix=access --server.tomcat.accesslog.suffix=.log
      --server.tomcat.accesslog.pattern='%r %s %D' --server.tomcat.accesslog.buffered=false)
log "starting app (log: $OUT/app.log)"
# shellcheck disable=SC2086
THREADLINE_DB_NAME=$DB_NAME THREADLINE_DB_PORT=$DB_PORT java $JAVA_OPTS -jar "$OUT/app.jar" "${args[@]}" \
    >"$OUT/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 240); do
    curl -fsS -u "$AUTH" -o /dev/null "$BASE/api/factories" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died; see $OUT/app.log" >&2; tail -50 "$OUT/app.log" >&2; exit 1; }
    sleep 1
done
log "app up after ${i}s (pid $APP_PID)"

api -XPOST "$BASE/api/factories" -d '{"code":"F-BENCH","name":"基准测试制衣厂","city":"宁波"}' >/dev/null
log "seeding $ORDERS orders of 8 customers (set-based SQL)"
SEED_START=$(date +%s)
{ echo "SET @n = $ORDERS;"; cat "$HERE/seed.sql"; } | "${MYSQL[@]}" "$DB_NAME"
MAX_ID=$(sql "SELECT MAX(id) FROM orders")
for (( lo = 1; lo <= MAX_ID; lo += 2000 )); do
    { echo "SET @lo = $lo, @hi = $(( lo + 1999 ));"; cat "$HERE/seed-milestones.sql"; } | "${MYSQL[@]}" "$DB_NAME"
done
sql "ANALYZE TABLE orders, milestone, template_milestone, milestone_template, evidence" >/dev/null
log "seeded in $(( $(date +%s) - SEED_START ))s: $(sql "SELECT CONCAT(COUNT(*), ' orders (', SUM(status = 'OPEN'),
    ' open, ', SUM(status = 'DELIVERED'), ' delivered, ', SUM(status = 'CANCELLED'), ' cancelled), ',
    (SELECT COUNT(*) FROM milestone), ' milestones') FROM orders")"

CUSTOMER_ID=$(sql "SELECT id FROM customer WHERE name = 'Bench Buyer 1'")
CONTACT_ID=$(api -XPOST "$BASE/api/customers/$CUSTOMER_ID/contacts" \
    -d "{\"name\":\"Bench Buyer\",\"email\":\"$EMAIL\"}" | sed -E 's/.*"id":([0-9]+).*/\1/')
log "contact $CONTACT_ID of customer $CUSTOMER_ID ($(sql "SELECT COUNT(*) FROM orders WHERE customer_id = $CUSTOMER_ID") orders)"
# three photos on the customer's newest orders, shared with the buyer, so the page loads thumbnails too
for ORDER_NO in $(sql "SELECT order_no FROM orders WHERE customer_id = $CUSTOMER_ID AND status <> 'CANCELLED'
                       ORDER BY due_date DESC, order_no LIMIT 3"); do
    ID=$(curl -fsS -u "$AUTH" -H 'Accept: application/json' -F "file=@$ROOT/src/test/browser/fixtures/photo.png;type=image/png" \
        -F "orderNo=$ORDER_NO" -F purpose=MILESTONE -F reference=CUTTING_START -F uploadedBy=bench \
        "$BASE/api/evidence" | sed -E 's/^\{"id":([0-9]+).*/\1/')
    api -XPUT "$BASE/api/evidence/$ID/buyer" >/dev/null
done

log "measuring (ROUNDS=$ROUNDS LOADS=$LOADS WARMUP=$WARMUP)"
LOAD0=$(cut -d' ' -f1 /proc/loadavg)
node "$HERE/measure.mjs" "$BASE" "$EMAIL" "$CONTACT_ID" "$ROUNDS" "$LOADS" "$WARMUP" | tee "$OUT/summary.txt"
# the server's own time of the measured calls (Tomcat's %D, microseconds), without the client's share of the CPU
server_times() {
    grep -E "$1" "$OUT"/access*.log | tail -n "$ROUNDS" | awk '{print $NF}' | sort -n | awk -v label="$2" '{v[NR] = $1}
        END {printf "server time, %s: n=%d p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", label, NR,
             v[int(NR * 0.5 + 0.5)] / 1000, v[int(NR * 0.95 + 0.5)] / 1000, v[int(NR * 0.99 + 0.5)] / 1000}'
}
server_times '^GET /api/buyer/orders HTTP' 'first page' | tee -a "$OUT/summary.txt"
server_times '^GET /api/buyer/orders/[^ ?]+ HTTP' 'one timeline' | tee -a "$OUT/summary.txt"
echo "load average before / after measuring: $LOAD0 / $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores" \
    | tee -a "$OUT/summary.txt"
