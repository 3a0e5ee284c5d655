#!/usr/bin/env bash
# Live-update fan-out on MariaDB: PAGES open event streams (half of them the order's merchandiser's), CHANGES plan
# changes of one demo order; prints send -> page latency percentiles. Then the time the factory's phone order list
# takes to render in Chromium for the demo user factory1 (needs `npm ci` for playwright-core). See bench/README.md.
#
#   PAGES=200 CHANGES=50 PORT=18082 DB=tl_live_bench SKIP_BUILD=1 bench/live/run-live-fanout.sh
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
PAGES=${PAGES:-200}
CHANGES=${CHANGES:-50}
PORT=${PORT:-18082}
DB=${DB:-tl_live_bench}
BASE="http://127.0.0.1:$PORT"
OUT="$HERE/out/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
MYSQL=(mysql -uroot -h127.0.0.1 --protocol=TCP)

cd "$ROOT"
[ "${SKIP_BUILD:-0}" = 1 ] || mvn -q -B -ntp -DskipTests package
JAR=$(ls "$ROOT"/target/threadline-*.jar | grep -v original | head -1)
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"

THREADLINE_DB_NAME="$DB" THREADLINE_DEMO=true java -Duser.timezone=UTC -jar "$JAR" --spring.profiles.active=mysql \
  --server.port="$PORT" --server.address=127.0.0.1 --threadline.monitoring.initial-delay=PT24H >"$OUT/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  grep -q 'Started ThreadlineApplication' "$OUT/app.log" && break
  kill -0 $APP_PID 2>/dev/null || { tail -40 "$OUT/app.log"; exit 1; }
  sleep 1
done
sleep 5 # the demo data is loaded right after start

ORDER=$("${MYSQL[@]}" -N -B "$DB" -e "SELECT o.order_no FROM orders o JOIN milestone m ON m.order_id = o.id
  AND m.code = '${MILESTONE:-FIT_SAMPLE}' WHERE o.status = 'OPEN' AND o.merchandiser = 'merch' AND m.actual_date IS NULL
  ORDER BY o.id LIMIT 1")
[ -n "$ORDER" ] || { echo "no open demo order of merch with an open ${MILESTONE:-FIT_SAMPLE}" >&2; exit 1; }
echo "Threadline live fan-out  $(date -u '+%Y-%m-%d %H:%M UTC')  commit $(git rev-parse --short HEAD)  load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "order $ORDER, pages $PAGES, changes $CHANGES"
java "$HERE/LiveFanout.java" "$BASE" "$ORDER" merch buyer demo "$PAGES" "$CHANGES" | tee "$OUT/summary.txt"
node "$HERE/mobile-list.mjs" "$BASE" factory1 demo 10 | tee -a "$OUT/summary.txt"
