// Bundles the three entry points with ncc so a clean checkout runs with no `npm install`:
//   dist/index.js      the GitHub Action (action.yml `main` and `post`)
//   dist/cli/index.js  the `orchestrate` CLI
//   dist/lib/index.js  the library API (package.json `exports`)
// Builds are deterministic (no timestamps, no source maps), so CI can fail on any diff in dist/.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const entries = [
  ['src/index.ts', 'dist'],
  ['src/cli/index.ts', 'dist/cli'],
  ['src/lib/index.ts', 'dist/lib'],
];

// src/version.ts: facts the code needs from files it cannot read at run time (a bundle runs without them).
// package.json is the truth for the version and the repository, docker/Dockerfile for the OpenCode pin;
// test/version.test.ts fails when this file lags behind them.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const repository = /github\.com[/:]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(pkg.repository?.url ?? '')?.[1];
if (!repository) throw new Error(`package.json: repository.url is not a GitHub URL: ${pkg.repository?.url}`);
const opencode = /^ARG OPENCODE_VERSION=(\S+)$/m.exec(readFileSync('docker/Dockerfile', 'utf8'))?.[1];
if (!opencode) throw new Error('docker/Dockerfile: no `ARG OPENCODE_VERSION=<version>` line');
const versionFile = 'src/version.ts';
const versionSource = [
  '/** Written by scripts/build.mjs from package.json and docker/Dockerfile; do not edit by hand. */',
  '',
  '/** The package version (package.json). */',
  `export const VERSION = '${pkg.version}';`,
  '/** The GitHub repository the package is released from, `owner/name` (package.json `repository`). */',
  `export const REPOSITORY = '${repository}';`,
  "/** The OpenCode version the worker image pins (docker/Dockerfile's OPENCODE_VERSION). */",
  `export const OPENCODE_VERSION = '${opencode}';`,
  '',
].join('\n');
if (readFileSync(versionFile, 'utf8') !== versionSource) writeFileSync(versionFile, versionSource);

for (const [entry, out] of entries) {
  if (!existsSync(entry)) {
    console.error(`skip ${entry} (missing)`);
    continue;
  }
  rmSync(out === 'dist' ? 'dist/index.js' : out, { recursive: true, force: true });
  execFileSync(
    'npx',
    ['ncc', 'build', entry, '-o', out, '--target', 'es2022', '-q', '--license', 'licenses.txt'],
    {
      stdio: 'inherit',
    },
  );
}
// ncc's ESM output keeps CommonJS's bare `__dirname`/`__filename` in some bundled packages (ssh2, via
// dockerode); define them at the top of every emitted module so loading the Docker client works.
const SHIM = [
  "import { dirname as __ncc_dirname } from 'node:path';",
  "import { fileURLToPath as __ncc_fileURLToPath } from 'node:url';",
  'const __filename = __ncc_fileURLToPath(import.meta.url);',
  'const __dirname = __ncc_dirname(__filename);',
  '',
].join('\n');
for (const [, out] of entries) {
  const dir = out;
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const file = `${dir}/${name}`;
    const text = readFileSync(file, 'utf8');
    if (!/\b__dirname\b|\b__filename\b/.test(text) || text.includes('__ncc_dirname')) continue;
    const body = text.startsWith('#!') ? text.slice(text.indexOf('\n') + 1) : text;
    writeFileSync(file, SHIM + body);
  }
}

const cli = 'dist/cli/index.js';
if (existsSync(cli)) {
  const text = readFileSync(cli, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
  chmodSync(cli, 0o755);
}
