#!/usr/bin/env bash
# Server load, side by side: `hvmon serve` reading one simulated Hyper-V host of VMS VMs (over WS-Man, NTLM +
# message encryption, loopback) against nginx serving the identical bytes, in one run, with wrk; then hvmon's RSS after
# that load, its start-up (process start to the first /healthz 200), and `hvmon query` as a whole process against
# pywinrm's (hyperfine). Prints one report and appends key=value lines to RESULT.
#
# Environment (all optional): VMS=1000 DURATION=20 (s per wrk run) THREADS=2 CONNS=32 ROUNDS=2 (hvmon/nginx pairs per
#   endpoint) STARTS=10 (start-up samples) QUERY_RUNS=10 INTERVAL=15 SIM_PORT=42000 API_PORT=42001 NGINX_PORT=42002
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java JAR=hvmon-app/target/hvmon.jar
#   JAVA_OPTS= (hvmon's JVM options with JAVA and JAR)
#   HVMON= (a launcher to run serve and query with instead of JAVA -jar JAR, e.g. ./hvmon or a release's bin/hvmon:
#   then its JVM options and start-up cache apply; the simulator still runs from JAR)
#   LABEL=after RESULT=FILE
# Needs wrk, nginx (Debian's nginx-light), hyperfine, curl, python3-winrm: installed with apt-get when missing and root.
# Loopback only; every process it starts is stopped on exit; bounded: about 5 min with the defaults.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
VMS="${VMS:-1000}" DURATION="${DURATION:-20}" THREADS="${THREADS:-2}" CONNS="${CONNS:-32}" ROUNDS="${ROUNDS:-2}"
STARTS="${STARTS:-10}" QUERY_RUNS="${QUERY_RUNS:-10}" INTERVAL="${INTERVAL:-15}"
SIM_PORT="${SIM_PORT:-42000}" API_PORT="${API_PORT:-42001}" NGINX_PORT="${NGINX_PORT:-42002}" START_PORT=$((API_PORT + 10))
JAVA="${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}"
JAR="${JAR:-$root/hvmon-app/target/hvmon.jar}"
LABEL="${LABEL:-run}"
read -r -a java_opts <<< "${JAVA_OPTS:-}"
if [ -n "${HVMON:-}" ]; then hvmon_cmd=("$HVMON"); else hvmon_cmd=("$JAVA" "${java_opts[@]}" -jar "$JAR"); fi

need=()
for tool in wrk:wrk nginx:nginx-light hyperfine:hyperfine curl:curl; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || [ -x "/usr/sbin/${tool%%:*}" ] || need+=("${tool#*:}")
done
/usr/bin/python3 -c 'import winrm' 2>/dev/null || need+=(python3-winrm)
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then echo "server-load: missing ${need[*]}; install them (apt-get install ${need[*]})" >&2; exit 2; fi
  echo "server-load: installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -f "$JAR" ] || { echo "server-load: $JAR is missing; build it: mvn -B -q -DskipTests package -pl hvmon-app -am" >&2; exit 2; }

work="$(mktemp -d -t hvmon-server-load.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

export HVMON_BENCH_PASSWORD="Bench-Pa55w0rd-$$"
rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }
hwm_kb() { awk '/^VmHWM:/ { print $2 }' "/proc/$1/status"; }
wait_for() { # URL STATUS SECONDS
  local deadline=$(( $(date +%s) + $3 ))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" = "$2" ]; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.2
  done
}
result() { [ -z "${RESULT:-}" ] || echo "label=$LABEL $*" >> "$RESULT"; }

echo "server-load [$LABEL]: $VMS VMs, wrk -t$THREADS -c$CONNS -d${DURATION}s, $ROUNDS rounds; hvmon: ${hvmon_cmd[*]}"
"$JAVA" -jar "$JAR" simulate --address 127.0.0.1 --port "$SIM_PORT" --vms "$VMS" --auth negotiate --user monitor \
  --password-env HVMON_BENCH_PASSWORD > "$work/simulate.log" 2>&1 &
pids+=($!)
for _ in $(seq 600); do grep -q "Press Ctrl+C" "$work/simulate.log" 2>/dev/null && break; sleep 0.1; done
grep -q "Press Ctrl+C" "$work/simulate.log" || { echo "server-load: the simulator did not start" >&2; cat "$work/simulate.log" >&2; exit 1; }

config() { # PORT
  printf '{ "listen": { "address": "127.0.0.1", "port": %d },\n  "collection": { "interval_seconds": %d, "timeout_seconds": 10 },\n' "$1" "$INTERVAL"
  printf '  "hosts": [ { "name": "hv01", "url": "http://127.0.0.1:%d/wsman", "auth": "negotiate", "user": "monitor", "password_env": "HVMON_BENCH_PASSWORD" } ] }\n' "$SIM_PORT"
}
config "$API_PORT" > "$work/config.json"
config "$START_PORT" > "$work/config-start.json"

"${hvmon_cmd[@]}" serve --config "$work/config.json" > "$work/serve.log" 2>&1 &
serve_pid=$!; pids+=("$serve_pid")
wait_for "http://127.0.0.1:$API_PORT/readyz" 200 120 || { echo "server-load: hvmon serve not ready" >&2; tail "$work/serve.log" >&2; exit 1; }

# nginx serves the bytes hvmon serves, as static files with hvmon's content type, keep-alive like wrk's.
mkdir -p "$work/nginx/html/hvm"
for endpoint in replicas vms; do
  curl -fsS "http://127.0.0.1:$API_PORT/hvm/$endpoint" -o "$work/nginx/html/hvm/$endpoint"
done
cat > "$work/nginx/nginx.conf" <<NGINX
worker_processes $(nproc);
$( [ "$(id -u)" -eq 0 ] && echo "user root;" )
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  keepalive_requests 1000000;
  types { }
  default_type "application/json; charset=utf-8";
  client_body_temp_path $work/nginx/tmp; proxy_temp_path $work/nginx/tmp; fastcgi_temp_path $work/nginx/tmp;
  uwsgi_temp_path $work/nginx/tmp; scgi_temp_path $work/nginx/tmp;
  server { listen 127.0.0.1:$NGINX_PORT; root $work/nginx/html; }
}
NGINX
mkdir -p "$work/nginx/tmp"
"$NGINX" -c "$work/nginx/nginx.conf" -p "$work/nginx"
wait_for "http://127.0.0.1:$NGINX_PORT/hvm/vms" 200 10 || { echo "server-load: nginx did not start" >&2; cat "$work/nginx/error.log" >&2; exit 1; }

bench() { # URL -> "requests_per_s errors"
  wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency "$1" > "$work/wrk.txt" 2>&1 || true
  awk '/Requests\/sec:/ { rps = $2 } /Non-2xx/ { e += $NF } /Socket errors/ { gsub(",", ""); e += $4 + $6 + $8 + $10 }
       END { printf "%.0f %d\n", rps, e }' "$work/wrk.txt"
}

echo
printf '%-14s %12s %12s %8s %s\n' endpoint "hvmon req/s" "nginx req/s" ratio "bytes (hvmon errors, nginx errors)"
for endpoint in replicas vms; do
  bytes="$(stat -c %s "$work/nginx/html/hvm/$endpoint")"
  for round in $(seq "$ROUNDS"); do
    read -r h herr <<< "$(bench "http://127.0.0.1:$API_PORT/hvm/$endpoint")"
    read -r n nerr <<< "$(bench "http://127.0.0.1:$NGINX_PORT/hvm/$endpoint")"
    ratio="$(awk -v a="$h" -v b="$n" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')"
    printf '%-14s %12s %12s %8s %s\n' "/hvm/$endpoint" "$h" "$n" "${ratio}x" "$bytes ($herr, $nerr)"
    result "endpoint=/hvm/$endpoint round=$round bytes=$bytes hvmon_rps=$h nginx_rps=$n ratio=$ratio hvmon_errors=$herr nginx_errors=$nerr"
  done
done
rss="$(rss_kb "$serve_pid")"; hwm="$(hwm_kb "$serve_pid")"
echo
echo "hvmon serve after the load: RSS $((rss / 1024)) MiB (peak $((hwm / 1024)) MiB)"
result "rss_kb=$rss rss_peak_kb=$hwm"

# Start-up: from exec to the first /healthz 200, STARTS times, each a fresh process (the simulator keeps running).
starts=()
for i in $(seq "$STARTS"); do
  t0="$(date +%s%N)"
  "${hvmon_cmd[@]}" serve --config "$work/config-start.json" > "$work/start.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$START_PORT/healthz"; do
    kill -0 "$pid" 2>/dev/null || { echo "server-load: serve died at start" >&2; cat "$work/start.log" >&2; exit 1; }
    sleep 0.005
  done
  t1="$(date +%s%N)"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  starts+=("$(( (t1 - t0) / 1000000 ))")
done
read -r smin smed smax <<< "$(printf '%s\n' "${starts[@]}" | sort -n | awk '{ a[NR] = $1 } END { print a[1], a[int((NR + 1) / 2)], a[NR] }')"
echo "start to first /healthz 200: median ${smed} ms (min ${smin}, max ${smax}; $STARTS starts)"
result "start_ms_median=$smed start_ms_min=$smin start_ms_max=$smax"

# `hvmon query` against pywinrm, whole processes: the same WQL over the same NTLM + encrypted connection kind.
wql="SELECT * FROM Msvm_ComputerSystem"
export OPENSSL_CONF="$here/src/main/resources/bench/openssl-legacy.cnf"
export EP="http://127.0.0.1:$SIM_PORT/wsman" WSUSER=monitor WSPASS="$HVMON_BENCH_PASSWORD" WQL="$wql" WARMUP=0 REPS=1
hyperfine --style basic --warmup 2 --runs "$QUERY_RUNS" --export-json "$work/query.json" \
  -n "hvmon query" "${hvmon_cmd[*]} query --url $EP --user monitor --password-env HVMON_BENCH_PASSWORD '$wql' > /dev/null" \
  -n "pywinrm" "/usr/bin/python3 $here/src/main/resources/bench/pywinrm_bench.py > /dev/null" > "$work/hyperfine.txt" 2>&1 \
  || { cat "$work/hyperfine.txt" >&2; exit 1; }
read -r q p <<< "$(/usr/bin/python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"]; print(r[0]["median"]*1000, r[1]["median"]*1000)' "$work/query.json")"
qratio="$(awk -v a="$q" -v b="$p" 'BEGIN { printf "%.2f", a / b }')"
printf '%s, whole process, median of %d: hvmon query %.0f ms, pywinrm %.0f ms: %sx\n' "$wql" "$QUERY_RUNS" "$q" "$p" "$qratio"
result "query_ms=$q pywinrm_ms=$p query_ratio=$qratio"
echo "other load meanwhile: load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
