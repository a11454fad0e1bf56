/** The configuration snapshot git reads instead of the live files: git must read back exactly what was there. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfigList, renderConfig, snapshotGitConfig } from '../../src/git/trusted-config.js';
import { tempDir } from '../support/cli.js';

const dir = tempDir('orch-gitcfg-');
afterAll(() => dir.remove());

const list = (file: string) =>
  execFileSync('git', ['config', '-f', file, '--list', '-z'], { encoding: 'utf8', cwd: '/' });

describe('renderConfig', () => {
  it('writes values git reads back unchanged: subsections with dots, quotes, backslashes, multi-values', () => {
    const entries: Array<[string, string | undefined]> = [
      ['user.name', 'A "quoted" name\\with backslash'],
      ['url.https://example.com/a.b/.insteadof', 'gh:'],
      ['filter.lfs.clean', 'git-lfs clean -- %f'],
      ['filter.lfs.required', 'true'],
      ['remote.origin.fetch', '+refs/heads/*:refs/remotes/origin/*'],
      ['remote.origin.fetch', '+refs/tags/*:refs/tags/*'],
      ['core.bare', undefined],
      ['alias.multi', 'line one\nline\ttwo'],
    ];
    const file = join(dir.path, 'rendered');
    writeFileSync(file, renderConfig(entries));
    expect(parseConfigList(list(file))).toEqual(entries);
  });
});

describe('snapshotGitConfig', () => {
  it('flattens the global configuration with its includes, so a later change to either is not seen', async () => {
    const home = join(dir.path, 'home');
    mkdirSync(home, { recursive: true });
    writeFileSync(join(home, 'extra'), '[core]\n\tautocrlf = input\n');
    writeFileSync(join(home, '.gitconfig'), `[user]\n\tname = Someone\n[include]\n\tpath = ${home}/extra\n`);
    const previous = process.env.HOME;
    process.env.HOME = home;
    try {
      const out = join(dir.path, 'snap');
      mkdirSync(out);
      const trusted = await snapshotGitConfig(out);
      writeFileSync(join(home, 'extra'), '[core]\n\tfsmonitor = /tmp/evil\n');
      const values = parseConfigList(list(trusted.global));
      expect(values).toContainEqual(['user.name', 'Someone']);
      expect(values).toContainEqual(['core.autocrlf', 'input']);
      expect(values.map(([k]) => k)).not.toContain('core.fsmonitor');
    } finally {
      process.env.HOME = previous;
    }
  });
});
