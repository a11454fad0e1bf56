/**
 * parseMermaid: the mermaid package's parser, in Node, accepts what GitHub renders and refuses broken syntax.
 */
import { describe, expect, it } from 'vitest';
import { parseMermaid } from './mermaid.js';

describe('parseMermaid', () => {
  it('accepts a plan graph: labelled nodes with markup and emoji, edges, classes, a link', async () => {
    const diagram = [
      'flowchart TD',
      '  t1["t1: Build login UI<br/>frontend ✅"]:::completed',
      '  t2["t2: Create #quot;JWT#quot; API"]:::running',
      '  t3(["t3: Write tests"]):::pending',
      '  t1 --> t3',
      '  t2 -->|context| t3',
      '  classDef completed fill:#2da44e,color:#fff',
      '  classDef running fill:#bf8700,color:#fff',
      '  classDef pending fill:#6e7781,color:#fff',
      '  click t1 href "https://github.com/Codertocat/Hello-World/tree/orchestrate/1-abc" _blank',
    ].join('\n');
    expect(await parseMermaid(diagram)).toBe('flowchart-v2');
    expect((globalThis as { window?: unknown }).window).toBeUndefined();
  }, 30_000);

  it('refuses broken syntax with the parser error and the diagram', async () => {
    await expect(parseMermaid('flowchart TD\n  t1 --> ')).rejects.toThrow(
      /Mermaid cannot parse this diagram: Parse error on line \d+:[\s\S]*--- diagram ---\nflowchart TD/,
    );
    await expect(parseMermaid('flowchart TD\n  t1["unclosed] --> t2')).rejects.toThrow(/Parse error/);
    // Pitfalls of text interpolated into a graph: parentheses in an unquoted label, a node named `end`,
    // a subgraph left open.
    await expect(parseMermaid('flowchart TD\n  t1[Create API (JWT)] --> t2')).rejects.toThrow(/Parse error/);
    await expect(parseMermaid('flowchart TD\n  end --> t2')).rejects.toThrow(/Parse error/);
    await expect(parseMermaid('flowchart TD\n  subgraph wave1\n  t1 --> t2')).rejects.toThrow(/Parse error/);
    await expect(parseMermaid('flowchat TD\n  a --> b')).rejects.toThrow(/No diagram type detected/);
  }, 30_000);
});
