#!/usr/bin/env bash
# Rush-order simulation benchmark (issue 17) on MariaDB, loopback only: three factories and ORDERS open orders with
# their sewing milestones seeded into a fresh database (seed.sql), the app started on it (profile mysql), then the
# simulate call (POST /api/capacity/rush/simulate: reads every open order's sewing and simulates the rush order as it
# is and the three options across the factories) timed ROUNDS times after WARMUP calls, and the capacity board
# (GET /api/capacity/board, 12 weeks) likewise. Prints p50/p95/max and stops the app.
#
#   bench/capacity/run.sh                      # ORDERS=2000
#   SKIP_BUILD=1 ROUNDS=50 bench/capacity/run.sh
#
# Environment (all optional): ORDERS (2000), ROUNDS (30), WARMUP (10), DAILY (capacity of each factory, pieces a day:
# 6000, about what the seeded orders need, so the rush order pushes some back), PORT (18094), DB_NAME
# (threadline_cap_bench, dropped and created fresh), DB_PORT (3306), SKIP_BUILD=1 (use the jar already built),
# JAVA_OPTS (-Xms512m -Xmx1g), OUT (bench/out/capacity-<timestamp>).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/bench/capacity
ORDERS=${ORDERS:-2000}
ROUNDS=${ROUNDS:-30}
WARMUP=${WARMUP:-10}
DAILY=${DAILY:-6000}
PORT=${PORT:-18094}
DB_NAME=${DB_NAME:-threadline_cap_bench}
DB_PORT=${DB_PORT:-3306}
JAVA_OPTS=${JAVA_OPTS:--Xms512m -Xmx1g}
OUT=${OUT:-$ROOT/bench/out/capacity-$(date +%Y%m%d-%H%M%S)}
JAR=${JAR:-$ROOT/target/threadline-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
AUTH=admin:admin
MYSQL=(mysql -h127.0.0.1 -P"$DB_PORT" -uroot --protocol=TCP)
mkdir -p "$OUT"

log() { echo "[capacity-bench $(date +%H:%M:%S)] $*"; }
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

if curl -fsS -o /dev/null "$BASE/login.html" 2>/dev/null; then
    echo "something already answers on $BASE; stop it or set PORT" >&2
    exit 1
fi
args=(--spring.profiles.active=mysql --server.port="$PORT" --server.address=127.0.0.1
      --threadline.access.initial-admin.must-change-password=false
      --threadline.evidence.dir="$OUT/evidence" --threadline.evidence.create-dir=true)
log "starting app (log: $OUT/app.log)"
THREADLINE_DB_NAME=$DB_NAME THREADLINE_DB_PORT=$DB_PORT java $JAVA_OPTS -jar "$OUT/app.jar" "${args[@]}" \
    >"$OUT/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 240); do
    curl -fsS -u "$AUTH" -o /dev/null "$BASE/api/factories" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died; see $OUT/app.log" >&2; tail -50 "$OUT/app.log" >&2; exit 1; }
    sleep 1
done
log "app up after ${i}s (pid $APP_PID)"

for f in 0 1 2; do
    api -XPOST "$BASE/api/factories" -d "{\"code\":\"F-CB$f\",\"name\":\"基准测试制衣厂 $f\",\"city\":\"宁波\"}" >/dev/null
    api -XPUT "$BASE/api/capacity/factories/F-CB$f" -d "{\"dailyPieces\":$DAILY}" >/dev/null
done
log "seeding $ORDERS open orders over 3 factories"
{ echo "SET @n = $ORDERS;"; cat "$HERE/seed.sql"; } | "${MYSQL[@]}" "$DB_NAME"
sql "ANALYZE TABLE orders, milestone, customer, production_output" >/dev/null
log "seeded: $(sql "SELECT COUNT(*) FROM orders WHERE status = 'OPEN'") open orders, $(sql "SELECT COUNT(*) FROM milestone") milestones"

DUE=$(date -u -d "+8 hours +60 days" +%Y-%m-%d)
RUSH="{\"customer\":\"Bench Rush\",\"productType\":\"WOVEN\",\"quantity\":5000,\"dueDate\":\"$DUE\",\"factoryCode\":\"F-CB0\"}"
api -XPOST "$BASE/api/capacity/rush/simulate" -d "$RUSH" >"$OUT/simulate.json"
log "one answer: $(python3 -c "
import json, sys
a = json.load(open('$OUT/simulate.json'))
print('as is: %d orders pushed back; ' % a['asIs']['movedOrders'] + '; '.join(
    '%s: cost %s, %d moved' % (o['option'], o['cost'], o['movedOrders']) for o in a['options']))")"

time_calls() {  # label, rounds, curl args...
    local label=$1 rounds=$2; shift 2
    for _ in $(seq 1 "$WARMUP"); do curl -fsS -o /dev/null -u "$AUTH" -H 'Content-Type: application/json' "$@"; done
    for _ in $(seq 1 "$rounds"); do
        curl -fsS -o /dev/null -w '%{time_total}\n' -u "$AUTH" -H 'Content-Type: application/json' "$@"
    done | sort -n | awk -v label="$label" '{v[NR] = $1 * 1000}
        END {printf "%s: n=%d p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", label, NR, v[int(NR * 0.5 + 0.5)],
             v[int(NR * 0.95 + 0.5)], v[NR]}'
}
LOAD0=$(cut -d' ' -f1 /proc/loadavg)
{
    echo "ORDERS=$ORDERS open orders over 3 factories, DAILY=$DAILY pieces a day each, rush order 5000 pieces due $DUE"
    time_calls "simulate (POST /api/capacity/rush/simulate)" "$ROUNDS" -XPOST "$BASE/api/capacity/rush/simulate" -d "$RUSH"
    time_calls "board (GET /api/capacity/board, 12 weeks)" "$ROUNDS" "$BASE/api/capacity/board?weeks=12"
    echo "load average before / after measuring: $LOAD0 / $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"
} | tee "$OUT/summary.txt"
