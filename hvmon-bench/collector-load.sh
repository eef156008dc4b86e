#!/usr/bin/env bash
# Collector load: `hvmon simulate` serves HOSTS simulated Hyper-V hosts (VMS VMs each, NTLM + WinRM message encryption,
# loopback only) in one process; `hvmon serve` collects all of them every INTERVAL seconds in another. Once every host
# is ready, the collector's CPU time (/proc/PID/stat utime+stime) and RSS (/proc/PID/status VmRSS) are sampled, again
# DURATION seconds later, and /hvm/hosts is checked: every host ready and none stale. Prints the collector's CPU share
# (CPU seconds / wall seconds, in % of one core) and RSS, and the simulator's separately. Both processes are stopped on
# exit, whatever happens. Bounded: at most READY_TIMEOUT + DURATION seconds after the start.
#
# Environment (all optional): HOSTS=200 VMS=25 INTERVAL=15 DURATION=180 SIM_PORT=41000 API_PORT=40999
#   READY_TIMEOUT=180 JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java JAVA_OPTS= (both JVMs)
#   COLLECTOR_JAVA_OPTS= (the collector's JVM only, e.g. -Xmx128m) RESULT=FILE (appends key=value lines)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
HOSTS="${HOSTS:-200}" VMS="${VMS:-25}" INTERVAL="${INTERVAL:-15}" DURATION="${DURATION:-180}"
SIM_PORT="${SIM_PORT:-41000}" API_PORT="${API_PORT:-40999}" READY_TIMEOUT="${READY_TIMEOUT:-180}"
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JAR="${JAR:-$root/hvmon-app/target/hvmon.jar}"
read -r -a java_opts <<< "${JAVA_OPTS:-}"
read -r -a collector_opts <<< "${COLLECTOR_JAVA_OPTS:-}"

[ -f "$JAR" ] || { echo "collector-load: $JAR is missing; build it: mvn -B -q -DskipTests package -pl hvmon-app -am" >&2; exit 2; }
[ -x "$JAVA" ] || { echo "collector-load: no JDK 21+ at $JAVA (set JAVA)" >&2; exit 2; }

work="$(mktemp -d -t hvmon-load.XXXXXX)"
sim_pid="" col_pid=""
cleanup() {
  for pid in $col_pid $sim_pid; do
    if kill -0 "$pid" 2>/dev/null; then kill "$pid" 2>/dev/null || true; fi
  done
  for pid in $col_pid $sim_pid; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export HVMON_LOAD_PASSWORD="Load-Pa55w0rd-$$"
tick="$(getconf CLK_TCK)"

# utime + stime of a process, in clock ticks (fields 14 and 15; the command name in field 2 may hold spaces).
cpu_ticks() { sed 's/^.*) //' "/proc/$1/stat" | awk '{ print $12 + $13 }'; }
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }
now() { date +%s.%N; }
# Busy clock ticks of the whole machine (all CPUs), to tell how much else ran meanwhile.
machine_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

echo "collector-load: $HOSTS simulated hosts x $VMS VMs on 127.0.0.1:$SIM_PORT-$((SIM_PORT + HOSTS - 1)), interval ${INTERVAL}s, measuring ${DURATION}s"

"$JAVA" "${java_opts[@]}" -jar "$JAR" simulate --address 127.0.0.1 --port "$SIM_PORT" --hosts "$HOSTS" --vms "$VMS" \
  --auth negotiate --user monitor --password-env HVMON_LOAD_PASSWORD > "$work/simulate.log" 2>&1 &
sim_pid=$!
for _ in $(seq 600); do
  grep -q "Press Ctrl+C" "$work/simulate.log" 2>/dev/null && break
  kill -0 "$sim_pid" 2>/dev/null || { echo "collector-load: the simulator stopped:" >&2; cat "$work/simulate.log" >&2; exit 1; }
  sleep 0.1
done
grep -q "Press Ctrl+C" "$work/simulate.log" || { echo "collector-load: the simulator did not start in 60 s" >&2; exit 1; }

{
  printf '{\n  "listen": { "address": "127.0.0.1", "port": %d },\n' "$API_PORT"
  printf '  "collection": { "interval_seconds": %d, "timeout_seconds": 10 },\n  "hosts": [\n' "$INTERVAL"
  for i in $(seq 0 $((HOSTS - 1))); do
    printf '    { "name": "load-%03d", "url": "http://127.0.0.1:%d/wsman", "auth": "negotiate", "user": "monitor", "password_env": "HVMON_LOAD_PASSWORD" }%s\n' \
      "$i" "$((SIM_PORT + i))" "$([ "$i" -lt $((HOSTS - 1)) ] && echo , || true)"
  done
  printf '  ]\n}\n'
} > "$work/config.json"

t_start="$(now)"
"$JAVA" "${java_opts[@]}" "${collector_opts[@]}" -jar "$JAR" serve --config "$work/config.json" > "$work/serve.log" 2>&1 &
col_pid=$!

# hosts ready and not stale, from /hvm/hosts: "total ready fresh errors p50_ms max_ms"
hosts_state() {
  curl -fsS --max-time 5 "http://127.0.0.1:$API_PORT/hvm/hosts" 2>/dev/null | /usr/bin/python3 -c '
import json, sys
hosts = json.load(sys.stdin)
ready = sum(1 for h in hosts if h.get("ready"))
fresh = sum(1 for h in hosts if h.get("ready") and not h.get("stale"))
errors = sum(1 for h in hosts if h.get("error"))
d = sorted(h["collection_duration_ms"] for h in hosts if h.get("collection_duration_ms") is not None) or [0]
print(len(hosts), ready, fresh, errors, d[len(d) // 2], d[-1])' 2>/dev/null || echo "0 0 0 0 0 0"
}

state=""
deadline=$(( $(date +%s) + READY_TIMEOUT ))
while :; do
  kill -0 "$col_pid" 2>/dev/null || { echo "collector-load: the collector stopped:" >&2; tail -20 "$work/serve.log" >&2; exit 1; }
  state="$(hosts_state)"
  read -r total ready fresh errors _ _ <<< "$state"
  [ "$total" -eq "$HOSTS" ] && [ "$ready" -eq "$HOSTS" ] && break
  [ "$(date +%s)" -lt "$deadline" ] || { echo "collector-load: only $ready of $HOSTS hosts ready after ${READY_TIMEOUT}s" >&2; exit 1; }
  sleep 1
done
t0="$(now)"; c0="$(cpu_ticks "$col_pid")"; s0="$(cpu_ticks "$sim_pid")"; m0="$(machine_busy)"
rss0="$(rss_kb "$col_pid")"; srss0="$(rss_kb "$sim_pid")"
echo "collector-load: all $HOSTS hosts ready after $(awk -v a="$t_start" -v b="$t0" 'BEGIN { printf "%.1f", b - a }') s; measuring for ${DURATION}s"

sleep "$DURATION"

t1="$(now)"; c1="$(cpu_ticks "$col_pid")"; s1="$(cpu_ticks "$sim_pid")"; m1="$(machine_busy)"
rss1="$(rss_kb "$col_pid")"; srss1="$(rss_kb "$sim_pid")"; hwm="$(hwm_kb "$col_pid")"; shwm="$(hwm_kb "$sim_pid")"
state="$(hosts_state)"
read -r total ready fresh errors p50 pmax <<< "$state"

wall="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }')"
col_cpu="$(awk -v a="$c0" -v b="$c1" -v t="$tick" 'BEGIN { printf "%.2f", (b - a) / t }')"
sim_cpu="$(awk -v a="$s0" -v b="$s1" -v t="$tick" 'BEGIN { printf "%.2f", (b - a) / t }')"
col_share="$(awk -v c="$col_cpu" -v w="$wall" 'BEGIN { printf "%.2f", 100 * c / w }')"
sim_share="$(awk -v c="$sim_cpu" -v w="$wall" 'BEGIN { printf "%.2f", 100 * c / w }')"
others_share="$(awk -v a="$m0" -v b="$m1" -v c="$c1" -v d="$c0" -v e="$s1" -v f="$s0" -v t="$tick" -v w="$wall" \
  'BEGIN { x = ((b - a) - (c - d) - (e - f)) / t / w * 100; printf "%.1f", x < 0 ? 0 : x }')"
polls="$(awk -v w="$wall" -v i="$INTERVAL" -v h="$HOSTS" 'BEGIN { printf "%d", h * w / i }')"
per_poll_ms="$(awk -v c="$col_cpu" -v p="$polls" 'BEGIN { printf "%.2f", 1000 * c / p }')"

cat <<REPORT
collector-load: ${wall}s measured (~$((${wall%.*} / INTERVAL)) cycles of ${INTERVAL}s, ~$polls polls)
  collector (hvmon serve, pid $col_pid): CPU ${col_cpu}s = ${col_share}% of one core (~${per_poll_ms} ms CPU per host poll);
                                      RSS $((rss0 / 1024)) MiB at start, $((rss1 / 1024)) MiB at end (peak $((hwm / 1024)) MiB)
  simulator (hvmon simulate, pid $sim_pid): CPU ${sim_cpu}s = ${sim_share}% of one core; RSS $((srss0 / 1024)) -> $((srss1 / 1024)) MiB (peak $((shwm / 1024)) MiB)
  other processes on this machine meanwhile: ${others_share}% of one core (of $(nproc) cores; load average now $(cut -d' ' -f1-3 /proc/loadavg))
  /hvm/hosts: $total hosts, $ready ready, $fresh ready and not stale, $errors with an error; collection duration p50 ${p50} ms, max ${pmax} ms
REPORT
if [ -n "${RESULT:-}" ]; then
  printf 'wall_s=%s collector_cpu_s=%s collector_cpu_pct=%s collector_rss_start_kb=%s collector_rss_end_kb=%s collector_rss_peak_kb=%s sim_cpu_s=%s sim_cpu_pct=%s sim_rss_end_kb=%s sim_rss_peak_kb=%s others_pct=%s hosts=%s ready=%s fresh=%s errors=%s duration_p50_ms=%s duration_max_ms=%s\n' \
    "$wall" "$col_cpu" "$col_share" "$rss0" "$rss1" "$hwm" "$sim_cpu" "$sim_share" "$srss1" "$shwm" "$others_share" "$total" "$ready" "$fresh" "$errors" "$p50" "$pmax" >> "$RESULT"
fi
if [ "$ready" -ne "$HOSTS" ] || [ "$fresh" -ne "$HOSTS" ]; then
  echo "collector-load: FAILED: $fresh of $HOSTS hosts ready and fresh at the end" >&2
  exit 1
fi
echo "collector-load: OK: all $HOSTS hosts ready and fresh"
