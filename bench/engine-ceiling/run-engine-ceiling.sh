#!/usr/bin/env bash
# The bare engine's ceiling on this machine: Camunda 7.24 + REST on MariaDB, no Threadline code, driven like
# bench/run-lifecycle-load.sh drives Threadline. N=500 C=8 PAIRS=10 (20 steps per instance); PORT 18090.
set -euo pipefail
cd "$(dirname "$0")"
N=${N:-500}; C=${C:-8}; PAIRS=${PAIRS:-10}; WARMUP=${WARMUP:-100}; PORT=${PORT:-18090}
DB_NAME=${DB_NAME:-engine_ceiling}
MYSQL=(mysql -h127.0.0.1 -uroot)
mvn -q -B package -DskipTests
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\`"
DB_NAME=$DB_NAME java -Xms1g -Xmx1g -jar target/engine-ceiling-1.jar --server.port=$PORT --server.address=127.0.0.1 \
    >target/app.log 2>&1 &
APP_PID=$!
trap 'kill $APP_PID 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$PORT/engine-rest/process-definition/key/ceiling" 2>/dev/null && break
    sleep 1
done
DB_PID=$(pgrep -o -x mariadbd)
echo "warm-up ($WARMUP instances, not counted):"
java CeilingLoad.java "http://127.0.0.1:$PORT" "$WARMUP" "$C" "$PAIRS" "$APP_PID" "$DB_PID" >/dev/null
echo "measured:"
java CeilingLoad.java "http://127.0.0.1:$PORT" "$N" "$C" "$PAIRS" "$APP_PID" "$DB_PID"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
