/**
 * Markdown emphasis off a task's title: `**bold**`, `__bold__`, `*em*`, `_em_` and `~~struck~~` read as their
 * text. Code spans are kept: a path in backticks says something. Underscores inside words (`snake_case`) and
 * stars in globs (`src/*.ts`) are not emphasis and stay.
 */

/** `~~text~~` around the whole title: a struck-through item, which a reader takes as done. */
export function isStruck(text: string): boolean {
  return /^~~[^~](?:[\s\S]*[^~])?~~$/.test(text.trim());
}

export function stripEmphasis(text: string): string {
  return text
    .replace(/~~([^~\n]+)~~/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(^|[^\w])__([^_\n]+)__(?![\w])/g, '$1$2')
    .replace(/(^|[^\w*])\*([^*\s](?:[^*\n]*[^*\s])?)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\w])_([^_\s](?:[^_\n]*[^_\s])?)_(?![\w])/g, '$1$2');
}
