/**
 * What a plan's reader sees must be what the agent reads. Bidi control characters reorder how text is shown
 * (a line that reads as harmless can run as something else, the "Trojan Source" trick), so they are made
 * visible as `<U+202E>` in what the agent receives, and each line that held one is named in a warning.
 */
import { isBidiControl } from '../../util/hidden-characters.js';

/** At most this many lines are named; the rest are counted. */
const NAMED_LINES = 5;

export function revealBidi(text: string, where: string): { text: string; warnings: string[] } {
  if (!hasBidi(text)) return { text, warnings: [] };
  const lines: number[] = [];
  let line = 1;
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\n') line++;
    if (isBidiControl(code)) {
      if (lines[lines.length - 1] !== line) lines.push(line);
      out += `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
    } else {
      out += char;
    }
  }
  const named = lines.slice(0, NAMED_LINES).map((l) => `${where}:${l}`);
  const more = lines.length > NAMED_LINES ? ` and ${lines.length - NAMED_LINES} more line(s)` : '';
  return {
    text: out,
    warnings: [
      `bidi control characters (which reorder how text is shown) made visible as <U+…> at ${named.join(', ')}${more}`,
    ],
  };
}

function hasBidi(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isBidiControl(text.charCodeAt(i))) return true;
  return false;
}
