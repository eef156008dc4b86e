#!/usr/bin/env bash
# Runs every hvmon benchmark and prints a summary: builds what is missing, then EnumerationBench (our WS-Man client
# against pywinrm, 1,000 VMs, NTLM + message encryption) RUNS times, each in a fresh JVM, then collector-load.sh
# (200 hosts x 25 VMs, interval 15 s) LOAD_RUNS times. Loopback only; bounded (defaults: about 6 minutes).
#
# Environment (all optional): RUNS=3 LOAD_RUNS=1 REPS=10 VMS=1000 DURATION=180 (per load run)
#   ENDPOINT="process jvm" (where the simulated endpoint of EnumerationBench runs: its own JVM, the client's, or both;
#   RUNS runs each) QUERY_BUDGET=1 (run QueryBudgetBench too: 24, 500 and 1,000 VMs, one full and one fast cycle)
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java REBUILD=1 (build even if the jars exist)
# Results: hvmon-bench/target/results/<timestamp>/ (enumeration-MODE-N.json/.txt, query-budget.txt, load.txt, summary.txt)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
RUNS="${RUNS:-3}" LOAD_RUNS="${LOAD_RUNS:-1}" REPS="${REPS:-10}" VMS="${VMS:-1000}" ENDPOINT="${ENDPOINT:-process jvm}"
QUERY_BUDGET="${QUERY_BUDGET:-1}"
export JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
bench_jar="$here/target/hvmon-bench.jar"
app_jar="$root/hvmon-app/target/hvmon.jar"

if [ "${REBUILD:-0}" = 1 ] || [ ! -f "$bench_jar" ] || [ ! -f "$app_jar" ]; then
  echo "run: building hvmon-app and hvmon-bench (mvn package, no install)"
  (cd "$root" && mvn -B -q -DskipTests package -pl hvmon-app,hvmon-bench -am)
fi

out="$here/target/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
echo "run: results in $out"

# Busy clock ticks of the whole machine, and this shell's children's CPU time in ticks: what else ran meanwhile.
machine_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }
# (times must run in this shell, not in a $(...) subshell, which has children of its own)
children_ticks() { times > "$out/.times"; tail -n 1 "$out/.times" | awk -v t="$(getconf CLK_TCK)" '{
  split($1, u, "m"); split($2, s, "m"); print int((u[1] * 60 + u[2] + s[1] * 60 + s[2]) * t) }'; }

for mode in $ENDPOINT; do
for i in $(seq "$RUNS"); do
  echo "run: EnumerationBench $i/$RUNS ($VMS VMs, $REPS rounds per case, endpoint: $mode)"
  m0="$(machine_busy)"; children_ticks > "$out/.k0"; w0="$(date +%s.%N)"
  "$JAVA" -jar "$bench_jar" --vms "$VMS" --reps "$REPS" --endpoint "$mode" --json "$out/enumeration-$mode-$i.json" \
    > "$out/enumeration-$mode-$i.txt"
  m1="$(machine_busy)"; children_ticks > "$out/.k1"; w1="$(date +%s.%N)"; k0="$(cat "$out/.k0")"; k1="$(cat "$out/.k1")"
  awk -v a="$m0" -v b="$m1" -v c="$k0" -v d="$k1" -v t="$(getconf CLK_TCK)" -v w0="$w0" -v w1="$w1" -v n="$(nproc)" \
    'BEGIN { x = ((b - a) - (d - c)) / t / (w1 - w0) * 100; printf "other processes on this machine meanwhile: %.1f%% of one core (of %d cores)\n", x < 0 ? 0 : x, n }' \
    >> "$out/enumeration-$mode-$i.txt"
  cat "$out/enumeration-$mode-$i.txt"
done
done

if [ "$QUERY_BUDGET" = 1 ]; then
  echo "run: QueryBudgetBench (24, 500, 1000 VMs; endpoint in its own JVM)"
  "$JAVA" -cp "$bench_jar" io.hvmon.bench.QueryBudgetBench --json "$out/query-budget.json" | tee "$out/query-budget.txt"
fi

for i in $(seq "$LOAD_RUNS"); do
  echo "run: collector-load $i/$LOAD_RUNS"
  RESULT="$out/load.txt" "$here/collector-load.sh"
done

/usr/bin/python3 "$here/summarize.py" "$out" | tee "$out/summary.txt"
