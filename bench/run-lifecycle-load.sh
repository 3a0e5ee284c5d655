#!/usr/bin/env bash
# Lifecycle load test of Threadline on MariaDB (loopback only).
#
#   bench/run-lifecycle-load.sh                      # N=500 C=8, recommended settings
#   N=2000 C=16 WARMUP=100 bench/run-lifecycle-load.sh
#   APP_ARGS="--camunda.bpm.history-level=full" bench/run-lifecycle-load.sh   # extra/overriding app args
#
# Environment (all optional):
#   THREADLINE_USER/THREADLINE_PASSWORD  sign-in of the clients (admin/admin, the initial administrator)
#   N, C, WARMUP       orders, concurrent workers, unmeasured warm-up orders (500, 8, 50)
#   PORT               app port (18080)
#   DB_PORT            MariaDB port (3306)
#   PRIVATE_DB=1       start a MariaDB of our own on 127.0.0.1:3307 (datadir PRIVATE_DB_DIR, default
#                      /tmp/threadline-bench-mariadb), so its CPU and counters are not shared; stopped at exit
#   PRIVATE_DB_ARGS    extra mariadbd options for it, e.g. --innodb-flush-log-at-trx-commit=2
#   DB_NAME            database, dropped and created fresh (threadline_bench)
#   POOL               Hikari maximum-pool-size (20 = application-mysql.yml default)
#   HISTORY            camunda.bpm.history-level (empty = the app's own setting, full)
#   TOMCAT_THREADS     server.tomcat.threads.max (empty = Boot default 200)
#   DS_PROPS           space-separated key=value Connector/J properties (Hikari data-source-properties)
#   APP_ARGS           more --key=value arguments for the app (appended last, so they win)
#   JAVA_OPTS          JVM options for the app (default -Xms1g -Xmx1g)
#   SKIP_BUILD=1       use the jar already built (JAR=path to use another one)
#   START_WAIT         seconds the app may take to start (180)
#   LOADGEN_OPTS       -D options for the load generator, e.g. -Dbench.parallelReports=true
#   KEEP_APP=1         leave the app running after the load (prints its pid)
#   PROFILE=1          take 3 thread dumps and MariaDB status deltas during the drive phase
#   TRACE=1            afterwards, drive 2 more orders one call at a time with MariaDB's general log on
#                      (briefly, server-wide) and count the SQL statements of every call: sql-per-call.txt
#   TRACE_ONLY=1       only that trace, no load
#   OUT                directory for app log, dumps and the summary (bench/out/<timestamp>)
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
N=${N:-500}
C=${C:-8}
WARMUP=${WARMUP:-50}
PORT=${PORT:-18080}
DB_NAME=${DB_NAME:-threadline_bench}
POOL=${POOL:-20}
HISTORY=${HISTORY:-}
TOMCAT_THREADS=${TOMCAT_THREADS:-}
APP_ARGS=${APP_ARGS:-}
DS_PROPS=${DS_PROPS:-}
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
OUT=${OUT:-$ROOT/bench/out/$(date +%Y%m%d-%H%M%S)}
JAR=${JAR:-$ROOT/target/threadline-0.1.0-SNAPSHOT.jar}
LOADGEN_OPTS=${LOADGEN_OPTS:-}
BASE=http://127.0.0.1:$PORT
AUTH="${THREADLINE_USER:-admin}:${THREADLINE_PASSWORD:-admin}"
PRIVATE_DB=${PRIVATE_DB:-}
if [[ "$PRIVATE_DB" == 1 ]]; then DB_PORT=${DB_PORT:-3307}; else DB_PORT=${DB_PORT:-3306}; fi
PRIVATE_DB_DIR=${PRIVATE_DB_DIR:-/tmp/threadline-bench-mariadb}
MYSQL=(mysql -h127.0.0.1 -P"$DB_PORT" -uroot)
mkdir -p "$OUT"

log() { echo "[bench $(date +%H:%M:%S)] $*"; }

# ---------------------------------------------------------------- build
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
    log "building $JAR"
    mvn -q -B -DskipTests package
fi
[[ -f "$JAR" ]] || { echo "no $JAR" >&2; exit 1; }
# run a private copy, so a concurrent "mvn clean/package" in this tree cannot pull the jar from under the app
cp "$JAR" "$OUT/app.jar"

APP_PID=
PRIVATE_DB_PID=
PROFILER_PID=
GENERAL_LOG_WAS=
cleanup() {
    if [[ -n "$APP_PID" && "${KEEP_APP:-}" != 1 ]] && kill -0 "$APP_PID" 2>/dev/null; then
        log "stopping app (pid $APP_PID)"
        kill "$APP_PID" 2>/dev/null || true
        for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    [[ -n "${PROFILER_PID:-}" ]] && kill "$PROFILER_PID" 2>/dev/null || true
    [[ "${KEEP_APP:-}" != 1 ]] && rm -f "$OUT/app.jar"
    [[ -n "${GENERAL_LOG_WAS:-}" ]] && "${MYSQL[@]}" -e "SET GLOBAL general_log=OFF; SET GLOBAL general_log_file='$GENERAL_LOG_WAS'" 2>/dev/null
    if [[ -n "${PRIVATE_DB_PID:-}" ]]; then
        log "stopping private MariaDB (pid $PRIVATE_DB_PID)"
        kill "$PRIVATE_DB_PID" 2>/dev/null || true
        wait "$PRIVATE_DB_PID" 2>/dev/null || true
    fi
    return 0
}
trap cleanup EXIT INT TERM

# ---------------------------------------------------------------- MariaDB
if [[ "$PRIVATE_DB" == 1 ]]; then
    # A MariaDB of our own on $DB_PORT (same server settings as the shared one), so that its CPU time and
    # status counters are this benchmark's alone. Stopped again at exit.
    if [[ ! -d "$PRIVATE_DB_DIR/data/mysql" ]]; then
        log "initialising private MariaDB in $PRIVATE_DB_DIR"
        mkdir -p "$PRIVATE_DB_DIR/data"
        chown -R mysql:mysql "$PRIVATE_DB_DIR"
        mariadb-install-db --no-defaults --user=mysql --basedir=/usr --datadir="$PRIVATE_DB_DIR/data" \
            --auth-root-authentication-method=normal --skip-test-db >"$PRIVATE_DB_DIR/install.log" 2>&1
    fi
    if ! mysqladmin -h127.0.0.1 -P"$DB_PORT" -uroot ping >/dev/null 2>&1; then
        log "starting private MariaDB on 127.0.0.1:$DB_PORT"
        /usr/sbin/mariadbd --no-defaults --user=mysql --basedir=/usr --datadir="$PRIVATE_DB_DIR/data" \
            --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$PRIVATE_DB_DIR/mysqld.sock" \
            --pid-file="$PRIVATE_DB_DIR/mysqld.pid" --skip-name-resolve --character-set-server=utf8mb4 \
            --collation-server=utf8mb4_general_ci --innodb-log-file-size=96M --log-error="$PRIVATE_DB_DIR/error.log" \
            ${PRIVATE_DB_ARGS:-} &
        PRIVATE_DB_PID=$!
    fi
elif ! mysqladmin -h127.0.0.1 -P"$DB_PORT" -uroot ping >/dev/null 2>&1; then
    log "starting MariaDB"
    mkdir -p /run/mysqld
    chown mysql /run/mysqld
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
fi
for _ in $(seq 1 60); do
    mysqladmin -h127.0.0.1 -P"$DB_PORT" -uroot ping >/dev/null 2>&1 && break
    sleep 1
done
mysqladmin -h127.0.0.1 -P"$DB_PORT" -uroot ping >/dev/null
log "fresh database $DB_NAME"
"${MYSQL[@]}" -e "DROP DATABASE IF EXISTS \`$DB_NAME\`; CREATE DATABASE \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"

# ---------------------------------------------------------------- app
if curl -fsS -u "$AUTH" -o /dev/null "$BASE/api/factories" 2>/dev/null; then
    echo "something already answers on $BASE; stop it or set PORT" >&2
    exit 1
fi
# a fresh database outside the demo: the initial administrator the clients sign in as keeps its password, and the
# evidence goes to a folder of the run's own
args=(--spring.profiles.active=mysql --server.port=$PORT --server.address=127.0.0.1
      --spring.datasource.hikari.maximum-pool-size=$POOL
      --threadline.access.initial-admin.must-change-password=false
      --threadline.evidence.dir=$OUT/evidence --threadline.evidence.create-dir=true)
[[ -n "$HISTORY" ]] && args+=(--camunda.bpm.history-level=$HISTORY)
[[ -n "$TOMCAT_THREADS" ]] && args+=(--server.tomcat.threads.max=$TOMCAT_THREADS)
for kv in $DS_PROPS; do args+=(--spring.datasource.hikari.data-source-properties.$kv); done
# shellcheck disable=SC2206
[[ -n "$APP_ARGS" ]] && args+=($APP_ARGS)


log "starting app: java $JAVA_OPTS -jar $OUT/app.jar ${args[*]}  (log: $OUT/app.log)"
# shellcheck disable=SC2086
# JFR from the start: starting it later instruments classes and deoptimises the running app for a while
[[ "${PROFILE:-}" == 1 ]] && JAVA_OPTS="$JAVA_OPTS -XX:FlightRecorderOptions=stackdepth=1024 -XX:StartFlightRecording=name=boot,settings=profile,maxage=2m"
# without this script's TRACE switches: Spring Boot reads an environment variable TRACE=1 as its own "trace"
# property and logs at TRACE level (a 160 MB log, and CPU figures that measure the logging)
env -u TRACE -u TRACE_ONLY THREADLINE_DB_NAME=$DB_NAME THREADLINE_DB_PORT=$DB_PORT java $JAVA_OPTS -Xlog:gc:file="$OUT/gc.log" -jar "$OUT/app.jar" "${args[@]}" >"$OUT/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 "${START_WAIT:-180}"); do
    curl -fsS -u "$AUTH" -o /dev/null "$BASE/api/factories" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "app died; see $OUT/app.log" >&2; tail -50 "$OUT/app.log" >&2; exit 1; }
    sleep 1
done
curl -fsS -u "$AUTH" -o /dev/null "$BASE/api/factories"
log "app up after ${i}s (pid $APP_PID)"
echo "$APP_PID" >"$OUT/app.pid"

# ---------------------------------------------------------------- optional profiling during the drive phase
if [[ "${PROFILE:-}" == 1 ]]; then
    (
        # wait for the drive phase (the load prints "create: ..." when it starts), then sample
        for _ in $(seq 1 7200); do
            grep -q '^create:' "$OUT/summary.txt" 2>/dev/null && break
            sleep 0.5
        done
        sleep 2
        jcmd "$APP_PID" JFR.start name=bench settings=profile duration=30s filename="$OUT/drive.jfr" >/dev/null 2>&1 || true
        "${MYSQL[@]}" -N -e "SHOW GLOBAL STATUS" >"$OUT/mariadb-status-0.txt"
        date +%s.%N >"$OUT/mariadb-status-0.time"
        top -b -n 1 -w 200 | head -20 >"$OUT/top-0.txt" 2>/dev/null || true
        for k in 1 2 3; do
            sleep 3
            jcmd "$APP_PID" Thread.print >"$OUT/threads-$k.txt" 2>&1 || true
            "${MYSQL[@]}" -e "SHOW FULL PROCESSLIST" >"$OUT/processlist-$k.txt" 2>&1 || true
        done
        top -b -n 1 -w 200 | head -20 >"$OUT/top-1.txt" 2>/dev/null || true
        "${MYSQL[@]}" -N -e "SHOW GLOBAL STATUS" >"$OUT/mariadb-status-1.txt"
        date +%s.%N >"$OUT/mariadb-status-1.time"
        ps -o pid,pcpu,rss,comm -p "$APP_PID" >"$OUT/ps.txt" 2>/dev/null || true
        for _ in $(seq 1 40); do [[ -s "$OUT/drive.jfr" ]] && break; sleep 1; done   # JFR writes after 30 s
    ) &
    PROFILER_PID=$!
fi

# ---------------------------------------------------------------- load
set +e
RC=0
if [[ "${TRACE_ONLY:-}" != 1 ]]; then
log "load: N=$N C=$C WARMUP=$WARMUP"
CPU0=$(awk '/^cpu /{print $2+$3+$4+$6+$7+$8, $5}' /proc/stat)
DB_PID=$(ss -ltnpH "sport = :$DB_PORT" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[[ -z "$DB_PID" ]] && DB_PID=$(pgrep -o -x mariadbd || true)
# shellcheck disable=SC2086
java -Xmx512m -Dbench.pids="app:$APP_PID,db:$DB_PID" -Dbench.mysql="${MYSQL[*]}" $LOADGEN_OPTS "$ROOT/bench/LifecycleLoad.java" "$BASE" "$N" "$C" "$WARMUP" \
    | tee "$OUT/summary.txt"
RC=${PIPESTATUS[0]}
CPU1=$(awk '/^cpu /{print $2+$3+$4+$6+$7+$8, $5}' /proc/stat)
set -e
read -r b0 i0 <<<"$CPU0"; read -r b1 i1 <<<"$CPU1"
echo "machine CPU busy during load (incl. load generator and MariaDB): $(( 100 * (b1 - b0) / (b1 - b0 + i1 - i0 + 1) ))%" | tee -a "$OUT/summary.txt"
{
    echo "app args: ${args[*]}"
    echo "JAVA_OPTS: $JAVA_OPTS"
    echo "app log problems (WARN/ERROR lines): $(grep -cE ' (WARN|ERROR) ' "$OUT/app.log" || true)"
} | tee -a "$OUT/summary.txt"
if [[ -n "${PROFILER_PID:-}" ]]; then wait "$PROFILER_PID" 2>/dev/null || true; PROFILER_PID=; fi
if [[ -f "$OUT/mariadb-status-1.txt" ]]; then
    t0=$(cat "$OUT/mariadb-status-0.time"); t1=$(cat "$OUT/mariadb-status-1.time")
    echo "MariaDB status deltas per second over the sampled window:" | tee "$OUT/mariadb-deltas.txt"
    join <(sort "$OUT/mariadb-status-0.txt") <(sort "$OUT/mariadb-status-1.txt") \
      | awk -v dt="$(awk -v a="$t0" -v b="$t1" 'BEGIN{print b-a}')" '$2 ~ /^[0-9]+$/ && $3 ~ /^[0-9]+$/ && $3 != $2 {printf "%-45s %12.1f/s\n", $1, ($3-$2)/dt}' \
      | grep -E '^(Com_(select|insert|update|delete|commit|rollback|set_option)|Questions|Innodb_(row_lock_waits|row_lock_time|data_fsyncs|os_log_fsyncs|rows_(read|inserted|updated|deleted)|log_writes|buffer_pool_read_requests)|Handler_read_rnd_next|Created_tmp|Select_scan|Sort_rows|Threads_running) ' \
      | tee -a "$OUT/mariadb-deltas.txt"
fi
fi  # TRACE_ONLY
if [[ "${TRACE:-}" == 1 || "${TRACE_ONLY:-}" == 1 ]]; then
    log "SQL trace: 2 orders, one call at a time, general log on"
    ids() { "${MYSQL[@]}" -N -e "SELECT GROUP_CONCAT(id) FROM information_schema.PROCESSLIST WHERE db='$DB_NAME'"; }
    ids0=$(ids)
    GENERAL_LOG_WAS=$("${MYSQL[@]}" -N -e "SELECT @@general_log_file")
    tracelog=/tmp/threadline-bench-general-$$.log
    "${MYSQL[@]}" -e "SET GLOBAL general_log_file='$tracelog'; SET GLOBAL general_log=ON"
    # shellcheck disable=SC2086
    java -Dbench.mark=true -Dbench.mysql="${MYSQL[*]}" $LOADGEN_OPTS "$ROOT/bench/LifecycleLoad.java" "$BASE" 2 1 0 \
        >"$OUT/trace-load.txt" 2>&1 || true   # it exits 1 when the targets are missed, as they are after 2 orders
    "${MYSQL[@]}" -e "SET GLOBAL general_log=OFF; SET GLOBAL general_log_file='$GENERAL_LOG_WAS'"
    GENERAL_LOG_WAS=
    cp "$tracelog" "$OUT/general.log" && rm -f "$tracelog" 2>/dev/null
    java "$ROOT/bench/SqlTrace.java" "$OUT/general.log" "$ids0,$(ids)" >"$OUT/sql-per-call.txt" 2>&1
    cat "$OUT/sql-per-call.txt"
fi
if [[ -f "$OUT/drive.jfr" ]]; then
    java "$ROOT/bench/JfrTop.java" "$OUT/drive.jfr" 40 >"$OUT/cpu-profile.txt" 2>&1 || true
    log "CPU profile of 30 s of the drive phase: $OUT/cpu-profile.txt"
    sed -n '1,/^-- self time by package/p' "$OUT/cpu-profile.txt" | head -20
fi
log "output in $OUT"
exit "$RC"
