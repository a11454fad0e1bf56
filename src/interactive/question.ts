/**
 * Whether an agent ended its turn asking something instead of finishing: the signs a person reading the
 * agent's last words would go by. Pure; the text is the agent's last message of the turn.
 *
 * | sign                                                            | kind           |
 * | --------------------------------------------------------------- | -------------- |
 * | a plan, spec or design put up for approval                      | `approval`     |
 * | "Should I proceed?", "Shall I go ahead?", "ready to proceed"    | `confirmation` |
 * | two or more options and a request to choose                     | `options`      |
 * | its last sentence is a question, or it asks for clarifications  | `question`     |
 * | none of these, or a finished report closing with an offer       | done           |
 *
 * Only the end of the message counts (questions in the middle of a report are the agent thinking aloud),
 * and nothing inside code blocks. A report that says the work is done and only offers more ("Would you like
 * me to add tests too?") is finished: answering it would only get a reply to the answer as the result.
 */

export type QuestionKind = 'approval' | 'confirmation' | 'options' | 'question';

export type TurnEndKind = { asks: true; kind: QuestionKind } | { asks: false };

/** How much of the message's end is read: its last paragraphs, up to this many characters. */
const TAIL_CHARS = 1200;

const PLAN_WORD = /\b(plan|spec|specification|design|proposal|approach|outline|steps)\b/i;
const APPROVAL = [
  /\b(approve|approval|sign[- ]?off|green light)\b/i,
  /\bdoes (this|the|my) (plan|spec|specification|design|proposal|approach|outline)\b[^?]*\?/i,
  /\b(plan|spec|specification|design|proposal|approach|outline)\b[^.?!]*\blooks? (good|right|ok|okay)\b[^.]*\?/i,
  /\b(let me know|tell me) if (this|the|my) (plan|spec|specification|design|proposal|approach)\b/i,
  /\bany (changes|feedback|comments) (to|on) (the|this|my) (plan|spec|design|proposal)\b/i,
  /\b(let me know|tell me) if you('d| would) (like|want) (any )?(changes|adjustments)\b/i,
];

const CONFIRMATION = [
  /\b(should|shall|may|can) i (go ahead|proceed|continue|start|begin|move on)\b/i,
  /\b(do|would) you (want|like) me to (go ahead|proceed|continue|start|begin)\b/i,
  /\b(ready|okay|ok) to (proceed|go ahead|continue|start)\?/i,
  /\bbefore i (proceed|continue|go ahead|start|make (any|these|the) changes)\b/i,
  /\b(please )?confirm\b[^.]*\b(proceed|continue|go ahead|start|before)\b/i,
  /\b(wait(ing)? for|await(ing)?) your (confirmation|go-ahead|decision|input|answer|reply)\b/i,
  /\bproceed\?/i,
];

/** Questions put in a list for the user to answer (spec-kit's "[NEEDS CLARIFICATION]" markers among them). */
const CLARIFICATION = [
  /\b(please )?(answer|respond to|clarify|resolve) (the|these|my|all|each of the) (open )?(questions|clarifications|points)\b/i,
  /\[needs clarification\b/i,
];

const CHOOSE =
  /\b(which (one|option|approach|of (these|them|the)|would you|do you)|choose|pick|select|prefer|preference|let me know which|decide)\b/i;

/** A numbered, lettered or bulleted item, or an "Option A:" heading. */
const OPTION_LINE =
  /^\s*(?:[-*+]\s+(?:\*\*)?option\b|\d+[.)]\s+\S|[a-z][.)]\s+\S|\(?[a-z]\)\s+\S|(?:\*\*|#+\s*)?option\s+(?:[a-z0-9]+)\b)/i;

const FINISHED =
  /(^(done|finished|completed)[.!]|\b(all )?(the )?tests (now )?pass\b|\b(implementation (is )?complete|all (tasks|changes|steps) (are |have been )?(done|complete|completed|finished)|i('ve| have) (now )?(completed|finished|implemented|created|written|added|fixed|updated)|(the )?task is (done|complete)|is now (done|complete|in place|implemented))\b)/im;

const OFFER =
  /\b(anything else|would you like me to (also|further|additionally)|let me know if you('d| would)? (like|want|need)|if you('d| would) like,? i can|happy to (help|make)|want me to (also|add|make))\b/i;

export function classifyTurnEnd(message: string): TurnEndKind {
  const text = withoutCode(message).trim();
  if (text === '') return { asks: false };
  const tail = lastParagraphs(text);
  const endsAsking = /\?\s*(?:[*_)"'\]`]*\s*)$/.test(tail);

  const approval = PLAN_WORD.test(tail) && APPROVAL.some((re) => re.test(tail));
  const confirmation = CONFIRMATION.some((re) => re.test(tail));
  if (FINISHED.test(text) && !approval && !confirmation && (!endsAsking || OFFER.test(tail)))
    return { asks: false };
  if (approval) return { asks: true, kind: 'approval' };
  if (confirmation) return { asks: true, kind: 'confirmation' };
  const options = text.split('\n').filter((line) => OPTION_LINE.test(line)).length;
  if (options >= 2 && (CHOOSE.test(tail) || endsAsking)) return { asks: true, kind: 'options' };
  if (endsAsking || CLARIFICATION.some((re) => re.test(tail))) return { asks: true, kind: 'question' };
  return { asks: false };
}

/** The text without fenced code blocks (a `?` in code is not a question). */
function withoutCode(text: string): string {
  return text.replace(/^([`~]{3,})[^\n]*\n[\s\S]*?^\1[`~]*\s*$/gm, '').replace(/`[^`\n]*`/g, '`code`');
}

/** The last paragraphs of the text, up to TAIL_CHARS (the last one whole, however long). */
function lastParagraphs(text: string): string {
  const paragraphs = text.split(/\n\s*\n/);
  let tail = paragraphs.pop() ?? '';
  while (paragraphs.length > 0 && tail.length + (paragraphs.at(-1)?.length ?? 0) < TAIL_CHARS)
    tail = `${paragraphs.pop()}\n\n${tail}`;
  return tail;
}
