/** One settings schema for every edge: the same checks, errors in each edge's own names. */
import { describe, expect, it } from 'vitest';
import { parseRunSettings } from '../../src/engine/run-settings.js';
import { cliFlag } from '../../src/cli/flags.js';

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe('parseRunSettings', () => {
  it('reads text and JSON values alike', () => {
    const fromText = parseRunSettings(
      {
        concurrency: '3',
        timeout: '90s',
        maxCost: '0.5',
        runtime: 'Docker',
        memory: '2g',
        envNames: ['TOKEN'],
      },
      cliFlag,
    );
    const fromJson = parseRunSettings(
      { concurrency: 3, timeout: 90_000, maxCost: 0.5, runtime: 'docker', memory: '2g', envNames: ['TOKEN'] },
      (k) => k,
    );
    expect(fromText).toEqual(fromJson);
    expect(fromText).toEqual({
      concurrency: 3,
      timeoutMs: 90_000,
      maxCostUsd: 0.5,
      runtime: 'docker',
      memory: '2g',
      envNames: ['TOKEN'],
    });
  });

  it.each([
    [{ concurrency: '0' }, "Invalid --concurrency '0'. Expected a whole number from 1 to 1024."],
    [{ timeout: 'soon' }, "Invalid --timeout 'soon'. Expected a duration from 1s to 24h"],
    [{ memory: 'lots' }, "Invalid --memory 'lots'. Expected a size like 512m or 4g"],
    [{ envNames: ['OK', 'NOT OK'] }, "Invalid --env 'NOT OK'. Expected environment variable names"],
    [{ runtime: 'vm' }, "Invalid --runtime 'vm'. Expected one of docker, local, prompt-files, actions."],
    [{ agent: 'command' }, '--agent-command is required when --agent is'],
  ])('refuses %j, naming the flag', (raw, message) => {
    expect(() => parseRunSettings(raw, cliFlag)).toThrow(message);
  });

  it('names a setting as the action does', () => {
    const inputs: Record<string, string> = { timeout: 'subtask-timeout' };
    expect(() => parseRunSettings({ timeout: '0' }, (k) => inputs[k] ?? kebab(k))).toThrow(
      "Invalid subtask-timeout '0'.",
    );
  });

  it('leaves empty inputs unset', () => {
    expect(parseRunSettings({ concurrency: '', model: undefined }, cliFlag)).toEqual({});
  });
});
