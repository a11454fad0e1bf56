import { describe, expect, it } from 'vitest';
import { opencodePackage, thisMachine } from '../../src/agent/opencode-package.js';

const linux = { platform: 'linux' as const, arch: 'x64', avx2: true, musl: false };

describe('opencodePackage', () => {
  it("picks the platform package opencode-ai's postinstall would", () => {
    expect(opencodePackage(linux)).toEqual({ name: 'opencode-linux-x64', binary: 'bin/opencode' });
    expect(opencodePackage({ ...linux, avx2: false })).toMatchObject({ name: 'opencode-linux-x64-baseline' });
    expect(opencodePackage({ ...linux, musl: true })).toMatchObject({ name: 'opencode-linux-x64-musl' });
    expect(opencodePackage({ ...linux, arch: 'arm64', avx2: false })).toMatchObject({
      name: 'opencode-linux-arm64',
    });
    expect(opencodePackage({ ...linux, platform: 'darwin', arch: 'arm64' })).toMatchObject({
      name: 'opencode-darwin-arm64',
    });
    expect(opencodePackage({ ...linux, platform: 'win32' })).toEqual({
      name: 'opencode-windows-x64',
      binary: 'bin/opencode.exe',
    });
  });

  it('says so for a machine OpenCode publishes nothing for', () => {
    expect(opencodePackage({ ...linux, arch: 'ia32' })).toEqual({
      unavailable: 'OpenCode publishes no binary for linux/ia32',
    });
  });

  it("reads this machine's facts", () => {
    const facts = thisMachine();
    expect(facts).toMatchObject({ platform: process.platform, arch: process.arch });
    // This machine runs the glibc build of OpenCode (the opencode-linux-x64 devDependency).
    if (process.platform === 'linux') expect(facts.musl).toBe(false);
  });
});
