// Bundles the three entry points with ncc so a clean checkout runs with no `npm install`:
//   dist/index.js      the GitHub Action (action.yml `main` and `post`)
//   dist/cli/index.js  the `orchestrate` CLI
//   dist/lib/index.js  the library API (package.json `exports`)
// Builds are deterministic (no timestamps, no source maps), so CI can fail on any diff in dist/.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

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
const cli = 'dist/cli/index.js';
if (existsSync(cli)) {
  const text = readFileSync(cli, 'utf8');
  if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`);
  chmodSync(cli, 0o755);
}
