#!/usr/bin/env bash
# Checks the Linux release archive as a machine without Java would run it: unpacked in a new folder, started with an
# environment whose PATH has no java and no JAVA_HOME (env -i), it prints its version on its bundled runtime, uses its
# start-up cache there, checks config.example.json, serves the demo (/healthz, /readyz, /hvm/replicas) and stops on
# SIGTERM with exit code 0, and logs on with Kerberos as far as the KDC. Then the systemd unit: systemd-analyze verify, and its security exposure (at most 2.0).
# usage: check-release.sh hvmon-VERSION-linux-x64.tar.gz
set -euo pipefail

archive="$(readlink -f "$1")"
work="$(mktemp -d)"
demo=""
cleanup() {
  if [ -n "$demo" ] && kill -0 "$demo" 2>/dev/null; then kill -KILL "$demo" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

passed=0
pass() { passed=$((passed + 1)); printf 'ok    %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1"; [ -z "${2:-}" ] || printf '%s\n' "$2" | sed 's/^/      /'; exit 1; }

# Unpacked under another name than the one it was built under, as an installation would be (/opt/hvmon).
tar -xzf "$archive" -C "$work"
mv "$work"/hvmon-*-linux-x64 "$work/hvmon"
home="$work/hvmon"

# A PATH with the few tools bin/hvmon uses, and no java.
tools="$work/tools"
mkdir -p "$tools"
for tool in bash env readlink; do ln -s "$(command -v "$tool")" "$tools/$tool"; done
bare=(env -i "PATH=$tools" "HOME=$work")
if "${bare[@]}" bash -c 'command -v java' >/dev/null 2>&1; then fail "the bare environment has no java"; fi
pass "the bare environment has no java on its PATH and no JAVA_HOME"

version="$("${bare[@]}" "$home/bin/hvmon" --version 2>&1)" || fail "bin/hvmon --version" "$version"
printf '%s\n' "$version" | grep -q '^hvmon ' && printf '%s\n' "$version" | grep -q "^Java " ||
  fail "bin/hvmon --version prints hvmon's and Java's versions" "$version"
pass "bin/hvmon --version: $(printf '%s' "$version" | tr '\n' ';' | sed 's/;$//; s/;/; /')"

if [ -f "$home/lib/hvmon.aot" ]; then
  aot="$("${bare[@]}" HVMON_JAVA_OPTS=-Xlog:aot "$home/bin/hvmon" --version 2>&1)" || true
  printf '%s\n' "$aot" | grep -q 'Using AOT-linked classes: true' ||
    fail "the start-up cache is used where the archive was unpacked" "$(printf '%s\n' "$aot" | tail -n 20)"
  pass "the start-up cache (lib/hvmon.aot) is used where the archive was unpacked"
fi

check="$("${bare[@]}" "$home/bin/hvmon" config check "$home/config.example.json" 2>&1)" ||
  fail "config.example.json is a valid config" "$check"
pass "config.example.json is a valid config"

# What the background command $demo prints to PREFIX.out that the sed expression picks, waited for up to 30 s.
# usage: printed PREFIX SED-EXPRESSION WHAT
printed() {
  local found=""
  for _ in $(seq 1 300); do
    found="$(sed -n "$2" "$1.out" | head -n 1)"
    [ -n "$found" ] && break
    kill -0 "$demo" 2>/dev/null || fail "$3 serves" "$(cat "$1.err")" >&2 # from a $(...): to stderr
    sleep 0.1
  done
  [ -n "$found" ] || fail "$3 serves within 30 s" "$(cat "$1.err")" >&2
  printf '%s' "$found"
}

# The demo on a free port (the demo prints it), asked over bash's /dev/tcp.
"${bare[@]}" "$home/bin/hvmon" demo --port 0 --vms 6 >"$work/demo.out" 2>"$work/demo.err" &
demo=$!
port="$(printed "$work/demo" 's|.*start page  http://127\.0\.0\.1:\([0-9][0-9]*\)/.*|\1|p' "the demo")"
status() {
  local code=""
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 0
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$1" >&3
  IFS=' ' read -r _ code _ <&3 || true
  cat <&3 >/dev/null || true
  exec 3<&-
  printf '%s' "$code"
}
[ "$(status /healthz)" = 200 ] || fail "the demo answers /healthz with 200"
for _ in $(seq 1 300); do [ "$(status /readyz)" = 200 ] && break; sleep 0.1; done
[ "$(status /readyz)" = 200 ] && [ "$(status /hvm/replicas)" = 200 ] ||
  fail "the demo's first collection: /readyz and /hvm/replicas 200" "$(cat "$work/demo.err")"
pass "the demo on port $port: /healthz, /readyz and /hvm/replicas answer 200"

kill -TERM "$demo"
code=0
wait "$demo" || code=$?
demo=""
[ "$code" = 0 ] && grep -q 'stopped' "$work/demo.err" || fail "SIGTERM stops the demo with exit code 0 (got $code)" "$(tail -n 5 "$work/demo.err")"
pass "SIGTERM stops the demo cleanly, exit code 0"

# Kerberos in the bundled runtime: a logon to a simulated host reaches for the KDC (here a closed port), which it
# cannot unless JAAS finds Krb5LoginModule (a module jdeps does not see).
printf 'pw\n' >"$work/password"
chmod 600 "$work/password"
printf '[libdefaults]\n default_realm = EXAMPLE.TEST\n dns_lookup_kdc = false\n udp_preference_limit = 1\n[realms]\n EXAMPLE.TEST = {\n  kdc = 127.0.0.1:9\n }\n' >"$work/krb5.conf"
"${bare[@]}" "$home/bin/hvmon" simulate --port 0 --vms 1 --password-file "$work/password" >"$work/sim.out" 2>"$work/sim.err" &
demo=$!
url="$(printed "$work/sim" 's|.*\(http://127\.0\.0\.1:[0-9][0-9]*/wsman\).*|\1|p' "hvmon simulate")"
logon="$("${bare[@]}" "$home/bin/hvmon" query --url "$url" --auth kerberos --user monitor@EXAMPLE.TEST \
  --password-file "$work/password" --krb5-conf "$work/krb5.conf" "SELECT Name FROM Msvm_ComputerSystem" 2>&1)" || true
kill -TERM "$demo"
wait "$demo" || true
demo=""
printf '%s\n' "$logon" | grep -q 'no KDC of the realm answered' ||
  fail "a Kerberos logon in the bundled runtime reaches for the KDC" "$logon"
pass "a Kerberos logon in the bundled runtime reaches for the KDC (Krb5LoginModule is there)"

# The systemd unit, in a root of its own where the archive sits at /opt/hvmon as the unit expects.
if command -v systemd-analyze >/dev/null 2>&1; then
  root="$work/root"
  mkdir -p "$root/opt" "$root/etc/systemd/system" "$root/usr/lib/systemd"
  cp -a "$home" "$root/opt/hvmon"
  cp "$home/systemd/hvmon.service" "$root/etc/systemd/system/"
  cp -a /usr/lib/systemd/system "$root/usr/lib/systemd/"
  verify="$(systemd-analyze verify --root="$root" hvmon.service 2>&1)" || fail "systemd-analyze verify hvmon.service" "$verify"
  [ -z "$verify" ] || fail "systemd-analyze verify hvmon.service says nothing" "$verify"
  pass "systemd-analyze verify hvmon.service"
  security="$(systemd-analyze security --offline=true --root="$root" hvmon.service 2>&1)" || true
  exposure="$(printf '%s\n' "$security" | sed -n 's/.*Overall exposure level for hvmon.service: \([0-9.]*\).*/\1/p')"
  [ -n "$exposure" ] && awk -v e="$exposure" 'BEGIN { exit !(e <= 2.0) }' ||
    fail "systemd-analyze security: exposure at most 2.0" "$(printf '%s\n' "$security" | grep -v '✓' | tail -n 20)"
  pass "systemd-analyze security: exposure $exposure ($(printf '%s\n' "$security" | grep -o 'exposure level.*' | sed 's/.*: [0-9.]* //'))"
else
  echo "skip  the systemd unit: no systemd-analyze (Debian package systemd)"
fi

echo "$passed passed, 0 failed"
