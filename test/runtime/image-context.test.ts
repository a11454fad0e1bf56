import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  contextFiles,
  contextHash,
  dockerfileArg,
  hostExtraCaCerts,
} from '../../src/runtime/image/build-context.js';
import { ROOT } from '../support/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'orch-ctx-'));
  dirs.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe('contextFiles', () => {
  it('applies .dockerignore as Docker does, exceptions inside excluded directories included', () => {
    const dir = tree({
      '.dockerignore': readFileSync(join(ROOT, '.dockerignore'), 'utf8'),
      'docker/Dockerfile': 'FROM x\n',
      'docker/entrypoint.sh': '#!/bin/sh\n',
      'docker/notes.md': 'not sent\n',
      'package.json': '{}\n',
      'dist/index.js': '1\n',
      'dist/cli/index.js': '2\n',
      'src/main.ts': 'not sent\n',
      'node_modules/x/index.js': 'not sent\n',
    });
    expect(contextFiles(dir)).toEqual([
      'dist/cli/index.js',
      'dist/index.js',
      'docker/Dockerfile',
      'docker/entrypoint.sh',
      'package.json',
    ]);
  });

  it('sends everything when there is no .dockerignore', () => {
    expect(contextFiles(tree({ 'a/b': '', c: '' }))).toEqual(['a/b', 'c']);
  });

  it('of this repository: the Dockerfile, its entry point, package.json and dist/, nothing else', () => {
    const files = contextFiles(ROOT);
    expect(files).toEqual(
      expect.arrayContaining(['docker/Dockerfile', 'docker/entrypoint.sh', 'package.json']),
    );
    expect(
      files.filter((f) => !f.startsWith('dist/') && !f.startsWith('docker/') && f !== 'package.json'),
    ).toEqual([]);
  });
});

describe('contextHash', () => {
  const dir = tree({ 'a.sh': 'echo a\n', 'b/c.txt': 'c\n' });
  const base = {
    dir,
    files: ['a.sh', 'b/c.txt'],
    buildArgs: { BASE_IMAGE: 'node:24' },
    baseImageId: 'sha256:1',
  };
  const hash = contextHash(base);

  it('is the same for the same inputs', () => expect(contextHash({ ...base })).toBe(hash));

  it('changes with any input: content, executable bit, file list, base image id, build argument', () => {
    const seen = new Set([hash]);
    const variants = [
      () => contextHash({ ...base, baseImageId: 'sha256:2' }),
      () => contextHash({ ...base, buildArgs: { BASE_IMAGE: 'node:24', EXTRA_CA_CERTS: 'x' } }),
      () => contextHash({ ...base, files: ['a.sh'] }),
      () => {
        chmodSync(join(dir, 'a.sh'), 0o755);
        return contextHash(base);
      },
      () => {
        writeFileSync(join(dir, 'b/c.txt'), 'changed\n');
        return contextHash(base);
      },
    ];
    for (const variant of variants) {
      const h = variant();
      expect(seen.has(h)).toBe(false);
      seen.add(h);
    }
  });
});

describe('dockerfileArg', () => {
  it("reads an ARG's default", () => {
    const text = readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8');
    expect(dockerfileArg(text, 'BASE_IMAGE')).toBe('node:24-bookworm-slim');
    expect(dockerfileArg(text, 'NOPE')).toBeUndefined();
  });
});

describe('hostExtraCaCerts', () => {
  const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
  it('collects the certificates of .crt files, never anything else in them', () => {
    const dir = tree({
      'one.crt': `junk\n${pem}\n-----BEGIN PRIVATE KEY-----\nsecret\n-----END PRIVATE KEY-----\n`,
      'sub/two.crt': `${pem}\n`,
      'three.pem': `${pem}\n`,
    });
    expect(hostExtraCaCerts({}, dir)).toBe(`${pem}\n${pem}`);
    expect(hostExtraCaCerts({ ORCH_NO_HOST_CA: '1' }, dir)).toBe('');
    expect(hostExtraCaCerts({}, join(dir, 'missing'))).toBe('');
  });
});
