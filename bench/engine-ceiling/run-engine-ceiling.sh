#!/usr/bin/env bash
# The bare engine doing Threadline's BPMN work on this machine: Camunda 7.24 + REST on MariaDB with the project's own
# processes/*.bpmn, decisions/*.dmn and forms/*.form and do-nothing delegates (src/main/java/bench), driven by
# CeilingLoad.java with the engine calls Threadline makes. Fresh database each run.
#
#   MODE=lifecycle bench/engine-ceiling/run-engine-ceiling.sh    # N=500 orders, C=8 workers, WARMUP=100
#   MODE=burst N=1000 C=8 bench/engine-ceiling/run-engine-ceiling.sh   # exceptions at once, WARMUP=0 (cold, as
#                                                                      # bench/notification's burst)
#   PORT (18090), DB_NAME (engine_ceiling), DB_PORT (3306), POOL (30, Threadline's), SKIP_BUILD=1, JAVA_OPTS
set -euo pipefail
cd "$(dirname "$0")"
MODE=${MODE:-lifecycle}
case "$MODE" in
    lifecycle) N=${N:-500}; WARMUP=${WARMUP:-100} ;;
    burst) N=${N:-1000}; WARMUP=${WARMUP:-0} ;;
    *) echo "MODE is lifecycle or burst" >&2; exit 2 ;;
esac
C=${C:-8}; PORT=${PORT:-18090}; DB_NAME=${DB_NAME:-engine_ceiling}; DB_PORT=${DB_PORT:-3306}; POOL=${POOL:-30}
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
MYSQL=(mysql -h127.0.0.1 -P"$DB_PORT" -uroot)
[[ "${SKIP_BUILD:-}" == 1 && -f target/engine-ceiling-1.jar ]] || mvn -q -B -ntp package -DskipTests
CLASSES=$(mktemp -d)
javac -d "$CLASSES" ../LifecycleLoad.java CeilingLoad.java
! (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || { echo "port $PORT is taken" >&2; exit 1; }
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# shellcheck disable=SC2086
DB_NAME=$DB_NAME DB_PORT=$DB_PORT POOL=$POOL java $JAVA_OPTS -jar target/engine-ceiling-1.jar --server.port=$PORT \
    --server.address=127.0.0.1 >target/app.log 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true; rm -rf "$CLASSES"' EXIT
for _ in $(seq 1 "${START_WAIT:-180}"); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/bench/first-notifications" 2>/dev/null && break
    kill -0 $APP_PID 2>/dev/null || { tail -40 target/app.log >&2; exit 1; }
    sleep 1
done
DB_PID=$(ss -ltnpH "sport = :$DB_PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[[ -n "$DB_PID" ]] || DB_PID=$(pgrep -o -x mariadbd)
echo "bare engine, $MODE: N=$N C=$C WARMUP=$WARMUP, pool $POOL, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$CLASSES" CeilingLoad "$MODE" "http://127.0.0.1:$PORT" "$N" "$C" "$WARMUP" "$APP_PID" "$DB_PID"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
