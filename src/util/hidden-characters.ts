/**
 * Characters a reader does not see but a program (or a model) reads: zero-width, bidi-control,
 * invisible-operator, soft-hyphen, variation-selector and tag characters. Shared by the action's comment
 * sanitizer, which removes them, and the plan file reader, which shows bidi controls instead of passing them on.
 */

/** As code point ranges (a regex class of combining marks is easy to misread and lint rightly flags it). */
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
  if (codePoint < 0xad) return false;
  return HIDDEN_RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/**
 * The bidi controls that reorder how text is shown (the "Trojan Source" characters, CVE-2021-42574): an
 * embedding, override or isolate, and the marks.
 */
export function isBidiControl(codePoint: number): boolean {
  return (
    codePoint === 0x061c ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2066 && codePoint <= 0x2069)
  );
}
