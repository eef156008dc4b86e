# Sourced by hvmon's bash launchers (./hvmon, the Linux release's bin/hvmon) and the start-up cache training.
# read_jvm_options FILE fills the array jvm_options with FILE's options (see jvm.options; [linux] lines on Linux
# only), HVMON_HEAP in place of its -Xmx, and the array extra_options with the words of HVMON_JAVA_OPTS (to be passed
# after all others, so that they win). Exits 2 on a HVMON_HEAP that is no heap size.
read_jvm_options() {
  local file="$1" line option
  jvm_options=()
  if [ -n "${HVMON_HEAP:-}" ] && ! [[ "$HVMON_HEAP" =~ ^[0-9]+[kKmMgG]$ ]]; then
    printf 'hvmon: HVMON_HEAP=%s is not a heap size such as 64m or 1g\n' "$HVMON_HEAP" >&2
    exit 2
  fi
  while IFS= read -r line || [ -n "$line" ]; do
    option="${line%%#*}"
    option="${option//[[:space:]]/}"
    if [[ "$option" == "[linux]"* ]]; then
      [[ "${OSTYPE:-}" == linux* ]] || continue
      option="${option#\[linux\]}"
    fi
    [ -n "$option" ] || continue
    if [ -n "${HVMON_HEAP:-}" ] && [[ "$option" == -Xmx* ]]; then
      option="-Xmx$HVMON_HEAP"
    fi
    jvm_options+=("$option")
  done <"$file"
  # HVMON_JAVA_OPTS apart, so that a launcher can put its own (the start-up cache's) between the file's and the user's.
  extra_options=()
  if [ -n "${HVMON_JAVA_OPTS:-}" ]; then
    read -r -a extra_options <<<"$HVMON_JAVA_OPTS"
  fi
}
