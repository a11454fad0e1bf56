/**
 * Checks Mermaid syntax with the `mermaid` package's own parser, the code that turns a ```mermaid block into
 * a diagram when GitHub renders it, run here in Node.
 *
 * Mermaid sanitizes labels with DOMPurify, and DOMPurify needs a DOM when it is created (without one, parsing
 * any labelled node fails with "DOMPurify.addHook is not a function"). So a jsdom window is global only while
 * mermaid is imported, and removed after: parsing needs nothing more, and no other code of the test sees a
 * `window`. The first call takes one to two seconds (jsdom and mermaid load); later calls take milliseconds.
 */
import type { Mermaid } from 'mermaid';

let loading: Promise<Mermaid> | undefined;

/**
 * Resolves to the diagram type (e.g. `flowchart-v2`) when `text` (the block's content, without the fences)
 * is valid Mermaid; throws with mermaid's parse error and the diagram when it is not.
 */
export async function parseMermaid(text: string): Promise<string> {
  const mermaid = await (loading ??= load());
  try {
    const result = await mermaid.parse(text);
    return result ? result.diagramType : 'unknown';
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Mermaid cannot parse this diagram: ${message}\n--- diagram ---\n${text}`, {
      cause: error,
    });
  }
}

async function load(): Promise<Mermaid> {
  const { JSDOM } = await import('jsdom');
  const global = globalThis as { window?: unknown };
  const had = 'window' in global;
  global.window ??= new JSDOM('').window;
  try {
    return (await import('mermaid')).default;
  } finally {
    if (!had) delete global.window;
  }
}
