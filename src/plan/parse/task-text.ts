/**
 * One task's text to a RawTask: the `(id: …)` and `(depends_on: …)` annotations, skill tags (`[Skill: name]`,
 * `→ /name`, `-> /name`) and a leading `domain:` prefix, each removed from the description.
 */
import type { DomainRegistry } from '../domains.js';
import type { RawTask } from '../types.js';
import { OptionError } from '../../util/errors.js';
import { checkTaskId } from './task-id.js';

// Values are captured greedily and trimmed in code: a lazy `(.*?)\s*\)` backtracks quadratically on long
// runs of spaces, and these patterns see whatever a comment holds.
const ID = /\(\s*id\s*[:=]([^()]*)\)/gi;
const DEPENDS_ON = /\(\s*depends[\s_-]*on\s*[:=]([^()]*)\)/gi;
const SKILL_TAG = /\[\s*skills?\s*:([^\]]*)\]/gi;
const SKILL_ARROW = /(?:\u2192|->)\s*\/([A-Za-z0-9][\w.:/-]*)/g;

/**
 * `name:` at the very start: a letter, then letters, digits or `-` (up to 40), directly followed by the colon.
 * A colon followed by `/`, `\`, `:` or a digit is a URL, a path, a scope or a port, never a prefix.
 */
const DOMAIN_PREFIX = /^([A-Za-z][A-Za-z0-9-]{0,39}):(?![/\\:\d])([ \t]*)([\s\S]*)$/;

export interface TaskTextContext {
  registry: DomainRegistry;
  /** The input uses the explicit-domain form (`a:… | b:…`), so an unknown `name: ` prefix is a domain. */
  explicitForm: boolean;
}

/** Splits `a, b c` into ids, checking each. */
export function splitIdList(list: string): string[] {
  return list
    .split(/[\s,]+/)
    .filter((s) => s.length > 0)
    .map(checkTaskId);
}

/** Drops trailing characters of `chars`; a loop, since `/[…]+$/` is quadratic on long runs. */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

const skillName = (s: string): string =>
  s
    .trim()
    .replace(/^\/+/, '')
    .replace(/[.:,;]+$/, '');

/**
 * Parses one task's text. Returns undefined for blank text (a trailing comma, an empty item). Throws
 * `OptionError` for a bad id, two ids, or a task that is only annotations.
 */
export function parseTaskText(text: string, ctx: TaskTextContext): RawTask | undefined {
  const original = text.trim();
  if (original.length === 0) return undefined;
  const ids: string[] = [];
  const dependsOn: string[] = [];
  const skills: string[] = [];
  let rest = original
    .replace(ID, (_m, id: string) => {
      ids.push(checkTaskId(id.trim()));
      return ' ';
    })
    .replace(DEPENDS_ON, (_m, list: string) => {
      dependsOn.push(...splitIdList(list));
      return ' ';
    })
    .replace(SKILL_TAG, (_m, list: string) => {
      skills.push(...list.split(',').map(skillName));
      return ' ';
    })
    .replace(SKILL_ARROW, (_m, name: string) => {
      skills.push(skillName(name));
      return ' ';
    });
  if (ids.length > 1) throw new OptionError('task', original, 'at most one (id: …) annotation');
  const annotated = rest !== original;
  rest = rest.replace(/\s+/g, ' ').trim();

  let domain: string | undefined;
  const prefix = DOMAIN_PREFIX.exec(rest);
  if (prefix) {
    const [, name, space, description] = prefix as unknown as [string, string, string, string];
    // Known domains always count. An unknown name counts when written as a tag (`blockchain:Deploy`, no
    // space) or in the explicit form; prose such as `Note: x` or `Fix bug: y` stays a description.
    if (ctx.registry.has(name) || space.length === 0 || ctx.explicitForm) {
      domain = name.toLowerCase();
      rest = description.trim();
    }
  }
  // Removing a trailing tag can leave its lead-in behind (`Write tests - [Skill: tdd]`).
  if (annotated) rest = trimEndOf(rest, ' :;,-\u2013\u2014');
  if (rest.length === 0) {
    throw new OptionError('task', original, 'a description besides its annotations and domain');
  }
  const task: RawTask = {
    description: rest,
    dependsOn: [...new Set(dependsOn)],
    skills: [...new Set(skills.filter((s) => s.length > 0))],
  };
  if (ids[0] !== undefined) task.id = ids[0];
  if (domain !== undefined) task.domain = domain;
  return task;
}
