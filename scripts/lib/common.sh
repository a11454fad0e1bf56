# shellcheck shell=bash
# Helpers shared by scripts/setup-host.sh, scripts/docker-setup.sh and scripts/registry-setup.sh: messages,
# root check, an idempotent "install these Debian packages if their commands are missing" step (apt-get
# update at most once), and starting a daemon detached and waiting for it.

say() { printf '%s\n' "$*"; }
warn() { printf '%s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

is_root() { [ "$(id -u)" -eq 0 ]; }

_APT_UPDATED=0
# Runs a command with its output kept aside; shows it only when the command fails.
quietly() {
  local log rc=0
  log=$(mktemp)
  "$@" >"$log" 2>&1 || rc=$?
  [ "$rc" -eq 0 ] || cat "$log" >&2
  rm -f "$log"
  return "$rc"
}

apt_update_once() {
  if [ "$_APT_UPDATED" -eq 0 ]; then
    quietly env DEBIAN_FRONTEND=noninteractive apt-get update -q || die "apt-get update failed"
    _APT_UPDATED=1
  fi
}

# apt_install PKG... : non-interactive, quiet (output shown only on failure), no recommends.
apt_install() {
  command -v apt-get >/dev/null 2>&1 || die "apt-get not found: install $* with this system's package manager"
  apt_update_once
  quietly env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    -o Dpkg::Use-Pty=0 "$@" || die "apt-get install $* failed"
}

# missing_packages "cmd:pkg" ... : echoes the packages whose command (or, for a path, file) is missing.
missing_packages() {
  local spec cmd pkg out=()
  for spec in "$@"; do
    cmd=${spec%%:*}
    pkg=${spec#*:}
    if [[ $cmd == /* ]]; then
      [ -e "$cmd" ] && continue
    else
      command -v "$cmd" >/dev/null 2>&1 && continue
    fi
    out+=("$pkg")
  done
  [ "${#out[@]}" -eq 0 ] || printf '%s\n' "${out[@]}"
}

# ensure_tools LABEL "cmd:pkg" ... : installs what is missing when root, else explains and exits 1.
ensure_tools() {
  local label=$1
  shift
  local pkgs=()
  mapfile -t pkgs < <(missing_packages "$@")
  [ "${#pkgs[@]}" -gt 0 ] || return 0
  if ! is_root; then
    die "$label: missing ${pkgs[*]}; install as root: apt-get install -y ${pkgs[*]}"
  fi
  apt_install "${pkgs[@]}"
  say "$label: installed ${pkgs[*]}"
}

# Timing with tenths of a second: t0=$(now); …; echo "took $(since "$t0")".
now() { date +%s.%N; }
since() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1fs", e - s }'; }

# start_detached LOG CMD... : starts CMD in a session of its own, output appended to LOG, holding no descriptor
# of this shell (the lock, a caller's pipes), so callers that wait for their child's pipes to close are not
# held up by the daemon. Sets DETACHED_PID.
start_detached() {
  local log=$1
  shift
  mkdir -p "$(dirname "$log")"
  (
    for fd in /proc/"$BASHPID"/fd/*; do
      fd=${fd##*/}
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-"; fi
    done
    exec setsid "$@"
  ) </dev/null >>"$log" 2>&1 &
  DETACHED_PID=$!
}

# await_daemon LABEL PID LOG SECONDS CHECK... : polls CHECK until it succeeds; when PID exits, or SECONDS pass
# first, shows the last lines of LOG and exits 1.
await_daemon() {
  local label=$1 pid=$2 log=$3 wait=$4 start=$SECONDS
  shift 4
  until "$@"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      warn "$label exited; last lines of $log:"
      tail -n 20 "$log" >&2 || true
      exit 1
    fi
    if [ $((SECONDS - start)) -ge "$wait" ]; then
      warn "$label (pid $pid) did not answer within ${wait}s; last lines of $log:"
      tail -n 20 "$log" >&2 || true
      exit 1
    fi
    sleep 0.2
  done
}
