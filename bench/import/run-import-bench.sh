#!/usr/bin/env bash
# Import benchmark on MariaDB: a 10,000-row .xlsx with 3% bad rows imported through the import API by an app
# with a bounded heap, in a database created fresh. Prints the seconds and the heap the app used.
#
#   bench/import/run-import-bench.sh
#   ROWS=20000 BAD=5 HEAP=256m bench/import/run-import-bench.sh
#
# Environment (all optional): ROWS (10000), BAD percent (3), HEAP (-Xmx, 512m), PORT (18081),
# DB_NAME (threadline_bench14i, dropped and created fresh), SKIP_BUILD=1 (use target/*.jar as built),
# OUT (bench/out/import-<timestamp>).
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
ROWS=${ROWS:-10000}
BAD=${BAD:-3}
HEAP=${HEAP:-512m}
PORT=${PORT:-18081}
DB_NAME=${DB_NAME:-threadline_bench14i}
OUT=${OUT:-$ROOT/bench/out/import-$(date +%Y%m%d-%H%M%S)}
JAR=${JAR:-$ROOT/target/threadline-0.1.0-SNAPSHOT.jar}
BASE=http://127.0.0.1:$PORT
MYSQL=(mysql -h127.0.0.1 -uroot)
mkdir -p "$OUT"
log() { echo "[import-bench $(date +%H:%M:%S)] $*"; }

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
    log "building $JAR"
    mvn -o -q -B -DskipTests package
fi
mvn -o -q -B dependency:build-classpath -Dmdep.outputFile="$OUT/classpath.txt" -Dmdep.includeScope=runtime >/dev/null
cp "$JAR" "$OUT/app.jar"

log "database $DB_NAME, fresh"
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS $DB_NAME; CREATE DATABASE $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"

APP_PID=
SAMPLER_PID=
cleanup() {
    [[ -n "$SAMPLER_PID" ]] && kill "$SAMPLER_PID" 2>/dev/null || true
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    rm -f "$OUT/app.jar"
}
trap cleanup EXIT

log "starting the app with -Xmx$HEAP on port $PORT"
THREADLINE_DB_NAME=$DB_NAME java -Xms128m -Xmx"$HEAP" -jar "$OUT/app.jar" --spring.profiles.active=mysql \
    --server.port="$PORT" --server.address=127.0.0.1 --threadline.demo.enabled=false \
    --threadline.access.initial-admin.must-change-password=false \
    --threadline.evidence.dir="$OUT/evidence" --threadline.evidence.create-dir=true \
    --threadline.imports.directory="$OUT/uploads" > "$OUT/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 300); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$OUT/app.log"; exit 1; }
    sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null

FACTORY=F-B14I
curl -fs -u admin:admin -H 'Content-Type: application/json' -X POST "$BASE/api/factories" \
    -d "{\"code\":\"$FACTORY\",\"name\":\"导入基准工厂\",\"city\":\"宁波\"}" >/dev/null

# heap in use (young + old, KB) once a second while the import runs; its peak goes into the summary
( while kill -0 "$APP_PID" 2>/dev/null; do
      jstat -gc "$APP_PID" | awk 'NR==2 {printf "%.0f\n", $3+$4+$6+$8}'
      sleep 1
  done ) > "$OUT/heap-kb.txt" 2>/dev/null &
SAMPLER_PID=$!

log "importing $ROWS rows ($BAD% bad)"
java -cp "$(cat "$OUT/classpath.txt")" bench/import/ImportBench.java "$BASE" "$ROWS" "$BAD" "$FACTORY" \
    "$OUT/bench.xlsx" | tee "$OUT/summary.txt"
kill "$SAMPLER_PID" 2>/dev/null || true
SAMPLER_PID=
PEAK=$(sort -n "$OUT/heap-kb.txt" | tail -1)
echo "heap: -Xmx$HEAP, peak in use $((PEAK / 1024)) MB (jstat, sampled each second)" | tee -a "$OUT/summary.txt"
echo "load: $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min), $(nproc) cores" | tee -a "$OUT/summary.txt"
