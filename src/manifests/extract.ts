import { fencedBlocks, parseFenceMeta } from '../markdown/source';
import type { SourceBlock } from './types';

export { parseFenceMeta };

/** Fence languages the validator reads as manifests, and as shell commands. */
export const YAML_LANGS: ReadonlySet<string> = new Set(['yaml', 'yml']);
export const SHELL_LANGS: ReadonlySet<string> = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);

/**
 * Every ```yaml/```yml block and every shell block of a Markdown or MDX file, as the page's
 * compiler sees them (src/markdown/source.ts): also inside JSX such as `<Tabs>`, never inside a
 * longer fence or an MDX comment. Throws MarkdownSyntaxError on a page that does not parse.
 */
export function extractMarkdownBlocks(text: string, file: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (const fence of fencedBlocks(text, file)) {
    const language = YAML_LANGS.has(fence.lang) ? 'yaml' : SHELL_LANGS.has(fence.lang) ? 'shell' : undefined;
    if (!language) continue;
    blocks.push({
      file,
      language,
      text: fence.value,
      startLine: fence.fenceLine + 1,
      indents: fence.indents,
      meta: parseFenceMeta(fence.meta),
      fenceLine: fence.fenceLine,
      endLine: fence.endLine,
    });
  }
  return blocks;
}

const FILE_META = /^#\s*validate:\s*(.+)$/gm;

/**
 * A whole YAML file as one block. A file has no code fence, so a comment line
 * `# validate: external="ConfigMap/solr-conf" expect="image-tag"` carries the same attributes.
 */
export function yamlFileBlock(text: string, file: string, partial = false): SourceBlock {
  let lineCount = 1;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCount++;
  const meta: Record<string, string> = {};
  if (text.includes('validate:')) for (const m of text.matchAll(FILE_META)) Object.assign(meta, parseFenceMeta(m[1]!));
  delete meta['set'];
  return {
    file,
    language: 'yaml',
    text,
    startLine: 1,
    // A file has no fence indentation: every line maps to itself.
    indents: [],
    meta,
    fenceLine: 1,
    endLine: lineCount,
    partial,
  };
}
