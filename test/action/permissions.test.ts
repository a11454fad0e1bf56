import { describe, expect, it } from 'vitest';
import { botName, isBot, judgePermission } from '../../src/action/permissions.js';

describe('judgePermission', () => {
  it.each([
    [{ permission: 'admin', role_name: 'admin' }, true],
    [{ permission: 'write', role_name: 'maintain' }, true],
    [{ permission: 'write', role_name: 'write' }, true],
    [{ permission: 'write', role_name: 'custom-deployer' }, true],
    [{ permission: 'read', role_name: 'triage' }, false],
    [{ permission: 'read', role_name: 'read' }, false],
    [{ permission: 'none', role_name: '' }, false],
    [{}, false],
  ])('%j → allowed %s', (data, allowed) => {
    expect(judgePermission('octocat', data).allowed).toBe(allowed);
  });

  it('says why it refuses', () => {
    expect(judgePermission('octocat', { permission: 'read', role_name: 'triage' })).toEqual({
      allowed: false,
      reason: '@octocat has triage access to this repository; write access is needed to run it.',
    });
  });
});

describe('bots', () => {
  it('are recognised by type or by the [bot] suffix', () => {
    expect(isBot({ login: 'dependabot[bot]', type: 'Bot' })).toBe(true);
    expect(isBot({ login: 'renovate[bot]', type: 'User' })).toBe(true);
    expect(isBot({ login: 'octocat', type: 'User' })).toBe(false);
    expect(botName('Renovate[bot]')).toBe('renovate');
  });
});
