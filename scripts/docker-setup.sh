#!/usr/bin/env bash
# npm run docker:setup — makes a Docker engine reachable and builds the worker image, idempotently.
#   1. engine: uses a running engine; else, as root, installs Debian's docker.io if dockerd is missing and starts
#      dockerd detached (log + pidfile), waiting until `docker info` answers.
#   2. base image: the Dockerfile's ARG BASE_IMAGE (node:24-bookworm-slim). Used if present, else pulled
#      (time-boxed); where no registry is reachable it is built locally: debootstrap bookworm from the host's
#      Debian mirror + Node and npm from the npm registry, then `docker import`. Cached by tag.
#   3. worker image: `orchestrate image --build` with the committed bundle (dist/cli/index.js), the image
#      resolver's build step (src/runtime/image/): docker/Dockerfile with the repo root as context, tagged
#      $ORCH_WORKER_IMAGE, else $ORCH_BUILD_IMAGE, else orchestrate-action-worker:latest; skipped when its hash
#      label matches what it would be built from.
# One line per step says what was done. Env: ORCH_WORKER_IMAGE, ORCH_BUILD_IMAGE, ORCH_BASE_IMAGE,
# ORCH_DEBIAN_MIRROR, ORCH_DOCKERD_ARGS, ORCH_DOCKERD_LOG, ORCH_DOCKERD_WAIT (60 s), ORCH_PULL_TIMEOUT (60 s; no
# registry fails at once), ORCH_NO_HOST_CA=1, ORCH_FORCE_BUILD=1, ORCH_VERBOSE=1 (stream the build output).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
# shellcheck source=scripts/lib/common.sh
. "$here/lib/common.sh"

DOCKERFILE=$root/docker/Dockerfile
DOCKERD_LOG=${ORCH_DOCKERD_LOG:-/var/log/orchestrate-dockerd.log}
DOCKERD_PIDFILE=/var/run/docker.pid
DOCKERD_WAIT=${ORCH_DOCKERD_WAIT:-60}

# One setup at a time on this machine (tests may call this concurrently).
lock=${TMPDIR:-/tmp}/orchestrate-docker-setup.$(id -u).lock
exec 9>"$lock"
flock 9

docker_ok() { timeout 10 docker info >/dev/null 2>&1; }

# ---------------------------------------------------------------- 1. engine
ensure_engine() {
  if docker_ok; then
    say "engine: already running ($(docker version -f '{{.Server.Version}}' 2>/dev/null || echo '?'))"
    return
  fi
  command -v docker >/dev/null 2>&1 || is_root || die "engine: no docker client; install docker.io (as root) or run this as root"
  if [ -n "${DOCKER_HOST:-}" ] && [ "${DOCKER_HOST}" != unix:///var/run/docker.sock ]; then
    die "engine: DOCKER_HOST=$DOCKER_HOST does not answer; not starting a local engine for it"
  fi
  if ! is_root; then
    if [ -S /var/run/docker.sock ] && [ ! -w /var/run/docker.sock ]; then
      die "engine: /var/run/docker.sock is not accessible to $(id -un 2>/dev/null || id -u); join its group ($(stat -c %G /var/run/docker.sock)) or run as root"
    fi
    die "engine: no Docker engine reachable and not root; start one (or run: sudo npm run docker:setup)"
  fi
  if ! command -v dockerd >/dev/null 2>&1; then
    apt_install docker.io
    say "engine: installed docker.io"
  fi
  local pid=""
  if [ -s "$DOCKERD_PIDFILE" ] && kill -0 "$(cat "$DOCKERD_PIDFILE")" 2>/dev/null; then
    pid=$(cat "$DOCKERD_PIDFILE")
    say "engine: dockerd already starting (pid $pid), waiting"
  else
    # shellcheck disable=SC2086  # ORCH_DOCKERD_ARGS is a word list on purpose
    start_detached "$DOCKERD_LOG" dockerd --pidfile "$DOCKERD_PIDFILE" ${ORCH_DOCKERD_ARGS:-}
    pid=$DETACHED_PID
  fi
  local t0
  t0=$(now)
  await_daemon "engine: dockerd" "$pid" "$DOCKERD_LOG" "$DOCKERD_WAIT" docker_ok
  say "engine: started dockerd (pid $pid, log: $DOCKERD_LOG) in $(since "$t0")"
}


# ---------------------------------------------------------------- 2. base image
# "uri suite" for every enabled deb entry of the host's apt sources (one-line and deb822 formats).
apt_source_entries() {
  local files=() f
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && files+=("$f")
  done
  [ "${#files[@]}" -gt 0 ] || return 0
  awk '
    function flush(   n, m, i, j, U, S) {
      if (types ~ /(^|[ \t])deb([ \t]|$)/ && enabled != "no") {
        n = split(uris, U, /[ \t]+/); m = split(suites, S, /[ \t]+/)
        for (i = 1; i <= n; i++) for (j = 1; j <= m; j++) if (U[i] != "" && S[j] != "") print U[i], S[j]
      }
      types = uris = suites = enabled = last = ""
    }
    FNR == 1 { flush() }
    FILENAME ~ /\.sources$/ {
      if ($0 ~ /^[ \t]*$/) { flush(); next }
      if ($0 ~ /^#/) next
      if ($0 ~ /^[ \t]/) { if (last == "uris") uris = uris " " $0; else if (last == "suites") suites = suites " " $0; next }
      k = tolower($1); sub(/:$/, "", k); v = $0; sub(/^[^:]*:[ \t]*/, "", v)
      if (k == "types") types = v; else if (k == "uris") uris = v; else if (k == "suites") suites = v
      else if (k == "enabled") enabled = tolower(v)
      last = k; next
    }
    {
      line = $0; sub(/#.*/, "", line); gsub(/\[[^]]*\]/, " ", line); $0 = line
      if ($1 == "deb" && $2 != "" && $3 != "") print $2, $3
    }
    END { flush() }
  ' "${files[@]}"
}

# Debian archive mirror for bookworm: ORCH_DEBIAN_MIRROR, else the host's apt source for bookworm, else any
# host source ending in /debian, else deb.debian.org.
debian_mirror() {
  if [ -n "${ORCH_DEBIAN_MIRROR:-}" ]; then
    printf '%s\n' "$ORCH_DEBIAN_MIRROR"
    return
  fi
  local entries m
  entries=$(apt_source_entries)
  m=$(awk '$2 == "bookworm" { print $1; exit }' <<<"$entries")
  [ -n "$m" ] || m=$(awk '$2 !~ /-(security|updates|backports)$/ && $1 ~ /\/debian\/?$/ { print $1; exit }' <<<"$entries")
  printf '%s\n' "${m:-http://deb.debian.org/debian}"
}

debian_security_mirror() {
  local m
  m=$(apt_source_entries | awk '$2 == "bookworm-security" { print $1; exit }')
  printf '%s\n' "${m:-http://deb.debian.org/debian-security}"
}

base_image_name() {
  if [ -n "${ORCH_BASE_IMAGE:-}" ]; then
    printf '%s\n' "$ORCH_BASE_IMAGE"
    return
  fi
  sed -n 's/^ARG[[:space:]]\{1,\}BASE_IMAGE=\([^[:space:]]*\).*/\1/p' "$DOCKERFILE" | head -n 1
}

image_exists() { docker image inspect "$1" >/dev/null 2>&1; }

BUILD_TMP=""
cleanup_build_tmp() {
  [ -n "$BUILD_TMP" ] && [ -d "$BUILD_TMP" ] || return 0
  # debootstrap may leave /proc or /sys mounted in the rootfs when it fails: unmount before deleting.
  local mnt
  awk -v p="$BUILD_TMP/" 'index($2, p) == 1 { print $2 }' /proc/mounts | sort -r | while read -r mnt; do
    umount -l "$mnt" 2>/dev/null || true
  done
  rm -rf --one-file-system "$BUILD_TMP"
  BUILD_TMP=""
}
trap cleanup_build_tmp EXIT

# Builds "node:<version>-bookworm-slim" from debootstrap + the official Node binary (npm package
# node-linux-<arch>) + npm, laid out like the official image (/usr/local, user node uid 1000).
build_base_image() {
  local tag=$1 nodever=$2 arch npmver mirror secmirror rootfs log t0
  t0=$(now)
  is_root || die "base image: $tag is not present, cannot be pulled, and building it needs root (debootstrap)"
  command -v npm >/dev/null 2>&1 || die "base image: building $tag needs npm on the host (to fetch Node)"
  ensure_tools "base image" debootstrap:debootstrap \
    /usr/share/keyrings/debian-archive-keyring.gpg:debian-archive-keyring
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64) arch=arm64 ;;
    *) die "base image: unsupported architecture $(uname -m)" ;;
  esac
  case "${nodever%%.*}" in
    2[4-9]) npmver=11 ;;
    2[0-3] | 1[89]) npmver=10 ;;
    *) npmver=latest ;;
  esac
  mirror=$(debian_mirror)
  secmirror=$(debian_security_mirror)
  BUILD_TMP=$(mktemp -d /var/tmp/orchestrate-base.XXXXXX)
  rootfs=$BUILD_TMP/rootfs
  log=$BUILD_TMP/build.log
  if ! debootstrap --variant=minbase bookworm "$rootfs" "$mirror" >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    die "base image: debootstrap bookworm from $mirror failed"
  fi

  # Node (official binary) and npm, from the npm registry through the host's npm configuration.
  (cd "$BUILD_TMP" && npm pack --silent "node-linux-$arch@$nodever" "npm@$npmver" >>"$log" 2>&1) ||
    { tail -n 20 "$log" >&2; die "base image: npm pack node-linux-$arch@$nodever npm@$npmver failed"; }
  mkdir -p "$BUILD_TMP/node" "$rootfs/usr/local/lib/node_modules/npm"
  tar -xzf "$BUILD_TMP"/node-linux-"$arch"-*.tgz -C "$BUILD_TMP/node"
  cp -a "$BUILD_TMP/node/package/bin/node" "$rootfs/usr/local/bin/node"
  # (The official image also carries include/node, 67 MB of headers for node-gyp; no compiler here, so left out.)
  tar -xzf "$BUILD_TMP"/npm-*.tgz -C "$rootfs/usr/local/lib/node_modules/npm" --strip-components=1
  ln -s ../lib/node_modules/npm/bin/npm-cli.js "$rootfs/usr/local/bin/npm"
  ln -s ../lib/node_modules/npm/bin/npx-cli.js "$rootfs/usr/local/bin/npx"
  chown -R 0:0 "$rootfs/usr/local"
  local version
  version=$(tar -xzOf "$BUILD_TMP"/node-linux-"$arch"-*.tgz package/package.json | sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' | head -n 1)

  # Like the official image: user node (1000:1000), slim dpkg/apt settings, Debian + security sources.
  groupadd -R "$rootfs" -g 1000 node
  useradd -R "$rootfs" -u 1000 -g node -s /bin/bash -m node
  cat >"$rootfs/etc/dpkg/dpkg.cfg.d/docker-slim" <<'SLIM'
path-exclude /usr/share/doc/*
path-include /usr/share/doc/*/copyright
path-exclude /usr/share/man/*
path-exclude /usr/share/groff/*
path-exclude /usr/share/info/*
path-exclude /usr/share/lintian/*
path-exclude /usr/share/linda/*
path-exclude /usr/share/locale/*
SLIM
  cat >"$rootfs/etc/apt/apt.conf.d/docker-clean" <<'APT'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
Dir::Cache::pkgcache ""; Dir::Cache::srcpkgcache "";
Acquire::Languages "none";
APT::Install-Recommends "false";
APT
  rm -f "$rootfs/etc/apt/sources.list"
  cat >"$rootfs/etc/apt/sources.list.d/debian.sources" <<SOURCES
Types: deb
URIs: $mirror
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: $secmirror
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SOURCES
  find "$rootfs/usr/share/doc" -mindepth 2 ! -name copyright ! -type d -delete 2>/dev/null || true
  find "$rootfs/usr/share/doc" -mindepth 1 -type d -empty -delete 2>/dev/null || true
  rm -rf "$rootfs"/usr/share/man/* "$rootfs"/usr/share/info/* "$rootfs"/usr/share/locale/* \
    "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/cache/debconf/*-old \
    "$rootfs"/var/log/* "$rootfs"/tmp/* "$rootfs"/root/.npm
  : >"$rootfs/etc/resolv.conf"
  printf '%s\n' localhost >"$rootfs/etc/hostname"

  tar -C "$rootfs" --numeric-owner -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change "ENV NODE_VERSION=$version" \
    --change 'LABEL org.orchestrate-action.base=debootstrap' \
    --change 'CMD ["node"]' \
    - "$tag" >/dev/null
  cleanup_build_tmp
  local got
  got=$(docker run --rm --network none "$tag" sh -c 'echo "$(node --version) $(npm --version)"' 2>&1) || true
  case "$got" in
    "v${nodever%%.*}."*) ;;
    *)
      docker rmi "$tag" >/dev/null 2>&1 || true
      die "base image: built $tag but node/npm do not work in it: $got"
      ;;
  esac
  say "base image: built $tag with debootstrap in $(since "$t0") (node $version, npm ${got#* }, mirror $mirror)"
}

ensure_base_image() {
  local tag=$1 t0
  t0=$(now)
  if image_exists "$tag"; then
    say "base image: $tag present"
    return
  fi
  if timeout "${ORCH_PULL_TIMEOUT:-60}" docker pull -q "$tag" >/dev/null 2>&1; then
    say "base image: pulled $tag in $(since "$t0")"
    return
  fi
  local re='^(docker\.io/)?(library/)?node:([0-9]+(\.[0-9]+){0,2})-bookworm(-slim)?$'
  [[ $tag =~ $re ]] || die "base image: $tag is not present and cannot be pulled (only node:<version>-bookworm-slim can be built here)"
  build_base_image "$tag" "${BASH_REMATCH[3]}"
}

# ---------------------------------------------------------------- 3. worker image
# The resolver's build step, so the CLI, the action and this script share one up-to-date check and one build.
ensure_worker_image() {
  local cli=$root/dist/cli/index.js args=(image --build)
  [ -f "$cli" ] || die "worker image: $cli is missing; run npm run build first"
  [ "${ORCH_FORCE_BUILD:-}" != 1 ] || args+=(--force)
  [ "${ORCH_VERBOSE:-}" != 1 ] || args+=(--verbose)
  ORCH_BASE_IMAGE=$BASE_IMAGE node "$cli" "${args[@]}" >/dev/null || die "worker image: not built (see above)"
}

ensure_engine
BASE_IMAGE=$(base_image_name)
[ -n "$BASE_IMAGE" ] || die "no ARG BASE_IMAGE=… default in $DOCKERFILE"
ensure_base_image "$BASE_IMAGE"
ensure_worker_image
