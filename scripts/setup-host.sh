#!/usr/bin/env bash
# Makes the host tools the tests need present: tmux, bubblewrap (the local runtime's sandbox), ripgrep (rg),
# git with its `git http-backend` (which serves the tests' git remote over smart HTTP), and debootstrap (with Debian's archive keyring) for building the
# worker's base image where no image registry is reachable.
# Idempotent: runs apt-get (update once, then install) only when something is missing. As root it installs;
# otherwise it says what to install and exits 1. Debian/Ubuntu hosts (apt-get).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=scripts/lib/common.sh
. "$here/lib/common.sh"

# git http-backend lives in git's exec path (/usr/lib/git-core on Debian and Ubuntu), in Debian's git package.
http_backend="$(git --exec-path 2>/dev/null || echo /usr/lib/git-core)/git-http-backend"
tools=(
  tmux:tmux
  bwrap:bubblewrap
  rg:ripgrep
  git:git
  "$http_backend:git"
  debootstrap:debootstrap
  /usr/share/keyrings/debian-archive-keyring.gpg:debian-archive-keyring
)
mapfile -t missing < <(missing_packages "${tools[@]}")
if [ "${#missing[@]}" -eq 0 ]; then
  say "host tools: all present (tmux, bwrap, rg, git, git http-backend, debootstrap)"
  exit 0
fi
if ! is_root; then
  warn "host tools: missing ${missing[*]}"
  warn "install them as root: apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  exit 1
fi
apt_install "${missing[@]}"
say "host tools: installed ${missing[*]}"
