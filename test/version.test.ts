/**
 * src/version.ts is written by scripts/build.mjs from package.json and docker/Dockerfile (a bundle cannot
 * read them at run time); this keeps the copy honest, and the OpenCode the tests run (the devDependency)
 * the one the worker image pins.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENCODE_VERSION, REPOSITORY, VERSION } from '../src/version.js';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  version: string;
  repository: { url: string };
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('src/version.ts', () => {
  it('is in step with package.json', () => {
    expect(VERSION).toBe(pkg.version);
    expect(pkg.repository.url).toBe(`git+https://github.com/${REPOSITORY}.git`);
  });

  it("pins the OpenCode of docker/Dockerfile, which the tests' devDependency matches", () => {
    expect(read('docker/Dockerfile')).toMatch(new RegExp(`^ARG OPENCODE_VERSION=${OPENCODE_VERSION}$`, 'm'));
    expect(pkg.devDependencies['opencode-linux-x64']).toBe(OPENCODE_VERSION);
  });

  it('drives OpenCode with the SDK of the same version, exactly pinned', () => {
    // The server's routes and event shapes change between OpenCode versions; a client of another version
    // may send what this server does not understand.
    expect(pkg.dependencies['@opencode-ai/sdk']).toBe(OPENCODE_VERSION);
    const installed = JSON.parse(read('node_modules/@opencode-ai/sdk/package.json')) as { version: string };
    expect(installed.version).toBe(OPENCODE_VERSION);
  });
});
