/**
 * The domain registry: which domains exist, their keywords, and keyword-based detection of a task's domain.
 * A domain becomes a worker (`omo-worker-<domain>`), a container name and a git branch segment, so names are
 * held to a safe lowercase form here, once.
 */
import { OptionError } from '../util/errors.js';

/** The default domains and their keywords, in order: the order breaks ties. A domain's own name is a keyword too. */
export const DEFAULT_DOMAINS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['frontend', ['ui', 'ux', 'component', 'react', 'vue', 'css', 'tailwind', 'form']],
  ['backend', ['api', 'endpoint', 'server', 'jwt', 'oauth', 'middleware']],
  ['testing', ['test', 'spec', 'coverage', 'jest', 'pytest', 'e2e']],
  ['database', ['sql', 'migration', 'schema', 'orm', 'postgres', 'mongodb']],
  ['devops', ['docker', 'kubernetes', 'ci/cd', 'deploy', 'terraform']],
  ['security', ['audit', 'penetration', 'vulnerability', 'owasp', 'encryption']],
  ['ml', ['model', 'training', 'dataset', 'neural network', 'pytorch']],
  ['mobile', ['ios', 'android', 'react native', 'flutter']],
  ['documentation', ['docs', 'readme', 'api docs', 'guide']],
];

/** What a task that matches no keyword gets. Always a valid domain, never needs registering. */
export const GENERAL_DOMAIN = 'general';

const DOMAIN_NAME = /^[a-z][a-z0-9-]{0,39}$/;
const DOMAIN_NAME_EXPECTED =
  'a domain name of lowercase letters, digits and "-", starting with a letter, 1-40 long';
const MAX_KEYWORD_LENGTH = 100;

/** Lowercases and checks a domain name; throws `OptionError` quoting a name unsafe for containers and branches. */
export function normalizeDomainName(name: string): string {
  const normalized = name.trim().toLowerCase();
  if (!DOMAIN_NAME.test(normalized)) throw new OptionError('domain', name, DOMAIN_NAME_EXPECTED);
  return normalized;
}

/** True when `name` (any case) is a well-formed domain name. */
export function isDomainName(name: string): boolean {
  return DOMAIN_NAME.test(name.trim().toLowerCase());
}

function normalizeKeyword(keyword: string): string {
  const normalized = keyword.trim().toLowerCase().replace(/\s+/g, ' ');
  if (
    normalized.length === 0 ||
    normalized.length > MAX_KEYWORD_LENGTH ||
    !/[\p{L}\p{N}]/u.test(normalized)
  ) {
    throw new OptionError('keyword', keyword, `1-${MAX_KEYWORD_LENGTH} characters with a letter or digit`);
  }
  return normalized;
}

// Unicode-mode regexes refuse needless escapes (`\-`), so only the syntax characters are escaped.
const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A keyword as a regex source: phrase words joined by spaces or hyphens, plurals (`s`, `es`, `y` → `ies`) allowed. */
function keywordSource(keyword: string): string {
  const words = keyword.split(' ').map(escapeRegExp);
  const last = words.length - 1;
  const lastWord = keyword.split(' ')[last]!;
  words[last] = /[^aeiou]y$/.test(lastWord)
    ? `${escapeRegExp(lastWord.slice(0, -1))}(?:y|ies)`
    : `${words[last]}(?:e?s)?`;
  return words.join('[\\s-]+');
}

interface Matcher {
  regex: RegExp;
  /** For capture group i + 1, the domains whose keyword it is. */
  groups: string[][];
}

export class DomainRegistry {
  /** The shared registry library users extend (`DomainRegistry.register(...)`); plans work on clones of it. */
  static readonly default: DomainRegistry = new DomainRegistry();

  /** Registers on the shared default registry, as in `DomainRegistry.register("blockchain", [...])`. */
  static register(name: string, keywords: readonly string[] = []): string {
    return DomainRegistry.default.register(name, keywords);
  }

  /** Domain -> its keywords (own name included), in registration order: the order breaks ties. */
  private readonly domains = new Map<string, Set<string>>();
  private matcher: Matcher | undefined;

  constructor(domains: Iterable<readonly [string, readonly string[]]> = DEFAULT_DOMAINS) {
    for (const [name, keywords] of domains) this.register(name, keywords);
  }

  /**
   * Adds a domain, or more keywords to an existing one (its place in the tie order stays). Returns the
   * normalized name. Throws `OptionError` for a bad name or keyword.
   */
  register(name: string, keywords: readonly string[] = []): string {
    const domain = normalizeDomainName(name);
    const normalized = keywords.map(normalizeKeyword);
    let set = this.domains.get(domain);
    if (!set) {
      set = new Set([domain]);
      this.domains.set(domain, set);
    }
    for (const k of normalized) set.add(k);
    this.matcher = undefined;
    return domain;
  }

  /** True for a registered domain and for `general`; any case. Never throws. */
  has(name: string): boolean {
    const n = name.trim().toLowerCase();
    return n === GENERAL_DOMAIN || this.domains.has(n);
  }

  /** Every domain `detect` can return, in tie-break order, `general` last. */
  names(): string[] {
    const names = [...this.domains.keys()];
    if (!this.domains.has(GENERAL_DOMAIN)) names.push(GENERAL_DOMAIN);
    return names;
  }

  /** A domain's keywords (its own name first), or undefined when it is not registered. */
  keywords(name: string): string[] | undefined {
    const set = this.domains.get(name.trim().toLowerCase());
    return set ? [...set] : undefined;
  }

  /**
   * The domain whose keywords occur most often in `description` as whole words or phrases; ties go to the
   * domain registered first; no match gives `general`.
   */
  detect(description: string): string {
    const { regex, groups } = this.compiled();
    const counts = new Map<string, number>();
    regex.lastIndex = 0;
    for (let m = regex.exec(description); m !== null; m = regex.exec(description)) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      for (const domain of groups[group - 1] ?? []) counts.set(domain, (counts.get(domain) ?? 0) + 1);
    }
    let best = GENERAL_DOMAIN;
    let bestCount = 0;
    // Map iteration is registration order, so a strict `>` leaves ties with the domain listed first.
    for (const domain of this.domains.keys()) {
      const count = counts.get(domain) ?? 0;
      if (count > bestCount) {
        best = domain;
        bestCount = count;
      }
    }
    return best;
  }

  /** An independent copy: registering on it leaves this registry untouched. */
  clone(): DomainRegistry {
    return new DomainRegistry([...this.domains].map(([name, set]) => [name, [...set]] as const));
  }

  /**
   * One alternation of every keyword, longest first, compiled once per change. Scanning with it is
   * leftmost-longest, so a phrase consumes its words: `react native` counts for mobile, not also `react` for
   * frontend, and `api docs` for documentation, not `api` for backend.
   */
  private compiled(): Matcher {
    if (this.matcher) return this.matcher;
    const owners = new Map<string, string[]>();
    for (const [domain, keywords] of this.domains) {
      for (const k of keywords) (owners.get(k) ?? owners.set(k, []).get(k)!).push(domain);
    }
    const keywords = [...owners.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b));
    // An empty registry must match nothing (an empty alternation would match everywhere, forever).
    const body = keywords.length === 0 ? '(?!)' : keywords.map((k) => `(${keywordSource(k)})`).join('|');
    this.matcher = {
      regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'giu'),
      groups: keywords.map((k) => owners.get(k)!),
    };
    return this.matcher;
  }
}
