#!/usr/bin/env bash
# `npm test`: everything CI checks, from a fresh clone on a fresh machine.
#  1. dependencies (npm ci) and the host tools the integration tests use (tmux, ripgrep, git, debootstrap);
#  2. static checks: types, lint, formatting, and that the committed dist/ bundles match src/;
#  3. unit tests (pure core), then integration tests against real processes, tmux, git, the Docker engine
#     and the worker image (built by `npm run docker:setup`), and the real OpenCode binary.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "dependencies"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
bash scripts/setup-host.sh

step "static checks"
npx tsc --noEmit -p .
npx eslint . --max-warnings=0
npx prettier --check . >/dev/null || { npx prettier --list-different .; exit 1; }
npm run build >/dev/null
if ! git diff --quiet -- dist; then
  echo "dist/ is stale: run 'npm run build' and commit dist/" >&2
  git diff --stat -- dist >&2
  exit 1
fi

step "docker engine and worker image"
bash scripts/docker-setup.sh
bash scripts/registry-setup.sh

step "unit and integration tests"
mkdir -p .tmp
status=0
npx vitest run --reporter=default --reporter=json --outputFile=.tmp/vitest.json || status=$?
# One plain closing line, whatever reads this log.
node -e 'const r = require("./.tmp/vitest.json"); console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`)' || true
exit "$status"
