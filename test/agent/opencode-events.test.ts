import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  autoRejectedPermissions,
  OpencodeEventParser,
  parseOpencodeOutput,
} from '../../src/agent/opencode-events.js';

// Recorded from OpenCode 1.18.33 by test/fixtures/opencode/record.ts.
const fixtureDir = new URL('../fixtures/opencode/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(`${name}.jsonl`, fixtureDir), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('fixtures.json', fixtureDir), 'utf8')) as Record<
  string,
  { exitCode: number | null; stderr: string }
>;

describe('parseOpencodeOutput on recorded runs', () => {
  it('reads a plain answer, its tokens and session', () => {
    const run = parseOpencodeOutput(fixture('text'));
    expect(run.finalText).toBe('Hello from the fake model.\nSecond line.');
    expect(run.sessionId).toMatch(/^ses_/);
    expect(run.steps).toBe(1);
    expect(run.lastFinishReason).toBe('stop');
    expect(run.toolCalls).toEqual([]);
    expect(run.tokens.total).toBeGreaterThan(0);
    expect(run.tokens.total).toBe(run.tokens.input + run.tokens.output);
    expect(run.errors).toEqual([]);
    expect(run.ignoredLines).toBe(0);
  });

  it('reads a write tool call and the files it changed', () => {
    const run = parseOpencodeOutput(fixture('write'));
    expect(run.toolCalls).toEqual([{ tool: 'write', status: 'completed', input: 'src/hello.txt' }]);
    expect(run.filesChanged).toEqual(['src/hello.txt']);
    expect(run.finalText).toBe('Created src/hello.txt.');
    expect(run.steps).toBe(2);
  });

  it('takes the last step with text as the answer, not the narration before tool calls', () => {
    const run = parseOpencodeOutput(fixture('multi-step'));
    expect(run.texts).toEqual(['I will create the file first.', 'Edited a.txt: it now says two.']);
    expect(run.finalText).toBe('Edited a.txt: it now says two.');
    expect(run.toolCalls.map((call) => `${call.tool}:${call.input}`)).toEqual([
      'write:a.txt',
      'edit:a.txt',
      'bash:cat a.txt',
    ]);
    expect(run.filesChanged).toEqual(['a.txt']);
    expect(run.steps).toBe(4);
  });

  it('sums tokens and cost over steps', () => {
    const run = parseOpencodeOutput(fixture('tokens-cost'));
    // Two steps, each reported by the fake server as 3000 in / 200 out, priced $1000 / $2000 per million.
    expect(run.tokens).toEqual({
      input: 6000,
      output: 400,
      reasoning: 0,
      cacheRead: 0,
      cacheWrite: 0,
      total: 6400,
    });
    expect(run.cost).toBeCloseTo(6.8, 6);
  });

  it('reads a model error with its message and status', () => {
    const run = parseOpencodeOutput(fixture('error-400'));
    expect(manifest['error-400']?.exitCode).toBe(1);
    expect(run.errors).toEqual([
      { name: 'APIError', message: 'Invalid request: fake model refuses', statusCode: 400 },
    ]);
    expect(run.finalText).toBe('');
  });

  it('keeps the work done before a later model error', () => {
    const run = parseOpencodeOutput(fixture('error-after-tool'));
    expect(run.filesChanged).toEqual(['partial.txt']);
    expect(run.errors.map((e) => e.message)).toEqual(['context too long']);
  });

  it('tells a denied call (the model carries on) from a rejected one (the run stops)', () => {
    const denied = parseOpencodeOutput(fixture('permission-denied'));
    expect(denied.permissionRejections).toEqual([
      expect.objectContaining({ tool: 'write', kind: 'denied', input: '/etc/orch-outside.txt' }),
    ]);
    expect(denied.filesChanged).toEqual([]);
    expect(denied.finalText).toBe('I could not write outside the project.');

    const rejected = parseOpencodeOutput(fixture('permission-rejected'));
    expect(manifest['permission-rejected']?.exitCode).toBe(0);
    expect(rejected.permissionRejections).toEqual([
      expect.objectContaining({ tool: 'write', kind: 'rejected', input: '/etc/orch-outside.txt' }),
    ]);
    expect(rejected.finalText).toBe('');
    expect(autoRejectedPermissions(manifest['permission-rejected']?.stderr ?? '')).toEqual([
      'external_directory (/etc/*)',
    ]);
  });

  it('reads what a killed run printed', () => {
    const run = parseOpencodeOutput(fixture('killed-after-tool'));
    expect(run.filesChanged).toEqual(['before-kill.txt']);
    expect(run.lastFinishReason).toBe('tool-calls');
    expect(run.finalText).toBe('');
  });
});

describe('OpencodeEventParser, incrementally', () => {
  it('gives the same summary whatever the chunking', () => {
    const whole = fixture('multi-step');
    const expected = parseOpencodeOutput(whole);
    for (const size of [1, 7, 64, 1000]) {
      const parser = new OpencodeEventParser();
      for (let i = 0; i < whole.length; i += size) parser.push(whole.slice(i, i + size));
      parser.end();
      expect(parser.summary()).toEqual(expected);
    }
  });

  it('returns the events of completed lines only', () => {
    const [first, second] = fixture('write').split('\n');
    const parser = new OpencodeEventParser();
    expect(parser.push(`${first}\n${second?.slice(0, 20)}`).map((e) => e.type)).toEqual(['step_start']);
    expect(parser.push(`${second?.slice(20)}\n`).map((e) => e.type)).toEqual(['tool_use']);
  });

  it('tolerates noise and a line cut short by a kill', () => {
    const lines = fixture('write').split('\n');
    const cut = lines[4]?.slice(0, 50) ?? '';
    const parser = new OpencodeEventParser();
    parser.push(
      ['Warning: something', lines[0], '', '{not json', lines[1], lines[2], lines[3], cut].join('\n'),
    );
    parser.end();
    const run = parser.summary();
    expect(run.ignoredLines).toBe(3);
    expect(run.filesChanged).toEqual(['src/hello.txt']);
    expect(run.finalText).toBe('');
  });

  it('summaries are snapshots', () => {
    const parser = new OpencodeEventParser();
    const before = parser.summary();
    parser.push(fixture('text'));
    expect(before.finalText).toBe('');
    expect(before.tokens.total).toBe(0);
  });

  it('reads apply_patch file lists and joins several error events', () => {
    const patch = [
      '*** Begin Patch',
      '*** Add File: new.ts',
      '+x',
      '*** Update File: old.ts',
      '*** Move to: moved.ts',
      '*** End Patch',
    ].join('\n');
    const lines = [
      {
        type: 'tool_use',
        part: { tool: 'apply_patch', state: { status: 'completed', input: { patchText: patch } } },
      },
      { type: 'error', error: { name: 'ProviderAuthError', data: { message: 'bad key' } } },
      { type: 'error', error: { name: 'UnknownError' } },
    ];
    const run = parseOpencodeOutput(lines.map((l) => JSON.stringify(l)).join('\n'));
    expect(run.filesChanged).toEqual(['new.ts', 'old.ts', 'moved.ts']);
    expect(run.toolCalls[0]?.input).toBe('new.ts, old.ts, moved.ts');
    expect(run.errors).toEqual([
      { name: 'ProviderAuthError', message: 'bad key' },
      { name: 'UnknownError', message: 'UnknownError' },
    ]);
  });
});
