#!/usr/bin/env bash
# Builds hvmon's Linux release, hvmon-VERSION-linux-x64.tar.gz, from a built hvmon.jar. Run by Maven:
#   mvn -B -Prelease -DskipTests package        (module hvmon-dist; the archive lands in hvmon-dist/target/)
# In order:
#  1. finds a JDK 21+ with jdeps and jlink: --jdk, else JAVA_HOME, else the newest in the usual folders (Java 25+ makes
#     an AOT cache, older ones an AppCDS archive);
#  2. asks jdeps which JDK modules the jar uses, drops the AWT ones (only JNA's GUI helpers use them, and JNA is for the
#     Windows agent), adds jdk.crypto.ec where the JDK has it (EC keys and ECDHE on Java 21), and jlinks a runtime;
#  3. checks with jdeps that every class of the jar links against that runtime (apart from JNA's, used on Windows only);
#  4. lays out bin/hvmon, lib/ (the jar, jvm.options), runtime/, systemd/hvmon.service, config.example.json, README.txt;
#  5. checks that bin/hvmon runs and that config.example.json is a valid config;
#  6. makes the start-up cache with that runtime (packaging/train-startup-cache) and checks that the JVM uses it;
#  7. tars it, and writes SHA256SUMS.txt.
# usage: build-release.sh --jar hvmon.jar --version 0.1.0-SNAPSHOT --out DIR [--jdk JAVA_HOME]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
packaging="$(dirname "$here")"

jar="" version="" out="" jdk=""
while [ "$#" -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --jdk) jdk="$2"; shift 2 ;;
    *) echo "build-release.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$jar" ] && [ -n "$version" ] && [ -n "$out" ] || {
  echo "usage: build-release.sh --jar hvmon.jar --version VERSION --out DIR [--jdk JAVA_HOME]" >&2
  exit 2
}
[ -f "$jar" ] || { echo "build-release.sh: no $jar (build hvmon-app first)" >&2; exit 1; }

step() { printf '\n==> %s\n' "$*"; }

feature_of() { sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release" 2>/dev/null | head -n 1; }
usable_jdk() {
  local v
  v="$(feature_of "$1")"
  [ -n "$v" ] && [ "$v" -ge 21 ] && [ -x "$1/bin/jlink" ] && [ -x "$1/bin/jdeps" ]
}

# --- 1. the JDK -------------------------------------------------------------------------------------------------------
if [ -n "$jdk" ]; then
  usable_jdk "$jdk" || { echo "build-release.sh: --jdk $jdk is not a JDK 21+ with jlink and jdeps" >&2; exit 1; }
elif [ -n "${JAVA_HOME:-}" ] && usable_jdk "$JAVA_HOME"; then
  jdk="$JAVA_HOME"
else
  best=0
  for home in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$home" ] && usable_jdk "$home" || continue
    v="$(feature_of "$home")"
    if [ "$v" -gt "$best" ]; then jdk="$home"; best="$v"; fi
  done
fi
[ -n "$jdk" ] || { echo "build-release.sh: no JDK 21+ with jlink found: pass --jdk or set JAVA_HOME" >&2; exit 1; }
feature="$(feature_of "$jdk")"

release_version="${version%%-*}" # 0.1.0-SNAPSHOT gives 0.1.0, as the Windows release names itself
name="hvmon-$release_version-linux-x64"
work="$out/linux-release"
stage="$work/$name"
archive="$out/$name.tar.gz"
step "hvmon $release_version (Maven $version) with $jdk (Java $feature) into $archive"
rm -rf "$work" "$archive"
mkdir -p "$stage/bin" "$stage/lib" "$stage/systemd"

# --- 2. the runtime ---------------------------------------------------------------------------------------------------
step "2. jlink a runtime"
# -s gives the modules the jar's classes use directly (--print-module-deps would keep java.desktop and hide java.xml).
mapfile -t used < <("$jdk/bin/jdeps" -s --multi-release "$feature" --ignore-missing-deps "$jar" |
  sed -n 's/.*->[[:space:]]*\(\(java\|jdk\)\.[A-Za-z0-9.]*\)[[:space:]]*$/\1/p' | sort -u)
printf '%s\n' "${used[@]}" | grep -qx java.base || { echo "jdeps found no modules in $jar" >&2; exit 1; }
modules=()
for module in "${used[@]}"; do
  case "$module" in
    java.desktop | java.datatransfer) echo "  - $module (only JNA's GUI helpers use it)" ;;
    *) echo "  + $module (jdeps)"; modules+=("$module") ;;
  esac
done
# Kerberos needs two modules that jdeps cannot see: JAAS loads Krb5LoginModule by its name, and the JDK finds a realm's
# KDCs in DNS (dns_lookup_kdc, as Active Directory has it) through the JNDI DNS provider.
echo "  + jdk.security.auth (Krb5LoginModule: Kerberos logons, loaded by name through JAAS)"
echo "  + jdk.naming.dns (JNDI DNS: a realm's KDCs from DNS SRV records, dns_lookup_kdc)"
modules+=(jdk.security.auth jdk.naming.dns)
if "$jdk/bin/java" --list-modules | grep -q '^jdk\.crypto\.ec@'; then
  echo "  + jdk.crypto.ec (SunEC on Java 21: EC keys and ECDHE for TLS; empty from Java 22 on)"
  modules+=(jdk.crypto.ec)
fi
module_list="$(IFS=,; printf '%s' "${modules[*]}")"
jlink_options=(--add-modules "$module_list" --strip-debug --no-header-files --no-man-pages --compress=zip-6)
# Before Java 25 the start-up cache is an AppCDS archive, which builds on the runtime's own CDS archive.
[ "$feature" -ge 25 ] || jlink_options+=(--generate-cds-archive)
"$jdk/bin/jlink" "${jlink_options[@]}" --output "$stage/runtime"
echo "runtime: $(du -sh "$stage/runtime" | cut -f1) ($module_list)"

# --- 3. does every class link against it? -----------------------------------------------------------------------------
step "3. check the jar against the runtime"
missing="$("$jdk/bin/jdeps" --system "$stage/runtime" -verbose:class --multi-release "$feature" "$jar" |
  sed -n 's/^[[:space:]]\{1,\}\([^[:space:]]\{1,\}\)[[:space:]]*->[[:space:]]*\([^[:space:]]\{1,\}\)[[:space:]]\{1,\}not found[[:space:]]*$/\1 -> \2/p')"
# JNA (only the Windows agent uses it) refers to AWT and to its own Unix and macOS helpers, left out of the jar.
unexpected="$(printf '%s\n' "$missing" | grep -v '^$' | grep -v '^com\.sun\.jna\.' || true)"
if [ -n "$unexpected" ]; then
  printf '%s\n' "$unexpected" | head -n 40
  echo "build-release.sh: class references of hvmon.jar missing from the runtime: add their modules" >&2
  exit 1
fi
echo "ok: every class links, except $(printf '%s\n' "$missing" | grep -c . || true) references of JNA's (Windows only) to AWT and its Unix helpers"

# --- 4. the layout ----------------------------------------------------------------------------------------------------
step "4. lay out $name/"
cp -p "$jar" "$stage/lib/hvmon.jar" # -p: the start-up cache is tied to the jar's time and size
cp "$packaging/jvm.options" "$packaging/jvm-options.sh" "$stage/lib/"
install -m 755 "$here/hvmon" "$stage/bin/hvmon"
cp "$here/hvmon.service" "$stage/systemd/"
cp "$here/config.example.json" "$stage/"
sed "s/@VERSION@/$release_version/g" "$here/README.txt" >"$stage/README.txt"

# --- 5. does it run? --------------------------------------------------------------------------------------------------
step "5. check bin/hvmon"
"$stage/bin/hvmon" --version
"$stage/bin/hvmon" config check "$stage/config.example.json"

# --- 6. the start-up cache --------------------------------------------------------------------------------------------
step "6. the start-up cache (a training run of serve, reading a simulated host, with this runtime)"
# shellcheck source=../jvm-options.sh
. "$packaging/jvm-options.sh"
HVMON_HEAP="" HVMON_JAVA_OPTS="" read_jvm_options "$packaging/jvm.options"
cache="$("$packaging/train-startup-cache" "$stage/runtime" "$stage/lib/hvmon.jar" "$stage/lib" "${jvm_options[@]}")"
echo "cache: $cache ($(du -h "$cache" | cut -f1))"
if [ "$feature" -ge 25 ]; then
  HVMON_JAVA_OPTS=-Xlog:aot "$stage/bin/hvmon" --version | grep 'Using AOT-linked classes: true' ||
    { echo "build-release.sh: the JVM does not use $cache" >&2; exit 1; }
fi

# --- 7. the archive ---------------------------------------------------------------------------------------------------
step "7. $name.tar.gz"
tar -C "$work" --owner=0 --group=0 --numeric-owner -czf "$archive" "$name"
(cd "$out" && sha256sum "$name.tar.gz" >SHA256SUMS.txt)
echo "$archive: $(du -h "$archive" | cut -f1) (unpacked $(du -sh "$stage" | cut -f1): runtime $(du -sh "$stage/runtime" | cut -f1), lib $(du -sh "$stage/lib" | cut -f1))"
