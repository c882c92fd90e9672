/**
 * A small renderer for the part of Helm's template language (Go templates plus a few Sprig
 * functions) that the site's chart uses, so the chart can be rendered and checked where no `helm`
 * binary exists. It is deliberately strict: any action, function or field it does not know is an
 * error naming the file and line, never a silent guess. It is not Helm: no `range`, `with`,
 * variables, `tpl`, `lookup`, subcharts or capabilities. `helm template` remains the reference.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';

export interface ChartContext {
  readonly Values: Record<string, unknown>;
  readonly Release: { readonly Name: string; readonly Namespace: string; readonly Service: string };
  readonly Chart: { readonly Name: string; readonly Version: string; readonly AppVersion: string };
}

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'action'; expr: string; line: number }
  | { kind: 'if'; branches: { cond: string | null; body: Node[] }[]; line: number };

interface Token {
  kind: 'text' | 'action';
  value: string;
  line: number;
}

export class TemplateError extends Error {}

/** Splits a template into text and actions, applying `{{-` and `-}}` whitespace trimming. */
export function tokenize(source: string, file: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  let trimNext = false;
  const lineAt = (index: number): number => source.slice(0, index).split('\n').length;
  while (pos < source.length) {
    const open = source.indexOf('{{', pos);
    let text = source.slice(pos, open === -1 ? source.length : open);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (open === -1) {
      tokens.push({ kind: 'text', value: text, line: lineAt(pos) });
      break;
    }
    const close = source.indexOf('}}', open);
    if (close === -1) throw new TemplateError(`${file}:${lineAt(open)}: "{{" without "}}"`);
    let inner = source.slice(open + 2, close);
    if (inner.startsWith('- ') || inner === '-') {
      text = text.replace(/\s+$/, '');
      inner = inner.slice(1);
    }
    trimNext = false;
    if (inner.endsWith(' -')) {
      trimNext = true;
      inner = inner.slice(0, -1);
    }
    if (text) tokens.push({ kind: 'text', value: text, line: lineAt(pos) });
    const expr = inner.trim();
    if (!(expr.startsWith('/*') && expr.endsWith('*/'))) tokens.push({ kind: 'action', value: expr, line: lineAt(open) });
    pos = close + 2;
  }
  return tokens;
}

/** Parses tokens into a tree; `define` blocks are collected into `defines`. */
export function parse(source: string, file: string, defines: Map<string, Node[]>): Node[] {
  const tokens = tokenize(source, file);
  let index = 0;
  const block = (terminators: string[]): { body: Node[]; end: string } => {
    const body: Node[] = [];
    while (index < tokens.length) {
      const token = tokens[index++]!;
      if (token.kind === 'text') {
        body.push({ kind: 'text', value: token.value });
        continue;
      }
      const word = token.value.split(/\s+/)[0] ?? '';
      if (terminators.includes(word) || (word === 'else' && terminators.includes('else'))) return { body, end: token.value };
      if (word === 'define') {
        const name = /^define\s+"([^"]+)"$/.exec(token.value)?.[1];
        if (!name) throw new TemplateError(`${file}:${token.line}: malformed define`);
        const inner = block(['end']);
        defines.set(name, inner.body);
      } else if (word === 'if') {
        const branches: { cond: string | null; body: Node[] }[] = [];
        let cond: string | null = token.value.slice(2).trim();
        for (;;) {
          const part = block(['end', 'else']);
          branches.push({ cond, body: part.body });
          if (part.end === 'end') break;
          const rest = part.end.slice(4).trim();
          if (rest === '') cond = null;
          else if (rest.startsWith('if ')) cond = rest.slice(3).trim();
          else throw new TemplateError(`${file}:${token.line}: unsupported "${part.end}"`);
        }
        body.push({ kind: 'if', branches, line: token.line });
      } else if (['range', 'with', 'template', 'block', 'end', 'else'].includes(word) || word.startsWith('$')) {
        throw new TemplateError(`${file}:${token.line}: "${token.value}" is not supported by this renderer (use helm template)`);
      } else {
        body.push({ kind: 'action', expr: token.value, line: token.line });
      }
    }
    if (terminators.length > 0) throw new TemplateError(`${file}: missing {{ end }}`);
    return { body, end: '' };
  };
  return block([]).body;
}

/** Splits an expression into words, keeping quoted strings and parenthesised groups whole. */
function words(expr: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < expr.length) {
    const c = expr[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      let j = i + 1;
      while (j < expr.length && expr[j] !== '"') j += expr[j] === '\\' ? 2 : 1;
      out.push(expr.slice(i, j + 1));
      i = j + 1;
    } else if (c === '(') {
      let depth = 0;
      let j = i;
      for (; j < expr.length; j++) {
        if (expr[j] === '(') depth++;
        if (expr[j] === ')' && --depth === 0) break;
      }
      out.push(expr.slice(i, j + 1));
      i = j + 1;
    } else if (c === '|') {
      out.push('|');
      i++;
    } else {
      let j = i;
      while (j < expr.length && !/[\s|()]/.test(expr[j]!)) j++;
      out.push(expr.slice(i, j));
      i = j;
    }
  }
  return out;
}

function truthy(value: unknown): boolean {
  if (value === undefined || value === null || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface Renderer {
  /** Renders the template file `name` (as registered) with `.` set to the chart context. */
  renderFile(name: string): string;
}

/**
 * Builds a renderer for a chart's templates. `files` maps template names as Helm registers them
 * (`seek/templates/configmap.yaml`) to their text.
 */
export function createRenderer(files: ReadonlyMap<string, string>, context: ChartContext, basePath: string): Renderer {
  const defines = new Map<string, Node[]>();
  const trees = new Map<string, Node[]>();
  for (const [name, text] of files) trees.set(name, parse(text, name, defines));
  const root = { ...context, Template: { BasePath: basePath } };

  const lookup = (path: string, dot: unknown, where: string): unknown => {
    const [start, ...parts] = path.startsWith('$.') ? ['$', ...path.slice(2).split('.')] : ['.', ...path.slice(1).split('.').filter(Boolean)];
    let value: unknown = start === '$' ? root : dot;
    for (const part of parts) {
      if (value === null || typeof value !== 'object' || !(part in (value as object))) {
        // Helm renders a missing value as empty; for a check, a missing key is a mistake.
        throw new TemplateError(`${where}: ${path} does not exist`);
      }
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  };

  const functions: Record<string, (args: unknown[], where: string) => unknown> = {
    include: ([name, dot], where) => {
      const key = String(name);
      if (defines.has(key)) return run(defines.get(key)!, dot, `${where} (include "${key}")`);
      if (trees.has(key)) return run(trees.get(key)!, dot, key);
      throw new TemplateError(`${where}: include "${key}": no such template`);
    },
    toYaml: ([value]) => stringify(value).replace(/\n$/, ''),
    nindent: ([n, text]) => '\n' + asText(text).split('\n').map((l) => ' '.repeat(Number(n)) + l).join('\n'),
    indent: ([n, text]) => asText(text).split('\n').map((l) => ' '.repeat(Number(n)) + l).join('\n'),
    quote: ([value]) => JSON.stringify(asText(value)),
    printf: ([format, ...rest]) => {
      let i = 0;
      return String(format).replace(/%[sd]/g, () => asText(rest[i++]));
    },
    print: (args) => args.map(asText).join(''),
    trunc: ([n, text]) => asText(text).slice(0, Number(n)),
    trimSuffix: ([suffix, text]) => {
      const s = asText(text);
      return s.endsWith(String(suffix)) ? s.slice(0, -String(suffix).length) : s;
    },
    contains: ([needle, haystack]) => asText(haystack).includes(asText(needle)),
    sha256sum: ([text]) => createHash('sha256').update(asText(text)).digest('hex'),
    eq: ([a, b]) => a === b,
    ne: ([a, b]) => a !== b,
    not: ([a]) => !truthy(a),
    and: (args) => args.find((a) => !truthy(a)) ?? args[args.length - 1],
    or: (args) => args.find((a) => truthy(a)) ?? args[args.length - 1],
    default: ([fallback, value]) => (truthy(value) ? value : fallback),
    required: ([message, value], where) => {
      if (!truthy(value)) throw new TemplateError(`${where}: ${String(message)}`);
      return value;
    },
  };

  const operand = (word: string, dot: unknown, where: string): unknown => {
    if (word.startsWith('"')) return JSON.parse(word) as string;
    if (/^-?\d+$/.test(word)) return Number(word);
    if (word === 'true' || word === 'false') return word === 'true';
    if (word === '.') return dot;
    if (word === '$') return root;
    if (word.startsWith('(')) return pipeline(word.slice(1, -1), dot, where);
    if (word.startsWith('.') || word.startsWith('$.')) return lookup(word, dot, where);
    throw new TemplateError(`${where}: cannot read "${word}"`);
  };

  const pipeline = (expr: string, dot: unknown, where: string): unknown => {
    const commands: string[][] = [[]];
    for (const w of words(expr)) {
      if (w === '|') commands.push([]);
      else commands[commands.length - 1]!.push(w);
    }
    let result: unknown;
    commands.forEach((command, i) => {
      const [head, ...rest] = command;
      if (head === undefined) throw new TemplateError(`${where}: empty command in "${expr}"`);
      const fn = functions[head];
      if (!fn && (rest.length > 0 || i > 0)) throw new TemplateError(`${where}: unknown function "${head}"`);
      if (!fn) {
        result = operand(head, dot, where);
        return;
      }
      const args = rest.map((w) => operand(w, dot, where));
      if (i > 0) args.push(result);
      result = fn(args, where);
    });
    return result;
  };

  const run = (nodes: Node[], dot: unknown, file: string): string => {
    let out = '';
    for (const node of nodes) {
      if (node.kind === 'text') out += node.value;
      else if (node.kind === 'action') out += asText(pipeline(node.expr, dot, `${file}:${node.line}`));
      else {
        const branch = node.branches.find((b) => b.cond === null || truthy(pipeline(b.cond, dot, `${file}:${node.line}`)));
        if (branch) out += run(branch.body, dot, file);
      }
    }
    return out;
  };

  return {
    renderFile(name: string): string {
      const tree = trees.get(name);
      if (!tree) throw new TemplateError(`no template ${name}`);
      return run(tree, root, name);
    },
  };
}
