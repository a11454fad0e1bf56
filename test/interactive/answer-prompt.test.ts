/** What the LLM answerer is told, and what goes back into the worker's session. */
import { describe, expect, it } from 'vitest';
import {
  answererRequest,
  answererSystemPrompt,
  answerMessage,
  CARRY_ON,
} from '../../src/interactive/answer-prompt.js';

const asked = {
  goal: 'Build a login system: UI, JWT API and tests',
  subtask: { id: 'api', description: 'Create the JWT API endpoint' },
  kind: 'options' as const,
  question: 'I can store refresh tokens in:\n1. Redis\n2. Postgres\n\nWhich do you prefer?',
  earlier: [],
};

describe('the answerer prompt', () => {
  it('casts the model as the user who decides, never asking back', () => {
    const system = answererSystemPrompt();
    expect(system).toMatch(/^You are acting as the user who asked for this work\./);
    expect(system).toContain('Keep the goal of the whole request in mind');
    expect(system).toContain('Never ask a question back');
  });

  it('gives the goal, the subtask and the question, marked off, and asks for the answer', () => {
    const request = answererRequest(asked);
    expect(request).toBe(
      [
        'The goal of the whole request:',
        'Build a login system: UI, JWT API and tests',
        '',
        "The worker's subtask (api):",
        'Create the JWT API endpoint',
        '',
        'It now asks you (it offers options to choose from):',
        '<<<',
        'I can store refresh tokens in:\n1. Redis\n2. Postgres\n\nWhich do you prefer?',
        '>>>',
        '',
        'Your answer:',
      ].join('\n'),
    );
  });

  it('recalls what was asked and answered before, one line each', () => {
    const request = answererRequest({
      ...asked,
      kind: 'confirmation',
      question: 'Should I proceed with the migration?',
      earlier: [{ question: 'Redis or\nPostgres?', answer: 'Postgres.' }],
    });
    expect(request).toContain(
      'What it asked before, and what you answered:\n1. Q: Redis or Postgres?\n   A: Postgres.\n',
    );
    expect(request).toContain('It now asks you (it asks whether to proceed):');
  });

  it('keeps the head and the end of a huge question, where the asking is', () => {
    const question = `${'log line\n'.repeat(2000)}So, which option?`;
    const request = answererRequest({ ...asked, question });
    expect(request.length).toBeLessThan(9_000);
    expect(request).toContain('characters left out');
    expect(request).toContain('So, which option?\n>>>');
  });

  it('sends the answer with the request to carry on and report', () => {
    expect(answerMessage('  Use Redis. ')).toBe(`Use Redis.\n\n${CARRY_ON}`);
  });
});
