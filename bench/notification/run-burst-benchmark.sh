#!/usr/bin/env bash
# Issue 4's burst benchmark on MariaDB: N exceptions raised at once, each timed from its raise to its first
# notification at a stand-in WeCom/SMS provider; duplicates in the delivery log and at the provider. See
# bench/README.md ("Notification burst") and BurstBench.java.
#
#   N=1000 CLIENTS=8 ORDERS=2500 PORT=18183 STUB_PORT=18195 DB=tl_burst_bench bench/notification/run-burst-benchmark.sh
#   SKIP_BUILD=1   use the jar in target/ as it is (JAR=path to use another one)
#   OUT=dir        where the summary and logs go (bench/notification/out/<time>)
#   PROFILE=1      record the app with JFR during the burst and print where its CPU went (bench/JfrTop.java)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
N=${N:-1000}
CLIENTS=${CLIENTS:-8}
ORDERS=${ORDERS:-2500}
PORT=${PORT:-18183}
STUB_PORT=${STUB_PORT:-18195}
DB=${DB:-tl_burst_bench}
BASE="http://127.0.0.1:$PORT"
AUTH=admin:admin
STUB="http://127.0.0.1:$STUB_PORT"
OUT=${OUT:-$HERE/out/$(date -u +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
MYSQL=(mysql -uroot -h127.0.0.1 --protocol=TCP)
SEEDS="$ROOT/bench/monitoring"
log() { echo "[$(date -u +%H:%M:%S)] $*"; }
sql_file() { { echo "$1"; cat "$2"; } | "${MYSQL[@]}" -N -B "$DB"; }

cd "$ROOT"
[ "${SKIP_BUILD:-0}" = 1 ] || { log "building the jar"; mvn -q -B -ntp -DskipTests package; }
JAR=${JAR:-$(ls "$ROOT"/target/threadline-*.jar | grep -v original | head -1)}
javac -d "$OUT/classes" "$HERE/BurstBench.java" "$SEEDS/MonitorBench.java"
mysqladmin -uroot -h127.0.0.1 --protocol=TCP ping >/dev/null
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"

for port in "$PORT" "$STUB_PORT"; do
  ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "port $port is taken (another app or bench?)" >&2; exit 1; }
done
JFR_OPTS=()
[ "${PROFILE:-0}" = 1 ] && JFR_OPTS=("-XX:FlightRecorderOptions=stackdepth=256")
log "starting the app on $BASE, WeCom and SMS pointed at the stub $STUB (log: $OUT/app.log)"
THREADLINE_DB_NAME="$DB" java -Duser.timezone=UTC "${JFR_OPTS[@]}" -jar "$JAR" --spring.profiles.active=mysql \
  --server.port="$PORT" --server.address=127.0.0.1 --threadline.monitoring.initial-delay=PT24H \
  --threadline.evidence.dir="$OUT/evidence" --threadline.evidence.create-dir=true \
  --threadline.access.initial-admin.must-change-password=false \
  --threadline.notification.company-im=WECOM \
  --threadline.notification.channels.wecom.base-url="$STUB" --threadline.notification.channels.wecom.corp-id=bench \
  --threadline.notification.channels.wecom.corp-secret=bench --threadline.notification.channels.wecom.agent-id=1 \
  --threadline.notification.channels.sms.base-url="$STUB" --threadline.notification.channels.sms.access-key-id=bench \
  --threadline.notification.channels.sms.access-key-secret=bench --threadline.notification.channels.sms.sign-name=线迹 \
  --threadline.notification.channels.sms.template-code=SMS_1 \
  --threadline.notification.routine-in-working-hours=false \
  >"$OUT/app.log" 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM
for _ in $(seq 1 "${START_WAIT:-300}"); do
  curl -fs -u "$AUTH" -o /dev/null "$BASE/api/factories" && break
  kill -0 $APP_PID 2>/dev/null || { tail -40 "$OUT/app.log"; exit 1; }
  sleep 1
done

post() { curl -fsS -u "$AUTH" -o /dev/null -XPOST "$BASE$1" -H 'Content-Type: application/json' -d "$2"; }
log "registering a factory, two suppliers, one login per role with a mobile and a WeCom id"
post /api/factories '{"code": "F-NB", "name": "宁波申洲制衣", "city": "宁波"}'
post /api/suppliers '{"code": "S-KQ", "name": "柯桥纺织", "category": "FABRIC", "transitDays": 3}'
post /api/suppliers '{"code": "S-YW", "name": "义乌辅料", "category": "TRIMS", "transitDays": 2}'
i=0
for pair in gm:gm owner:businessOwner merch:merchandiser buyer:purchaser planner:planner tech:tech qc:qc; do
  user=${pair%%:*} group=${pair##*:} i=$((i + 1))
  post /engine-rest/user/create "{\"profile\": {\"id\": \"$user\", \"firstName\": \"$user\", \"lastName\": \"bench\"}, \"credentials\": {\"password\": \"demo\"}}"
  curl -fsS -u "$AUTH" -o /dev/null -XPUT "$BASE/engine-rest/group/$group/members/$user"
  curl -fsS -u "$AUTH" -o /dev/null -XPUT "$BASE/api/people/$user/contact" -H 'Content-Type: application/json' \
    -d "{\"displayName\": \"$user\", \"mobile\": \"1390000100$i\", \"wecomUserId\": \"wc-$user\"}"
done

log "seeding $ORDERS open orders with their plans and inputs (bench/monitoring/seed-*.sql) and the bench marks"
sql_file "" "$SEEDS/bench-marks.sql"
sql_file "SET @n = $ORDERS;" "$SEEDS/seed-orders.sql"
sql_file "SET @lo = 1, @hi = $ORDERS;" "$SEEDS/seed-milestones.sql"
sql_file "" "$SEEDS/seed-inputs.sql" >/dev/null
# orders in no seeded trouble whose fabric is still to come: a late shipment opens exactly one exception each
"${MYSQL[@]}" -N -B "$DB" -e "SELECT o.order_no, m.planned_date FROM orders o
  JOIN milestone m ON m.order_id = o.id AND m.code = 'FABRIC_IN_HOUSE'
  JOIN material_line ml ON ml.order_id = o.id AND ml.line_no = 1
  WHERE o.delay_days = 0 AND o.id % 20 NOT IN (0, 1) AND o.id % 25 <> 0 AND o.id % 50 <> 3 AND o.id % 100 <> 0
    AND ml.arrival_date IS NULL AND m.planned_date >= DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR)
  ORDER BY o.id LIMIT $N" >"$OUT/candidates.txt"
[ "$(wc -l <"$OUT/candidates.txt")" = "$N" ] || { echo "only $(wc -l <"$OUT/candidates.txt") candidates; raise ORDERS" >&2; exit 1; }

if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$APP_PID" JFR.start name=burst settings=profile filename="$OUT/burst.jfr" >/dev/null
fi
{
  echo "Threadline notification burst  $(date -u '+%Y-%m-%d %H:%M UTC')  commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' (+ uncommitted src changes)')"
  echo "machine: $(nproc) cores, $("${MYSQL[@]}" -N -e 'select version()'); uptime before: $(uptime)"
  echo "N=$N exceptions from $CLIENTS clients, $ORDERS seeded orders; WeCom + SMS to a stub on $STUB"
} | tee "$OUT/summary.txt"
DB_PID=$(ss -ltnpH "sport = :3306" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$DB_PID" ] || DB_PID=$(pgrep -o -x mariadbd)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # user + system, in 10 ms ticks
CPU0=$(ticks $APP_PID) DB0=$(ticks "$DB_PID")
java -cp "$OUT/classes" BurstBench "$BASE" "$OUT/candidates.txt" "$CLIENTS" "$STUB_PORT" "$DB" "$OUT" | tee -a "$OUT/summary.txt"
CPU1=$(ticks $APP_PID) DB1=$(ticks "$DB_PID")
{
  # an input may open more than one exception (a late fabric can also move the delivery date): per exception opened
  OPENED=$("${MYSQL[@]}" -N -B "$DB" -e 'SELECT COUNT(*) FROM order_exception')
  echo "exceptions opened by the $N inputs: $OPENED"
  echo "app CPU during the burst: $(( (CPU1 - CPU0) * 10 )) ms, $(( (CPU1 - CPU0) * 10 / OPENED )) ms per exception"
  echo "MariaDB CPU during the burst: $(( (DB1 - DB0) * 10 )) ms, $(( (DB1 - DB0) * 10 / OPENED )) ms per exception"
  echo "app+db CPU per exception: $(awk -v a=$((CPU1 - CPU0 + DB1 - DB0)) -v n="$OPENED" 'BEGIN {printf "%.2f", a * 10 / n}') ms"
  echo "grades: $("${MYSQL[@]}" -N -B "$DB" -e "SELECT GROUP_CONCAT(CONCAT(priority, '=', n) SEPARATOR ' ') FROM (SELECT priority, COUNT(*) n FROM order_exception GROUP BY priority) x")"
  echo "incidents: $("${MYSQL[@]}" -N -B "$DB" -e 'SELECT COUNT(*) FROM ACT_RU_INCIDENT'); uptime after: $(uptime)"
} | tee -a "$OUT/summary.txt"
if [ "${PROFILE:-0}" = 1 ]; then
  jcmd "$APP_PID" JFR.stop name=burst >/dev/null
  java "$ROOT/bench/JfrTop.java" "$OUT/burst.jfr" 40 >"$OUT/jfr-top.txt"
  log "JFR: $OUT/burst.jfr, summary $OUT/jfr-top.txt"
fi
log "summary: $OUT/summary.txt"
