#!/usr/bin/env bash
# Dashboard benchmark (issue 16) on MariaDB, loopback only: seeds ORDERS orders (three factories, four suppliers,
# 40 customers, four merchandisers, two material lines each, an exception for three in five) with their milestones
# (~29 each: 50,000 orders make ~1.45 million rows) into a fresh database, starts the app on it (profile mysql), then
# times each dashboard query over HTTP, one call at a time, for several selections: none (the last 26 weeks), one
# factory, one customer, one merchandiser, and a whole year. Prints a summary and stops the app.
#
#   bench/dashboard/run.sh                         # ORDERS=50000
#   SKIP_BUILD=1 ROUNDS=50 bench/dashboard/run.sh
#
# Environment (all optional): ORDERS (50000), ROUNDS calls of each query and selection measured (30), WARMUP calls
# before them (5), PORT (18086), DB_NAME (threadline_dash_bench, dropped and created fresh), DB_PORT (3306),
# SKIP_BUILD=1 (use the jar already built), JAVA_OPTS (-Xms512m -Xmx1g), OUT (bench/out/dashboard-<timestamp>).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/bench/dashboard
ORDERS=${ORDERS:-50000}
ROUNDS=${ROUNDS:-30}
WARMUP=${WARMUP:-5}
PORT=${PORT:-18086}
DB_NAME=${DB_NAME:-threadline_dash_bench}
DB_PORT=${DB_PORT:-3306}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx1g}
OUT=${OUT:-$ROOT/bench/out/dashboard-$(date +%Y%m%d-%H%M%S)}
JAR=${JAR:-$ROOT/target/threadline-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
AUTH=admin:admin
MYSQL=(mysql -h127.0.0.1 -P"$DB_PORT" -uroot --protocol=TCP)
mkdir -p "$OUT"

log() { echo "[dashboard-bench $(date +%H:%M:%S)] $*"; }
sql() { "${MYSQL[@]}" -N "$DB_NAME" -e "$1"; }

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
      --threadline.demo.enabled=false --threadline.access.initial-admin.must-change-password=false
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

log "seeding $ORDERS orders (set-based SQL)"
SEED_START=$(date +%s)
{ echo "SET @n = $ORDERS;"; cat "$HERE/seed.sql"; } | "${MYSQL[@]}" "$DB_NAME"
MAX_ID=$(sql "SELECT MAX(id) FROM orders")
for (( lo = 1; lo <= MAX_ID; lo += 2000 )); do
    { echo "SET @lo = $lo, @hi = $(( lo + 1999 ));"; sed "s/'BB-%'/'BD-%'/" "$ROOT/bench/buyer/seed-milestones.sql"; } \
        | "${MYSQL[@]}" "$DB_NAME"
done
sql "ANALYZE TABLE orders, milestone, material_line, order_exception, customer, factory, supplier" >/dev/null
log "seeded in $(( $(date +%s) - SEED_START ))s: $(sql "SELECT CONCAT(COUNT(*), ' orders (', SUM(status = 'OPEN'),
    ' open, ', SUM(status = 'DELIVERED'), ' delivered), ', (SELECT COUNT(*) FROM milestone), ' milestones, ',
    (SELECT COUNT(*) FROM material_line), ' material lines, ', (SELECT COUNT(*) FROM order_exception),
    ' exceptions') FROM orders")" | tee "$OUT/summary.txt"

TODAY=$(date -u -d '+8 hours' +%F)
YEAR_AGO=$(date -u -d '+8 hours -364 days' +%F)
SELECTIONS=("all|" "factory|factory=F-B2" "customer|customer=Bench%20Customer%207" "merchandiser|merchandiser=merch3"
            "year|from=$YEAR_AGO&to=$TODAY")
QUERIES=(delivery stages late exceptions cycle weeks "orders?figure=factory&key=F-B1&series=closedLate")
LOAD0=$(cut -d' ' -f1 /proc/loadavg)
log "measuring: ${#QUERIES[@]} queries x ${#SELECTIONS[@]} selections, $WARMUP warm-up + $ROUNDS calls each"
printf '%-52s %-13s %8s %8s %8s %8s\n' query selection p50 p95 max server-p95 | tee -a "$OUT/summary.txt"
for q in "${QUERIES[@]}"; do
    for s in "${SELECTIONS[@]}"; do
        name=${s%%|*}
        params=${s#*|}
        sep='?'; [[ $q == *\?* ]] && sep='&'
        url="$BASE/api/dashboard/$q$sep$params"
        for _ in $(seq 1 "$WARMUP"); do curl -fsS -u "$AUTH" -o /dev/null "$url"; done
        mark=$(wc -l < "$OUT"/access*.log)
        for _ in $(seq 1 "$ROUNDS"); do curl -fsS -u "$AUTH" -o /dev/null -w '%{time_total}\n' "$url"; done \
            | sort -n > "$OUT/times.txt"
        server=$(tail -n +"$(( mark + 1 ))" "$OUT"/access*.log | awk '{print $NF}' | sort -n \
            | awk '{v[NR] = $1} END {printf "%.1f", v[int(NR * 0.95 + 0.5)] / 1000}')
        awk -v q="${q%%\?*}" -v s="$name" -v server="$server" '{v[NR] = $1 * 1000}
            END {printf "%-52s %-13s %6.1fms %6.1fms %6.1fms %6.1fms\n", q, s, v[int(NR * 0.5 + 0.5)],
                 v[int(NR * 0.95 + 0.5)], v[NR], server}' "$OUT/times.txt" | tee -a "$OUT/summary.txt"
    done
done
echo "load average before / after measuring: $LOAD0 / $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores" \
    | tee -a "$OUT/summary.txt"
