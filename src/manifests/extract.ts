import type { SourceBlock } from './types';

const YAML_LANGS = new Set(['yaml', 'yml']);
const SHELL_LANGS = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);

/**
 * Parse code-fence meta such as `title="seek.yaml" set="seek" expect="unknown-field"`.
 * Values may be double- or single-quoted or bare; a bare word without `=` becomes `"true"`.
 */
export function parseFenceMeta(meta: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?/g;
  for (let m = re.exec(meta); m; m = re.exec(meta)) {
    const key = m[1]!;
    out[key] = m[2] ?? m[3] ?? m[4] ?? 'true';
  }
  return out;
}

interface OpenFence {
  char: '`' | '~';
  length: number;
  indent: number;
  lang: string;
  meta: string;
  fenceLine: number;
  lines: string[];
  indents: number[];
}

const FENCE_OPEN = /^( *)(`{3,}|~{3,})\s*([^\s`{]*)\s*(.*)$/;

/**
 * Every ```yaml/```yml block and every shell block of a Markdown or MDX file, also when indented
 * inside JSX such as `<Tabs>`. A line-based CommonMark fence scanner: a fence opened with N
 * backticks closes only at N or more, so blocks shown inside longer fences stay content.
 */
export function extractMarkdownBlocks(text: string, file: string): SourceBlock[] {
  const lines = text.split(/\r?\n/);
  const blocks: SourceBlock[] = [];
  let open: OpenFence | undefined;
  let inFrontMatter = lines[0] === '---';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inFrontMatter) {
      if (i > 0 && line === '---') inFrontMatter = false;
      continue;
    }
    if (!open) {
      const m = FENCE_OPEN.exec(line);
      if (!m) continue;
      const fence = m[2]!;
      // A backtick fence's info string may not contain backticks (CommonMark).
      if (fence[0] === '`' && (m[4] ?? '').includes('`')) continue;
      open = {
        char: fence[0] as '`' | '~',
        length: fence.length,
        indent: m[1]!.length,
        lang: (m[3] ?? '').toLowerCase(),
        meta: m[4] ?? '',
        fenceLine: i + 1,
        lines: [],
        indents: [],
      };
      continue;
    }
    const close = /^( *)(`{3,}|~{3,})\s*$/.exec(line);
    if (close && close[2]![0] === open.char && close[2]!.length >= open.length) {
      const language = YAML_LANGS.has(open.lang) ? 'yaml' : SHELL_LANGS.has(open.lang) ? 'shell' : undefined;
      if (language) {
        blocks.push({
          file,
          language,
          text: open.lines.join('\n'),
          startLine: open.fenceLine + 1,
          indents: open.indents,
          meta: parseFenceMeta(open.meta),
          fenceLine: open.fenceLine,
          endLine: i + 1,
        });
      }
      open = undefined;
      continue;
    }
    // Content lines lose up to the fence's indentation (CommonMark).
    let removed = 0;
    while (removed < open.indent && line[removed] === ' ') removed++;
    open.lines.push(line.slice(removed));
    open.indents.push(removed);
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
