#!/usr/bin/env bash
# Monitor benchmark on MariaDB: 50,000 open orders, full monitor passes, and trigger -> graded exception ->
# first notification latency. See bench/monitoring/README.md.
#
# Environment (all optional):
#   THREADLINE_USER/THREADLINE_PASSWORD  sign-in of the clients (admin/admin, the initial administrator)
#   ORDERS=50000  PASSES=10  TRIGGERS=200 (0: no trigger phases)  CLIENTS=8  PORT=18081
#   THREADLINE_DB_NAME=tl_monitor_bench   (dropped and re-created!)
#   SKIP_BUILD=1        use the jar in target/ as it is (JAR=path: another jar)
#   JFR=1               record the app with Java Flight Recorder (out/<run>/app.jfr)
#   APP_OPTS="..."      extra JVM options;  APP_ARGS="--x=y ..." extra Spring arguments
#   KEEP_APP=1          leave the app running at the end (prints its pid)
#   BUFFER_POOL=bytes   raise innodb_buffer_pool_size to at least this (1 GiB)
#   REUSE_DB=1          keep the database of an earlier full run (seeded, first pass done) and run only the
#                       steady passes and the trigger latency: for profiling and before/after comparisons
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
ORDERS=${ORDERS:-50000}
PASSES=${PASSES:-10}
TRIGGERS=${TRIGGERS:-200}
CLIENTS=${CLIENTS:-8}
PORT=${PORT:-18081}
DB=${THREADLINE_DB_NAME:-tl_monitor_bench}
BASE="http://127.0.0.1:$PORT"
AUTH="${THREADLINE_USER:-admin}:${THREADLINE_PASSWORD:-admin}"
OUT="$HERE/out/$(date -u +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
SUMMARY="$OUT/summary.txt"
MYSQL=(mysql -uroot -h127.0.0.1 --protocol=TCP)

log() { echo "[$(date -u +%H:%M:%S)] $*"; }
sum() { echo "$*" | tee -a "$SUMMARY"; }
sql() { "${MYSQL[@]}" -N -B "$DB" -e "SET time_zone = '+00:00'; $1"; }
sql_file() { { echo "$1"; cat "$2"; } | "${MYSQL[@]}" -N -B "$DB"; } # prelude file
load() { cut -d' ' -f1-3 /proc/loadavg; }
now_ms() { date +%s%3N; }
bench() { java -cp "$OUT/classes" MonitorBench "$@"; }

# ------------------------------------------------------------------------------------------------ build
cd "$ROOT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "building the jar (mvn -q -B -DskipTests package)"
  mvn -q -B -DskipTests package
fi
JAR=${JAR:-$(ls "$ROOT"/target/threadline-*.jar | grep -v original | head -1)}
mkdir -p "$OUT/classes"
javac -d "$OUT/classes" "$HERE/MonitorBench.java"

# ------------------------------------------------------------------------------------------------ MariaDB
if ! mysqladmin -uroot -h127.0.0.1 --protocol=TCP ping >/dev/null 2>&1; then
  log "starting MariaDB"
  mkdir -p /run/mysqld
  chown mysql /run/mysqld
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do
    mysqladmin -uroot -h127.0.0.1 --protocol=TCP ping >/dev/null 2>&1 && break
    sleep 1
  done
fi
mysqladmin -uroot -h127.0.0.1 --protocol=TCP ping >/dev/null
# Production setting (docker-compose.yml): a buffer pool that holds the working set. 50,000 open orders are about
# 400 MB of tables and indexes; with the 128 MB default every pass reads milestones from disk.
BUFFER_POOL=${BUFFER_POOL:-1073741824}
if [ "$("${MYSQL[@]}" -N -e 'SELECT @@innodb_buffer_pool_size')" -lt "$BUFFER_POOL" ]; then
  log "raising innodb_buffer_pool_size to $BUFFER_POOL bytes (SET GLOBAL, until the server restarts)"
  "${MYSQL[@]}" -e "SET GLOBAL innodb_buffer_pool_size = $BUFFER_POOL"
fi
REUSE_DB=${REUSE_DB:-0}
if [ "$REUSE_DB" = 1 ]; then
  log "reusing database $DB"
  "${MYSQL[@]}" -N -e "SELECT COUNT(*) FROM \`$DB\`.bench_mark" >/dev/null
else
  log "fresh database $DB"
  "${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin"
fi

{
  echo "Threadline monitor benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "commit $(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- src || echo ' (+ uncommitted src changes)')"
  echo "jar $JAR"
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB, $("${MYSQL[@]}" -N -e 'select version()'), buffer pool $("${MYSQL[@]}" -N -e 'select @@innodb_buffer_pool_size DIV 1048576') MB, load at start $(load)"
  echo "orders=$ORDERS passes=$PASSES triggers=$TRIGGERS clients=$CLIENTS"
} | tee "$SUMMARY"

# ------------------------------------------------------------------------------------------------ app
APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    if [ "${KEEP_APP:-0}" = 1 ]; then
      log "app left running: pid $APP_PID, $BASE"
      return
    fi
    log "stopping the app (pid $APP_PID)"
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
}
trap stop_app EXIT
trap 'exit 130' INT TERM

JFR_OPTS=()
if [ "${JFR:-0}" = 1 ]; then
  JFR_OPTS=("-XX:StartFlightRecording=filename=$OUT/app.jfr,settings=profile,dumponexit=true")
fi
log "starting the app on port $PORT (log: $OUT/app.log)"
# shellcheck disable=SC2086
THREADLINE_DB_NAME="$DB" java -Duser.timezone=UTC "${JFR_OPTS[@]}" ${APP_OPTS:-} -jar "$JAR" \
  --spring.profiles.active=mysql --server.port="$PORT" --server.address=127.0.0.1 \
  --threadline.monitoring.initial-delay=PT24H ${APP_ARGS:-} >"$OUT/app.log" 2>&1 &
APP_PID=$!
echo "$APP_PID" >"$OUT/app.pid"
STARTED=$(date +%s)
until curl -sf -u "$AUTH" "$BASE/api/monitoring/passes" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$OUT/app.log"; echo "the app died" >&2; exit 1; }
  [ $(( $(date +%s) - STARTED )) -lt 600 ] || { echo "the app did not answer within 600 s" >&2; exit 1; }
  sleep 2
done
log "app up after $(( $(date +%s) - STARTED )) s"

post() { # path json -> fails unless 2xx
  local code
  code=$(curl -s -u "$AUTH" -o "$OUT/last-response.json" -w '%{http_code}' -XPOST "$BASE$1" -H 'Content-Type: application/json' -d "$2")
  [[ $code == 2* ]] || { echo "POST $1 -> $code: $(cat "$OUT/last-response.json")" >&2; exit 1; }
}
# Executable jobs: async continuations (the first notification) and timers that are due.
due_jobs() { sql "SELECT COUNT(*) FROM ACT_RU_JOB WHERE RETRIES_ > 0 AND (DUEDATE_ IS NULL OR DUEDATE_ <= UTC_TIMESTAMP(3))"; }
wait_jobs() { # max seconds
  local start; start=$(date +%s)
  while [ "$(due_jobs)" != 0 ]; do
    [ $(( $(date +%s) - start )) -lt "$1" ] || return 1
    sleep 1
  done
}
# Measurement only: the exceptions' reminder (15 min) and deadline (30-60 min) timers would fire in the middle of
# later phases on a long run; move them a month out so each phase measures only itself.
park_timers() { sql "UPDATE ACT_RU_JOB SET DUEDATE_ = DUEDATE_ + INTERVAL 30 DAY WHERE TYPE_ = 'timer' AND DUEDATE_ < UTC_TIMESTAMP() + INTERVAL 1 DAY"; }

if [ "$REUSE_DB" != 1 ]; then
log "registering factories, suppliers and one login per role"
post /api/factories '{"code": "F-NB", "name": "宁波申洲制衣", "city": "宁波"}'
post /api/factories '{"code": "F-SZ", "name": "苏州华艺服饰", "city": "苏州"}'
post /api/factories '{"code": "F-DG", "name": "东莞德永针织", "city": "东莞"}'
post /api/suppliers '{"code": "S-KQ", "name": "柯桥纺织", "category": "FABRIC", "transitDays": 3}'
post /api/suppliers '{"code": "S-CZ", "name": "常州面料", "category": "FABRIC", "transitDays": 5}'
post /api/suppliers '{"code": "S-YW", "name": "义乌辅料", "category": "TRIMS", "transitDays": 2}'
post /api/suppliers '{"code": "S-GZ", "name": "广州辅料", "category": "TRIMS", "transitDays": 4}'
for pair in gm:gm owner:businessOwner merch:merchandiser buyer:purchaser planner:planner tech:tech qc:qc; do
  user=${pair%%:*} group=${pair##*:}
  post /engine-rest/user/create "{\"profile\": {\"id\": \"$user\", \"firstName\": \"$user\", \"lastName\": \"bench\", \"email\": \"$user@bench.local\"}, \"credentials\": {\"password\": \"demo\"}}"
  curl -sf -u "$AUTH" -XPUT "$BASE/engine-rest/group/$group/members/$user" >/dev/null
done

# Measurement only: millisecond marks written by triggers into a table of their own (see bench-marks.sql).
sql_file "" "$HERE/bench-marks.sql"

# ------------------------------------------------------------------------------------------------ data
log "seeding $ORDERS open orders (set-based SQL)"
T0=$(now_ms)
sql_file "SET @n = $ORDERS;" "$HERE/seed-orders.sql"
CHUNK=5000
for (( lo = 1; lo <= ORDERS; lo += CHUNK )); do
  sql_file "SET @lo = $lo, @hi = $(( lo + CHUNK - 1 ));" "$HERE/seed-milestones.sql"
done
sql_file "" "$HERE/seed-inputs.sql" >/dev/null
T1=$(now_ms)
sum "seed: $(sql "SELECT CONCAT((SELECT COUNT(*) FROM orders WHERE status='OPEN'), ' open orders, ',
  (SELECT COUNT(*) FROM milestone), ' milestones, ', (SELECT COUNT(*) FROM material_line), ' material lines, ',
  (SELECT COUNT(*) FROM capacity_plan), ' capacity plans, ', (SELECT COUNT(*) FROM production_output), ' outputs, ',
  (SELECT COUNT(*) FROM logistics_event), ' logistics events, ', (SELECT COUNT(*) FROM tech_pack_version),
  ' tech-pack versions')") in $(( (T1 - T0) / 1000 )) s"

fi

# ------------------------------------------------------------------------------------------------ full passes
if [ "$REUSE_DB" != 1 ]; then
sum ""
sum "== first full pass (opens the seeded exceptions; each starts an ExceptionHandling instance)   load $(load)"
bench passes "$BASE" 1 "$OUT/first-pass.csv" "$APP_PID" | tee -a "$SUMMARY"
sum "   exceptions open: $(sql "SELECT GROUP_CONCAT(CONCAT(type, '=', n) ORDER BY type SEPARATOR ' ') FROM (SELECT type, COUNT(*) n FROM order_exception WHERE status <> 'CLOSED' GROUP BY type) x")"
sum "   grades: $(sql "SELECT GROUP_CONCAT(CONCAT(IFNULL(priority, '-'), '=', n) ORDER BY priority SEPARATOR ' ') FROM (SELECT priority, COUNT(*) n FROM order_exception GROUP BY priority) x")"
T0=$(now_ms)
log "waiting for the job executor to send the first notifications ($(due_jobs) jobs)"
if wait_jobs 1800; then
  sum "   first notifications of all of them sent $(( ($(now_ms) - T0) / 1000 )) s after the pass returned ($(sql "SELECT COUNT(*) FROM inbox_message") inbox messages)"
else
  sum "   job backlog not drained after 1800 s: $(due_jobs) left"
fi
fi
park_timers >/dev/null

sum ""
sum "== $PASSES steady-state full passes (nothing new to open)   load $(load)"
bench passes "$BASE" "$PASSES" "$OUT/steady-passes.csv" "$APP_PID" | tee -a "$SUMMARY"

# ------------------------------------------------------------------------------------------------ triggers
sql "SELECT o.order_no, m.planned_date
     FROM orders o
     JOIN milestone m ON m.order_id = o.id AND m.code = 'FABRIC_IN_HOUSE'
     JOIN material_line ml ON ml.order_id = o.id AND ml.line_no = 1
     WHERE o.status = 'OPEN' AND o.order_no LIKE 'MB-%' AND m.actual_date IS NULL AND ml.arrival_date IS NULL
       AND m.planned_date >= DATE(UTC_TIMESTAMP() + INTERVAL 8 HOUR)
       AND NOT EXISTS (SELECT 1 FROM order_exception e
                       WHERE e.order_no = o.order_no AND e.type = 'MATERIAL_DELAY' AND e.status <> 'CLOSED')
     ORDER BY RAND(7) LIMIT $(( 2 * TRIGGERS ))" >"$OUT/candidates.txt"
head -n "$TRIGGERS" "$OUT/candidates.txt" >"$OUT/candidates-seq.txt"
tail -n +"$(( TRIGGERS + 1 ))" "$OUT/candidates.txt" >"$OUT/candidates-conc.txt"

export_latency() { # min exception id -> tsv: order, id, detected, notified, inbox, job locked (ms), priority
  sql "SELECT e.order_no, e.id,
         (SELECT MIN(b.at_ms) FROM bench_mark b WHERE b.what = 'detected' AND b.ref = e.id),
         (SELECT MIN(b.at_ms) FROM bench_mark b WHERE b.what = 'notified' AND b.ref = e.id),
         (SELECT MIN(b.at_ms) FROM bench_mark b WHERE b.what = 'inbox' AND b.ref = e.id),
         (SELECT MIN(b.at_ms) FROM bench_mark b WHERE b.what = 'job_locked' AND b.ref = e.process_instance_id),
         e.priority
       FROM order_exception e
       WHERE e.type = 'MATERIAL_DELAY' AND e.subject = 'LINE-1' AND e.id > $1"
}
max_exception_id() { sql "SELECT COALESCE(MAX(id), 0) FROM order_exception"; }

for mode in seq conc; do
  [ "$TRIGGERS" -gt 0 ] || break
  park_timers >/dev/null
  wait_jobs 300 || true
  MIN_ID=$(max_exception_id)
  sum ""
  if [ "$mode" = seq ]; then
    sum "== trigger latency, sequential: $TRIGGERS late-shipment inputs, one at a time (next after the notification)   load $(load)"
  else
    sum "== trigger latency, concurrent: $TRIGGERS late-shipment inputs from $CLIENTS clients back to back   load $(load)"
  fi
  bench trigger "$BASE" "$OUT/candidates-$mode.txt" "$mode" "$CLIENTS" "$OUT/trigger-$mode.csv" | tee -a "$SUMMARY"
  wait_jobs 300 || sum "   jobs still due after 300 s: $(due_jobs)"
  export_latency "$MIN_ID" >"$OUT/trigger-$mode-server.tsv"
  bench latency "$OUT/trigger-$mode.csv" "$OUT/trigger-$mode-server.tsv" "$mode" | tee -a "$SUMMARY"
done

sum ""
sum "load at end $(load); app log: $OUT/app.log"
sum "failed jobs (incidents): $(sql "SELECT COUNT(*) FROM ACT_RU_INCIDENT"); monitor retries/errors in the app log: $(grep -c 'Monitor .* failed' "$OUT/app.log" || true)"
log "summary: $SUMMARY"
