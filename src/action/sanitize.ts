/**
 * Comment text reaches an AI agent's prompt. What a reader of the comment on GitHub cannot see must not reach
 * the agent either: hidden HTML comments, zero-width and bidi characters, Unicode tag characters ("ASCII
 * smuggling"), images (their URLs can exfiltrate data when rendered) and link targets. The visible task
 * text is kept as it is.
 *
 * Any commenter can send 65 k of markup, before the permission check, so the work is linear in the length of
 * the text: each pass is one left-to-right scan (nested links are matched with a stack, not by re-running a
 * regex until nothing changes), and the few passes that removal can make necessary are bounded.
 */
import { isHiddenCodePoint } from '../util/hidden-characters.js';
import { CharBuffer } from './char-buffer.js';
import { linkPass } from './sanitize-links.js';

export { isHiddenCodePoint } from '../util/hidden-characters.js';

/** Passes after which text that still changes is adversarial: its markup characters are dropped instead. */
const MAX_PASSES = 6;

const isControl = (c: number): boolean =>
  (c <= 0x1f && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);

/**
 * Hidden characters removed, each run of control characters made one space, and HTML comments (also
 * unterminated ones, and ones that only form once a hidden character is gone: `<!\u200B--`) removed, in one
 * scan: a comment opener is looked for at the end of the text written so far.
 */
function visibleTextPass(text: string): string {
  const out = new CharBuffer(text.length);
  let inControlRun = false;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    if (isHiddenCodePoint(code)) continue;
    if (isControl(code)) {
      if (!inControlRun) out.pushCode(0x20);
      inControlRun = true;
      continue;
    }
    inControlRun = false;
    out.pushCode(code);
    if (code === 0x2d && out.endsWith('<!--')) {
      out.truncate(out.length - 4);
      const close = text.indexOf('-->', i);
      i = close === -1 ? text.length : close + 3;
    }
  }
  return out.toString();
}

/** `<img …>` tags; `>` is searched once, so a text full of `<img` and no `>` stays linear. */
function removeImgTags(text: string): string {
  const open = /<img\b/gi;
  let out = '';
  let from = 0;
  let noCloseAfter = Infinity;
  for (let m = open.exec(text); m; m = open.exec(text)) {
    if (m.index < from) continue;
    if (m.index >= noCloseAfter) break;
    const close = text.indexOf('>', m.index);
    if (close === -1) {
      noCloseAfter = m.index;
      break;
    }
    out += text.slice(from, m.index);
    from = close + 1;
    open.lastIndex = from;
  }
  return out + text.slice(from);
}

/** `[ref]: https://…` definitions, which render as nothing. Line by line, each line scanned once. */
const LINK_DEFINITION = /^ {0,3}\[[^\]\n]+\]:[^\n]*$/gm;

function pass(text: string): string {
  return linkPass(removeImgTags(visibleTextPass(text))).replace(LINK_DEFINITION, '');
}

/** Returns the comment text with everything hidden or remote removed; idempotent. */
export function sanitizeCommentText(text: string): string {
  let out = text.replace(/\r\n?/g, '\n');
  // Removing one construct can expose another (`<!<!---->--`, `[<!-[--](u)`): repeat until nothing changes.
  for (let n = 0; n < MAX_PASSES; n++) {
    const next = pass(out);
    if (next === out) return out;
    out = next;
  }
  // Only crafted input gets here. Without `<`, `[` and `]` no construct can form again, so this is final.
  return out.replace(/[<[\]]/g, '');
}

/**
 * Whether `body` could be a command once sanitized, decided from its first visible character, before any
 * sanitizing: a command starts with `/`, and only markup (`<!-- -->`, `<img>`, `![…]`, `[…]`) can stand
 * before it and vanish. Everything else, most comments, is no command at once.
 */
export function mayBeCommand(body: string): boolean {
  for (let i = 0; i < body.length;) {
    const code = body.codePointAt(i)!;
    i += code > 0xffff ? 2 : 1;
    if (isHiddenCodePoint(code) || isControl(code) || /\s/.test(String.fromCodePoint(code))) continue;
    return code === 0x2f || code === 0x3c || code === 0x21 || code === 0x5b; // / < ! [
  }
  return false;
}
