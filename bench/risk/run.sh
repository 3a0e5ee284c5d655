#!/usr/bin/env bash
# Delivery-risk benchmark on MariaDB: retraining on HISTORY delivered orders (POST /api/risk/model/retrain, target
# under 60 s) and scoring OPEN open orders with their reasons (GET /api/risk/orders, target under 10 s).
# Seeds the open orders with ../monitoring's scripts and the history with seed-history.sql.
#
# Environment (all optional): OPEN=50000 HISTORY=20000 SCORINGS=3 PORT=18195 SKIP_BUILD=1
#   REUSE_DB=1 keeps the seeded database of an earlier run (retrains and scores again)
#   THREADLINE_DB_NAME=threadline_risk_bench (dropped and re-created!)
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
MON="$ROOT/bench/monitoring"
OPEN=${OPEN:-50000}
HISTORY=${HISTORY:-20000}
SCORINGS=${SCORINGS:-3}
PORT=${PORT:-18195}
DB=${THREADLINE_DB_NAME:-threadline_risk_bench}
BASE="http://127.0.0.1:$PORT"
AUTH="admin:admin"
OUT="$HERE/out/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
SUMMARY="$OUT/summary.txt"
MYSQL=(mysql -uroot -h127.0.0.1 --protocol=TCP)

log() { echo "[$(date -u +%H:%M:%S)] $*"; }
sum() { echo "$*" | tee -a "$SUMMARY"; }
sql() { "${MYSQL[@]}" -N -B "$DB" -e "SET time_zone = '+00:00'; $1"; }
sql_file() { { echo "$1"; cat "$2"; } | "${MYSQL[@]}" -N -B "$DB"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
now_ms() { date +%s%3N; }

cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building the jar (mvn -o -q -B -DskipTests package)"
  nice mvn -o -q -B -DskipTests package
fi
JAR=${JAR:-$(ls "$ROOT"/target/threadline-*.jar | grep -v original | head -1)}

# Production setting (docker-compose.yml), as bench/monitoring: a buffer pool that holds the working set (2 million
# milestones); with the 128 MB default every scoring reads the open orders' milestones from disk.
BUFFER_POOL=${BUFFER_POOL:-1073741824}
if [ "$("${MYSQL[@]}" -N -e 'SELECT @@innodb_buffer_pool_size')" -lt "$BUFFER_POOL" ]; then
  log "raising innodb_buffer_pool_size to $BUFFER_POOL bytes (SET GLOBAL, until the server restarts)"
  "${MYSQL[@]}" -e "SET GLOBAL innodb_buffer_pool_size = $BUFFER_POOL"
fi
REUSE_DB=${REUSE_DB:-0}
if [ "$REUSE_DB" != 1 ]; then
  "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
fi
{
  echo "Threadline delivery-risk benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit $(git -C "$ROOT" rev-parse --short HEAD)"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $("${MYSQL[@]}" -N -e 'select version()'), load at start $(load)"
  echo "open=$OPEN history=$HISTORY"
} | tee "$SUMMARY"

APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT

log "starting the app on port $PORT (log: $OUT/app.log)"
THREADLINE_DB_NAME="$DB" java -Duser.timezone=UTC -jar "$JAR" --spring.profiles.active=mysql --server.port="$PORT" \
  --server.address=127.0.0.1 --threadline.demo.enabled=false --threadline.monitoring.initial-delay=PT24H \
  --threadline.risk.train-at-start=false --threadline.risk.retrain-cron=- \
  --threadline.access.initial-admin.must-change-password=false \
  --threadline.evidence.dir="$OUT/evidence" --threadline.evidence.create-dir=true >"$OUT/app.log" 2>&1 &
APP_PID=$!
STARTED=$(date +%s)
until curl -sf -u "$AUTH" "$BASE/api/risk/model" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$OUT/app.log"; echo "the app died" >&2; exit 1; }
  [ $(( $(date +%s) - STARTED )) -lt 600 ] || { echo "the app did not answer within 600 s" >&2; exit 1; }
  sleep 2
done
log "app up after $(( $(date +%s) - STARTED )) s"

post() {
  local code
  code=$(curl -s -u "$AUTH" -o "$OUT/last-response.json" -w '%{http_code}' -XPOST "$BASE$1" -H 'Content-Type: application/json' -d "$2")
  [[ $code == 2* ]] || { echo "POST $1 -> $code: $(cat "$OUT/last-response.json")" >&2; exit 1; }
}
if [ "$REUSE_DB" != 1 ]; then
post /api/factories '{"code": "F-NB", "name": "宁波申洲制衣", "city": "宁波"}'
post /api/factories '{"code": "F-SZ", "name": "苏州华艺服饰", "city": "苏州"}'
post /api/factories '{"code": "F-DG", "name": "东莞德永针织", "city": "东莞"}'
post /api/suppliers '{"code": "S-KQ", "name": "柯桥纺织", "category": "FABRIC", "transitDays": 3}'
post /api/suppliers '{"code": "S-CZ", "name": "常州面料", "category": "FABRIC", "transitDays": 5}'
post /api/suppliers '{"code": "S-YW", "name": "义乌辅料", "category": "TRIMS", "transitDays": 2}'
post /api/suppliers '{"code": "S-GZ", "name": "广州辅料", "category": "TRIMS", "transitDays": 4}'

log "seeding $OPEN open orders (../monitoring) and $HISTORY delivered orders (seed-history.sql)"
T0=$(now_ms)
sql_file "SET @n = $OPEN;" "$MON/seed-orders.sql"
for (( lo = 1; lo <= OPEN; lo += 5000 )); do
  sql_file "SET @lo = $lo, @hi = $(( lo + 4999 ));" "$MON/seed-milestones.sql"
done
sql_file "" "$MON/seed-inputs.sql" >/dev/null
sql_file "SET @h = $HISTORY;" "$HERE/seed-history.sql" >/dev/null
sum "seed: $(sql "SELECT CONCAT((SELECT COUNT(*) FROM orders WHERE status='OPEN'), ' open, ',
  (SELECT COUNT(*) FROM orders WHERE status='DELIVERED'), ' delivered (', (SELECT ROUND(100 * AVG(delay_days > 0))
  FROM orders WHERE status='DELIVERED'), '% late), ', (SELECT COUNT(*) FROM milestone), ' milestones, ',
  (SELECT COUNT(*) FROM material_line), ' material lines')") in $(( ($(now_ms) - T0) / 1000 )) s"
fi

sum ""
sum "== retraining on the delivered orders   load $(load)"
T0=$(now_ms)
post /api/risk/model/retrain ''
sum "   POST /api/risk/model/retrain: $(( $(now_ms) - T0 )) ms; $(python3 -c "import json; m = json.load(open('$OUT/last-response.json')); print('server %d ms, %d + %d hold-out orders, AUC %.3f, Brier %.3f (base %.3f)' % (m['tookMs'], m['trainingOrders'], m['holdoutOrders'], m['auc'], m['brier'], m['baseBrier']))")"

sum ""
sum "== scoring every open order with its reasons (GET /api/risk/orders)"
for i in $(seq 1 "$SCORINGS"); do
  T0=$(now_ms)
  curl -sf -u "$AUTH" "$BASE/api/risk/orders" -o "$OUT/risks.json"
  sum "   run $i: $(( $(now_ms) - T0 )) ms, $(python3 -c "import json; r = json.load(open('$OUT/risks.json')); print('%d orders scored, %d above the threshold' % (len(r), sum(1 for x in r if x['high'])))")   load $(load)"
done
log "done: $SUMMARY"
