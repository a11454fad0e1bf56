#!/usr/bin/env bash
# A real image registry on 127.0.0.1 for the tests that pull "the release image" (Debian's docker-registry
# package: the distribution registry, storage on disk), idempotently, like scripts/docker-setup.sh:
#   1. uses a registry that already answers at $ORCH_REGISTRY_ADDR;
#   2. else installs docker-registry (as root) when missing, and starts `docker-registry serve` detached with
#      its own config (bound to 127.0.0.1 only, deletes allowed so tests remove what they push), after a
#      garbage collection of what earlier tests deleted; then waits until /v2/ answers.
# Docker treats 127.0.0.1:<port> as an insecure registry by default: push and pull need no TLS.
# Env: ORCH_REGISTRY_ADDR (127.0.0.1:5055), ORCH_REGISTRY_DIR (storage and config; /var/lib/orchestrate-registry
# as root, else ~/.local/state/orchestrate-registry), ORCH_REGISTRY_WAIT (30 s).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/lib/common.sh
. "$here/lib/common.sh"

ADDR=${ORCH_REGISTRY_ADDR:-127.0.0.1:5055}
if is_root; then
  DIR=${ORCH_REGISTRY_DIR:-/var/lib/orchestrate-registry}
else
  DIR=${ORCH_REGISTRY_DIR:-${XDG_STATE_HOME:-$HOME/.local/state}/orchestrate-registry}
fi
WAIT=${ORCH_REGISTRY_WAIT:-30}
case "$ADDR" in
  127.0.0.1:* | localhost:*) ;;
  *) die "registry: ORCH_REGISTRY_ADDR=$ADDR must be 127.0.0.1:<port> (tests push without TLS)" ;;
esac

# One setup at a time on this machine (test runs may start together).
mkdir -p "$DIR"
exec 9>"$DIR/setup.lock"
flock 9

answers() { curl -fsS -m 2 -o /dev/null "http://$ADDR/v2/" 2>/dev/null; }

ensure_tools "registry" curl:curl
if answers; then
  say "registry: already running at $ADDR"
  exit 0
fi

if ! command -v docker-registry >/dev/null 2>&1; then
  ensure_tools "registry" docker-registry:docker-registry
  # The package starts its own service (open on :5000, all interfaces) where systemd runs: this script
  # installed it only for its own instance below, so that one is turned off again.
  if [ -d /run/systemd/system ] && systemctl is-active --quiet docker-registry 2>/dev/null; then
    systemctl disable --now docker-registry >/dev/null 2>&1 || true
    say "registry: stopped the packaged docker-registry service (this script runs its own on $ADDR)"
  fi
fi

cat >"$DIR/config.yml" <<CONFIG
# Written by scripts/registry-setup.sh: a registry for tests, on 127.0.0.1 only.
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $DIR/storage
  delete:
    enabled: true
http:
  addr: $ADDR
CONFIG

# Tests delete their manifests when done; the registry's API cannot delete a repository, and layers only go
# in a garbage collection, which needs the registry stopped: both happen here, before it starts.
repos=$DIR/storage/docker/registry/v2/repositories
if [ -d "$repos" ]; then
  find "$repos" -type d -name _manifests -prune -print | while read -r manifests; do
    if [ -z "$(ls -A "$manifests/tags" 2>/dev/null)" ]; then rm -rf "$(dirname "$manifests")"; fi
  done
  quietly docker-registry garbage-collect --delete-untagged "$DIR/config.yml" ||
    warn "registry: garbage collection failed (harmless; storage in $DIR/storage)"
fi

log=$DIR/registry.log
t0=$(now)
start_detached "$log" docker-registry serve "$DIR/config.yml"
pid=$DETACHED_PID
echo "$pid" >"$DIR/registry.pid"
await_daemon "registry: docker-registry" "$pid" "$log" "$WAIT" answers
say "registry: started docker-registry at $ADDR (pid $pid, storage $DIR/storage, log $log) in $(since "$t0")"
