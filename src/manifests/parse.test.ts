/**
 * The fast path of parseBlock (js-yaml) and the exact parse (the yaml package) must give one
 * verdict: the same values and the same findings, on every fixture and every page of the site.
 */
import { describe, expect, it } from 'vitest';
import { blocksOfPaths } from './validate';
import { parseBlock, parseBlockWithPositions } from './parse';

describe('parseBlock', () => {
  it('gives the same values and findings on its fast path as the exact parse, on every fixture and page', () => {
    const { blocks } = blocksOfPaths(['src/manifests/__fixtures__', 'docs', 'static/examples'], process.cwd());
    expect(blocks.length).toBeGreaterThan(300);
    const disagreements = blocks.flatMap((block) => {
      const fast = parseBlock(block);
      const exact = parseBlockWithPositions(block);
      const same =
        JSON.stringify(fast.findings) === JSON.stringify(exact.findings) &&
        JSON.stringify(fast.documents.map((d) => d.value)) === JSON.stringify(exact.documents.map((d) => d.value));
      return same ? [] : [`${block.file}:${block.startLine}`];
    });
    expect(disagreements).toEqual([]);
  });

  it('reads what kubectl reads: a \\\' escape and a comment right after a quote, with a warning', () => {
    const block = { file: 'x.yaml', text: 'a: "it\\\'s"\nb: "q"#c\n', startLine: 1, indents: [] } as unknown as Parameters<typeof parseBlock>[0];
    const { documents, findings } = parseBlock(block);
    expect(documents[0]!.value).toEqual({ a: "it's", b: 'q' });
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}`)).toEqual(['1:7 warning yaml-compat', '2:7 warning yaml-compat']);
  });

  it('reports a document that cannot be converted (aliases expanding without bound) instead of dropping it', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 12; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`);
    const block = { file: 'bomb.yaml', text: lines.join('\n') + '\n', startLine: 1, indents: [] } as unknown as Parameters<typeof parseBlock>[0];
    const { documents, findings } = parseBlock(block);
    expect(documents[0]!.clean).toBe(false);
    expect(findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}`)).toEqual(['1:1 error yaml-syntax']);
    expect(findings[0]!.message).toMatch(/^YAML cannot be read: /);
  });
});
