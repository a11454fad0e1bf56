#!/usr/bin/env bash
# Entry point of the worker image (/usr/local/bin/omo-entrypoint, run under tini).
# - With arguments (`docker run image cmd…`): execs them, nothing else (fast: used as a benchmark baseline).
# - Without: starts a tmux server holding the worker's session omo-worker-${ORCH_WORKER_DOMAIN:-worker}
#   (window 0 follows $ORCH_WORKER_LOG when set, else shows a banner and a shell), then sleeps until
#   SIGTERM/SIGINT, on which it kills the tmux server and exits 0 at once (so `docker stop -t 2` is quick).
# The runtime runs the agent in that session with `docker exec … tmux …`.
set -euo pipefail

# A container run with an arbitrary --user uid:gid that has no passwd entry gets HOME=/ from Docker: use the
# shared /home/worker (mode 1777) instead, or a private dir under /tmp when that is not writable.
if [ -z "${HOME:-}" ] || [ "$HOME" = / ] || [ ! -w "$HOME" ]; then
  if [ -w /home/worker ]; then
    export HOME=/home/worker
  else
    HOME="/tmp/home-$(id -u)"
    export HOME
    mkdir -p "$HOME"
  fi
fi

if [ "$#" -gt 0 ]; then
  exec "$@"
fi

session="omo-worker-${ORCH_WORKER_DOMAIN:-worker}"
sleeper=""

stop() {
  trap - TERM INT HUP
  tmux kill-server 2>/dev/null || true
  [ -n "$sleeper" ] && kill "$sleeper" 2>/dev/null
  exit 0
}
trap stop TERM INT HUP

if [ -n "${ORCH_WORKER_LOG:-}" ]; then
  mkdir -p "$(dirname "$ORCH_WORKER_LOG")" 2>/dev/null || true
  window0=(tail -n +1 -F -- "$ORCH_WORKER_LOG")
else
  # shellcheck disable=SC2016  # expanded by the inner shell
  window0=(bash -c 'printf "%s\n" "$1" "" && exec bash' banner
    "$session (plan ${ORCH_PLAN_ID:-none}, depth ${ORCH_DEPTH:-0}): ready")
fi
tmux new-session -d -s "$session" -x 200 -y 50 "${window0[@]}"

# Sleep without polling; `wait` returns as soon as a trapped signal arrives.
while :; do
  sleep infinity &
  sleeper=$!
  wait "$sleeper" || true
done
