/**
 * Comment text reaches an AI agent's prompt. What a reader of the comment on GitHub cannot see must not reach
 * the agent either: hidden HTML comments, zero-width and bidi characters, Unicode tag characters ("ASCII
 * smuggling"), images (their URLs can exfiltrate data when rendered) and link targets. The visible task
 * text is kept as it is.
 */

/**
 * Zero-width, bidi-control, invisible-operator, soft-hyphen, variation-selector and tag characters, as code
 * point ranges (a regex class of combining marks is easy to misread and lint rightly flags it).
 */
const HIDDEN_RANGES: readonly (readonly [number, number])[] = [
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x061c, 0x061c], // Arabic letter mark
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors, vowel separator
  [0x200b, 0x200f], // zero-width space/joiners, LRM, RLM
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x2060, 0x206f], // word joiner, invisible operators, bidi isolates
  [0x3164, 0x3164], // Hangul filler
  [0xfe00, 0xfe0f], // variation selectors
  [0xfeff, 0xfeff], // zero-width no-break space (BOM)
  [0xffa0, 0xffa0], // half-width Hangul filler
  [0xfff9, 0xfffb], // interlinear annotations
  [0xe0000, 0xe007f], // tag characters ("ASCII smuggling")
  [0xe0100, 0xe01ef], // variation selectors supplement
];

export function isHiddenCodePoint(codePoint: number): boolean {
  return HIDDEN_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

function stripHidden(text: string): string {
  let out = '';
  for (const char of text) if (!isHiddenCodePoint(char.codePointAt(0) ?? 0)) out += char;
  return out;
}

/** C0 and C1 controls except tab and newline; a run becomes one space. */
// eslint-disable-next-line no-control-regex
const CONTROL_RUN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]+/g;

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const HTML_IMG = /<img\b[^>]*>/gi;
/**
 * A link destination as CommonMark reads it: `(url)`, `(<url with spaces>)`, `(url "title")`. A parenthesis
 * with spaces and no quoted title is not a link (`[Skill: x](id: ui)` stays text, as GitHub shows it).
 */
const DEST = String.raw`\(\s*(?:<[^>\n]*>|[^\s()]*)(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?\s*\)`;
const LABEL = String.raw`\[([^\]\n]*)\]`;
const REF = String.raw`\[[^\]\n]*\]`;
/** `![alt](url "title")` and `![alt][ref]`. */
const MD_IMAGE = new RegExp(String.raw`!${LABEL}(?:${DEST}|${REF})`, 'g');
/** `[text](url)` and `[text][ref]`; the text is kept. */
const MD_LINK = new RegExp(`${LABEL}(?:${DEST}|${REF})`, 'g');
/** `[ref]: https://…` definitions, which render as nothing. */
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm;

/** Returns the comment text with everything hidden or remote removed; idempotent. */
export function sanitizeCommentText(text: string): string {
  let out = text.replace(/\r\n?/g, '\n');
  let previous: string;
  // Until stable: removing one construct can expose another (`<!<!---->--`, `[[x](y)](z)`).
  do {
    previous = out;
    // Hidden characters first, so they cannot split the markup patterns below (`<!\u200B--`).
    out = stripHidden(out).replace(CONTROL_RUN, ' ');
    out = out
      .replace(HTML_COMMENT, '')
      .replace(HTML_IMG, '')
      .replace(MD_IMAGE, '')
      .replace(LINK_DEFINITION, '');
    out = out.replace(MD_LINK, (_match: string, label: string) => label);
  } while (out !== previous);
  return out;
}
