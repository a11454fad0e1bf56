/** The question classifier: does an agent's last message ask something, or is the turn the end? */
import { describe, expect, it } from 'vitest';
import { classifyTurnEnd } from '../../src/interactive/question.js';

const kind = (text: string) => {
  const end = classifyTurnEnd(text);
  return end.asks ? end.kind : 'done';
};

describe('classifyTurnEnd', () => {
  it.each([
    ['Should I proceed with option A or B?', 'confirmation'],
    ['I found two ways to store sessions.\n\nShall I go ahead with the Redis one?', 'confirmation'],
    ['The migration drops the `users.legacy` column. Please confirm before I proceed.', 'confirmation'],
    ['Everything is prepared. Ready to proceed?', 'confirmation'],
    ['I will wait for your go-ahead.\n\nAwaiting your confirmation', 'confirmation'],
  ])('a confirmation request: %j', (text, expected) => expect(kind(text)).toBe(expected));

  it.each([
    [
      '## Plan\n\n1. Add the JWT middleware\n2. Protect /api/*\n3. Write tests\n\nDoes this plan look good to you?',
      'approval',
    ],
    ['Here is the spec I drafted (spec.md). Please review and approve it.', 'approval'],
    ["I've created the plan above; let me know if the plan works for you.", 'approval'],
  ])('a plan to approve: %j', (text, expected) => expect(kind(text)).toBe(expected));

  it.each([
    [
      'There are a few ways to do this:\n\n1. Cookies\n2. Local storage\n3. An in-memory store\n\nWhich one do you prefer?',
      'options',
    ],
    [
      '**Option A**: keep the REST API\n**Option B**: move to GraphQL\n\nLet me know which you choose.',
      'options',
    ],
    ['- Option one: Postgres\n- Option two: SQLite\n\nPick one and I will set it up.', 'options'],
  ])('a list of options to choose from: %j', (text, expected) => expect(kind(text)).toBe(expected));

  it.each([
    ['What port should the server listen on?', 'question'],
    ['I need one detail before I write the endpoint.\n\nWhat should the token lifetime be? **', 'question'],
    ['Would you like me to write the tests in Jest or Vitest?', 'question'],
  ])('a plain question: %j', (text, expected) => expect(kind(text)).toBe(expected));

  it.each([
    ['Created src/login.tsx with the form and its validation.'],
    ['Implementation complete. All tests pass.'],
    ["I've implemented the endpoint and added tests. Would you like me to also add rate limiting?"],
    ['All tasks are done. Let me know if you need anything else!'],
    ['Is the cache warm? I checked: it is.\n\nThe cache is now warm and the benchmark runs in 2 s.'],
    ['Here is the fix:\n\n```ts\nconst ok = value ?? fallback; // why?\n```'],
    ['All changes are complete. The PR is ready for your approval.'],
    [''],
    ['   \n  '],
  ])('finished: %j', (text) => expect(kind(text)).toBe('done'));

  // Longer messages in the shape agents end their turns with: OpenCode's summaries after its edits, a
  // spec-kit specification with open clarifications, a plan in markdown put up for review. Written for these
  // tests (no recorded transcript asks questions), each with the markdown those agents use.
  it.each([
    [
      'a spec with open clarifications',
      '## Specification created\n\n- Branch: `001-code-review-bot`\n- Spec: `specs/001-code-review-bot/spec.md`\n\n' +
        '### Open questions\n1. [NEEDS CLARIFICATION] Which Git hosts must be supported?\n' +
        '2. [NEEDS CLARIFICATION] Should reviews block merging?\n\n' +
        'Please answer the clarifications above, then run `/speckit.plan` to continue.',
      'question',
    ],
    [
      'a phased plan up for review',
      "I've analyzed the codebase. Here's my implementation plan:\n\n### Phase 1: Data model\n" +
        '- Add `Session` table with `id`, `userId`, `expiresAt`\n\n### Phase 2: API\n' +
        '- `POST /login` issues a session cookie\n- `POST /logout` deletes it\n\n' +
        "Let me know if you'd like any changes before I start implementing.",
      'approval',
    ],
    [
      'options in bold, then a question',
      'I can implement the cache in two ways:\n\n**Option 1: In-memory LRU** - simple, lost on restart.\n' +
        '**Option 2: Redis** - shared across instances, needs a Redis service.\n\nWhich would you prefer?',
      'options',
    ],
    [
      'a summary of edits',
      "I've added the login endpoint.\n\n**Changes:**\n" +
        '- `src/routes/login.ts`: new `POST /login` route validating credentials with zod\n' +
        '- `test/login.test.ts`: 4 tests (valid login, wrong password, unknown user, malformed body)\n\n' +
        'All 4 tests pass (`npm test`).',
      'done',
    ],
    [
      'a short "Done." closing with an offer',
      'Done. The `formatDate` helper now handles time zones and the tests pass.\n\nWant me to also update the callers in `src/report/*.ts`?',
      'done',
    ],
  ])('%s', (_name, text, expected) => expect(kind(text)).toBe(expected));

  it('reads only the end: a question early in a long report does not count', () => {
    const report = [
      'Should I use the existing helper? It turned out to be the right fit, so I did.',
      '',
      ...Array.from(
        { length: 30 },
        (_, i) => `- step ${i + 1}: updated module ${i + 1} and its tests to the new API`,
      ),
      '',
      'Everything builds and the suite is green.',
    ].join('\n');
    expect(kind(report)).toBe('done');
  });

  it('still asks when a finished report ends with a confirmation request', () => {
    expect(kind("I've written the schema migration. Should I proceed and run it against staging?")).toBe(
      'confirmation',
    );
  });
});
