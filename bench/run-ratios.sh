#!/usr/bin/env bash
# Issue 18's ratios from one run: the bare engine (engine-ceiling) and Threadline (lifecycle load) one after the
# other on this machine and its MariaDB, then Threadline's CPU per milestone update and per created order divided by
# the bare engine's CPU per step and per start.
#
#   bench/run-ratios.sh                      # N=150 C=8 for both, WARMUP=20
#   N=300 C=8 SKIP_BUILD=1 JAR=/tmp/app.jar bench/run-ratios.sh
#
# Targets (issue 18): update <= 1.5x a step, order <= 2x a start, lifecycle p99 < 200 ms. Compare only runs on an
# idle machine: both halves report the share of the CPU other processes took.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${N:-150}; C=${C:-8}; WARMUP=${WARMUP:-20}
OUT=${OUT:-$ROOT/bench/out/ratios-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"

echo "== bare engine (N=$N C=$C)"
N=$N C=$C WARMUP=$WARMUP bench/engine-ceiling/run-engine-ceiling.sh | tee "$OUT/engine.txt"
echo "== Threadline (N=$N C=$C)"
# it exits 1 when its own older absolute targets (50 orders/s, 200 updates/s) are missed; the ratios are what count
N=$N C=$C WARMUP=$WARMUP OUT="$OUT/app" bench/run-lifecycle-load.sh >"$OUT/app.txt" 2>&1 || true
grep -q "^  drive: app+db" "$OUT/app/summary.txt" || { echo "the lifecycle run gave no figures: $OUT/app.txt" >&2; exit 1; }
grep -E "app\+db|^overall|machine busy" "$OUT/app/summary.txt" | tee -a "$OUT/app.txt"

per() { awk -v want="$1" '$0 ~ "^start:" && want == "start" || $0 ~ "^drive: engine CPU" && want == "step" {
        for (i = 1; i <= NF; i++) if ($i == "CPU") s += $(i + 1); print s; exit }' "$OUT/engine.txt"; }
app() { awk -v phase="$1" '$1 == phase":" && $2 == "app+db" {print $3; exit}' "$OUT/app/summary.txt"; }
step=$(per step); start=$(per start)
update=$(app drive); order=$(app create)
p99=$(awk '/^overall \(create\+drive\)/ {print $(NF-1); exit}' "$OUT/app/summary.txt")

{
    echo
    echo "== ratios ($(date -u +%Y-%m-%dT%H:%MZ), N=$N C=$C, load average now $(cut -d' ' -f1-3 /proc/loadavg))"
    printf "bare engine: %.1f CPU-ms per step, %.1f per start (engine + MariaDB)\n" "$step" "$start"
    printf "Threadline:  %.1f CPU-ms per milestone update, %.1f per created order (app + MariaDB)\n" "$update" "$order"
    awk -v u="$update" -v s="$step" -v o="$order" -v t="$start" -v p="$p99" 'BEGIN {
        printf "update / step  = %.2fx (target <= 1.5x)\n", u / s
        printf "order / start  = %.2fx (target <= 2x)\n", o / t
        printf "lifecycle p99  = %s ms (target < 200 ms)\n", p }'
} | tee "$OUT/ratios.txt"
