#!/usr/bin/env bash
# Export benchmark: 50,000 orders seeded on MariaDB with set-based SQL (bench/monitoring/seed-orders.sql, not 50,000
# lifecycle starts), then the whole order list exported to .xlsx through GET /api/exports/orders.xlsx, timed from
# the request to the last byte, with the app's heap bounded. Loopback only.
#
#   bench/export/run-export-benchmark.sh
#   ORDERS=50000 HEAP=512m RUNS=3 SKIP_BUILD=1 bench/export/run-export-benchmark.sh
#
# Environment (all optional): ORDERS (50000), HEAP (-Xmx, 512m), RUNS (timed exports after one warm-up, 3),
# PORT (18082), DB (threadline_bench14e, dropped and created fresh), SKIP_BUILD=1 (use the jar in target/),
# OUT (bench/out/export-<timestamp>).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ORDERS=${ORDERS:-50000}
HEAP=${HEAP:-512m}
RUNS=${RUNS:-3}
PORT=${PORT:-18082}
DB=${DB:-threadline_bench14e}
OUT=${OUT:-$ROOT/bench/out/export-$(date -u +%Y%m%d-%H%M%S)}
BASE=http://127.0.0.1:$PORT
AUTH=admin:admin
MYSQL=(mysql -uroot -h127.0.0.1 --protocol=TCP)
mkdir -p "$OUT"
SUMMARY="$OUT/summary.txt"

log() { echo "[$(date -u +%H:%M:%S)] $*"; }
sum() { echo "$*" | tee -a "$SUMMARY"; }
post() {
  curl -sf -u "$AUTH" -o /dev/null -XPOST "$BASE$1" -H 'Content-Type: application/json' -d "$2"
}

cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building the jar"
  mvn -q -o -B -DskipTests package
fi
JAR=$(ls "$ROOT"/target/threadline-*.jar | grep -v original | head -1)

"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
{
  echo "Threadline export benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')  commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $("${MYSQL[@]}" -N -e 'select version()'), load at start $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "orders=$ORDERS heap=-Xmx$HEAP runs=$RUNS"
} | tee "$SUMMARY"

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT

log "starting the app (heap -Xmx$HEAP, log $OUT/app.log)"
THREADLINE_DB_NAME="$DB" java -Xmx"$HEAP" -Duser.timezone=UTC -jar "$JAR" --spring.profiles.active=mysql \
  --server.port="$PORT" --server.address=127.0.0.1 --threadline.demo.enabled=false \
  --threadline.access.initial-admin.must-change-password=false \
  --threadline.evidence.dir="$OUT/evidence" --threadline.evidence.create-dir=true \
  --threadline.monitoring.initial-delay=PT24H >"$OUT/app.log" 2>&1 &
APP_PID=$!
until curl -sf -u "$AUTH" "$BASE/api/orders?size=1" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$OUT/app.log"; echo "the app died" >&2; exit 1; }
  sleep 2
done

log "registering 3 factories, then seeding $ORDERS orders with SQL"
post /api/factories '{"code": "F-NB", "name": "宁波申洲制衣", "city": "宁波"}'
post /api/factories '{"code": "F-SZ", "name": "苏州华艺服饰", "city": "苏州"}'
post /api/factories '{"code": "F-DG", "name": "东莞德永针织", "city": "东莞"}'
SEED_START=$(date +%s)
{ echo "SET @n = $ORDERS;"; cat "$ROOT/bench/monitoring/seed-orders.sql"; } | "${MYSQL[@]}" "$DB"
sum "seeded $("${MYSQL[@]}" -N "$DB" -e 'SELECT COUNT(*) FROM orders') orders in $(( $(date +%s) - SEED_START )) s"

export_once() {
  curl -s -u "$AUTH" -o "$OUT/orders.xlsx" -w '%{http_code} %{time_starttransfer} %{time_total} %{size_download}\n' \
    "$BASE/api/exports/orders.xlsx"
}
read -r code first total size < <(export_once)
sum "warm-up export: HTTP $code, first byte ${first} s, total ${total} s, $size bytes"
for run in $(seq 1 "$RUNS"); do
  read -r code first total size < <(export_once)
  sum "export $run: HTTP $code, first byte ${first} s, total ${total} s, $size bytes, load $(cut -d' ' -f1-3 /proc/loadavg)"
done
ROWS=$(unzip -p "$OUT/orders.xlsx" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l)
sum "rows in the last file: $ROWS (header + orders)"
sum "app heap: -Xmx$HEAP; resident set peak $(awk '/VmHWM/{print $2 " " $3}' /proc/$APP_PID/status); $(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -m1 -E 'garbage-first heap|total' | sed 's/^ *//')"
