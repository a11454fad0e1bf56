/** The orchestrator's side of a worker's conversation, with the fixed policy answering. */
import { describe, expect, it } from 'vitest';
import type { EventFields, EventType } from '../../src/engine/types.js';
import { CARRY_ON, PROCEED_ANSWER } from '../../src/interactive/answer-prompt.js';
import { policyAnswerer } from '../../src/interactive/answerer.js';
import { Conversation } from '../../src/interactive/conversation.js';

function conversation(maxTurns: number) {
  const events: Array<{ type: EventType; fields: EventFields<EventType> }> = [];
  const c = new Conversation({
    goal: 'Build a login system',
    task: { id: 'ui', description: 'Build the login form', domain: 'frontend' },
    worker: 'omo-worker-frontend',
    answerer: policyAnswerer,
    maxTurns,
    emit: (type, fields) => void events.push({ type, fields: fields as EventFields<EventType> }),
  });
  return { c, events };
}

const signal = new AbortController().signal;

describe('Conversation', () => {
  it('ends a turn that does not ask, recording nothing', async () => {
    const { c, events } = conversation(5);
    expect(await c.next({ turn: 1, text: 'Built the form.' }, signal)).toEqual({ kind: 'done' });
    expect(events).toEqual([]);
    expect(c.exchanges).toEqual([]);
  });

  it('answers a question into the session, recording the stop and the exchange', async () => {
    const { c, events } = conversation(5);
    const next = await c.next({ turn: 1, text: 'Should I use React or Vue?' }, signal);
    expect(next).toEqual({ kind: 'reply', text: `${PROCEED_ANSWER}\n\n${CARRY_ON}` });
    expect(events.map((e) => e.type)).toEqual(['worker.stopped', 'task.question']);
    expect(events[0]!.fields).toEqual({
      worker: 'omo-worker-frontend',
      domain: 'frontend',
      taskId: 'ui',
      reason: 'question',
      lastOutput: 'Should I use React or Vue?',
    });
    expect(events[1]!.fields).toEqual({
      taskId: 'ui',
      worker: 'omo-worker-frontend',
      turn: 1,
      question: 'Should I use React or Vue?',
      answer: PROCEED_ANSWER,
      by: 'policy',
    });
    expect(c.exchanges).toHaveLength(1);
  });

  it('fails past the turn limit, quoting the question', async () => {
    const { c } = conversation(1);
    await c.next({ turn: 1, text: 'Which port?' }, signal);
    expect(await c.next({ turn: 2, text: 'And which host?' }, signal)).toEqual({
      kind: 'fail',
      error: 'the agent was still asking after 1 answer (the turn limit): And which host?',
    });
    expect(c.exchanges.map((e) => e.turn)).toEqual([1]);
  });
});
