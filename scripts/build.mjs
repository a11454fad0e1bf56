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

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const versionFile = 'src/version.ts';
const versionSource = `/** The package version, kept in step with package.json by the build. */\nexport const VERSION = '${pkg.version}';\n`;
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
