import { levenshtein } from '../../util/edit-distance';
import { closest } from '../suggest';
import type { Finding, SourceBlock } from '../types';
import { kubectlTable as kubectl, type CommandInfo, type FlagInfo } from './command-table';

/**
 * Every name kubectl accepts for a resource type, from `kubectl api-resources` of the pinned
 * server (with the Gateway API CRDs): plural, singular (the kind in lower case), short names and
 * the kind, each also qualified by its group ("deployments.apps"). "all" is kubectl's own.
 */
const RESOURCE_NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>(['all']);
  for (const r of kubectl.resources) {
    const group = r.apiVersion.includes('/') ? r.apiVersion.slice(0, r.apiVersion.lastIndexOf('/')) : '';
    for (const name of [r.name, r.kind.toLowerCase(), r.kind, ...(r.shortNames ?? [])]) {
      names.add(name);
      if (group) names.add(`${name}.${group}`);
    }
  }
  return names;
})();

/** Commands whose first argument is a resource TYPE (or TYPE/NAME). */
const TYPE_FIRST = new Set([
  'get', 'describe', 'delete', 'edit', 'explain', 'label', 'annotate', 'patch', 'scale', 'autoscale', 'expose', 'wait',
  'rollout status', 'rollout history', 'rollout undo', 'rollout restart', 'rollout pause', 'rollout resume',
  'set image', 'set env', 'set resources', 'set selector', 'set serviceaccount', 'set subject',
]);
/** Commands that take TYPE/NAME only with a slash (a bare word is a Pod or Node name). */
const TYPE_WITH_SLASH = new Set(['logs', 'exec', 'attach', 'port-forward', 'debug']);
/** Commands that need a subcommand. */
const NEEDS_SUBCOMMAND = new Set(['rollout', 'set', 'config', 'auth', 'top', 'certificate', 'create secret', 'create service', 'plugin']);

interface Token {
  text: string;
  line: number;
  column: number;
}

const SEPARATORS = new Set(['|', '||', '&&', ';', '&']);

/** Split a shell line into words with their columns; quotes are kept as one word, comments dropped. */
function tokenize(text: string, line: number, columnOffset: number): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ' || ch === '\t') {
      i++;
      continue;
    }
    if (ch === '#') break;
    if (ch === '(' || ch === ')' || ch === '`') {
      tokens.push({ text: ';', line, column: i + 1 + columnOffset });
      i++;
      continue;
    }
    const start = i;
    let word = '';
    while (i < text.length && text[i] !== ' ' && text[i] !== '\t') {
      const c = text[i]!;
      if (c === '"' || c === "'") {
        const end = text.indexOf(c, i + 1);
        const stop = end < 0 ? text.length : end;
        word += text.slice(i + 1, stop);
        i = stop + 1;
        continue;
      }
      if (c === '$' && text[i + 1] === '(') {
        i += 2;
        break;
      }
      if (c === ')' || c === '`' || c === ';' || (c === '|' && word === '') || (c === '&' && text[i + 1] === '&')) break;
      word += c;
      i++;
    }
    if (word === '' && i === start) {
      // A separator character on its own.
      const two = text.slice(i, i + 2);
      const sep = two === '&&' || two === '||' ? two : text[i]!;
      tokens.push({ text: sep === '|' || sep === '&&' || sep === '||' || sep === ';' || sep === '&' ? sep : ';', line, column: i + 1 + columnOffset });
      i += sep.length;
      continue;
    }
    if (word !== '') tokens.push({ text: word, line, column: start + 1 + columnOffset });
    else tokens.push({ text: ';', line, column: start + 1 + columnOffset });
  }
  return tokens;
}

function commandOf(path: string[]): CommandInfo | undefined {
  return kubectl.commands[path.join(' ')];
}

function findFlag(path: string[], name: string): FlagInfo | undefined {
  return commandOf(path)?.flags[name] ?? kubectl.global[name];
}

function findShort(path: string[], short: string): FlagInfo | undefined {
  const flags = { ...kubectl.global, ...(commandOf(path)?.flags ?? {}) };
  return Object.values(flags).find((f) => f.short === short);
}

function allFlagNames(path: string[]): string[] {
  return [...Object.keys(commandOf(path)?.flags ?? {}), ...Object.keys(kubectl.global)];
}

const DASHES = /^[\u2010-\u2015\u2212]/;

/** Check one kubectl invocation (tokens after the word kubectl). */
function checkInvocation(args: Token[], emit: (token: Token, message: string) => void): void {
  const path: string[] = [];
  const positionals: Token[] = [];
  let previousWasFile = false;
  for (let i = 0; i < args.length; i++) {
    const token = args[i]!;
    const text = token.text;
    const wasFile = previousWasFile;
    previousWasFile = false;
    if (text === '--') break;
    if (DASHES.test(text)) {
      emit(token, `"${text}" starts with a typographic dash (${text[0]}), not "--": write --${text.replace(DASHES, '').replace(/^-/, '')}`);
      continue;
    }
    if (text === '-') {
      if (wasFile) continue;
      const next = args[i + 1];
      if (next && next.text.startsWith('-') && !next.text.startsWith('--')) {
        emit(token, `"- ${next.text}" has a space inside the dashes: write -${next.text}`);
        i++;
      } else emit(token, 'a lone "-" is only valid as the file name of -f (read from stdin)');
      continue;
    }
    if (text.startsWith('--')) {
      const [name, value] = text.slice(2).split(/=(.*)/s) as [string, string | undefined];
      const flag = findFlag(path, name);
      if (!flag) {
        const where = path.length ? `kubectl ${path.join(' ')}` : 'kubectl';
        emit(token, `${where} has no flag --${name}${suggestion(name, allFlagNames(path), '--')}`);
        continue;
      }
      if (flag.value && value === undefined && name !== 'dry-run') {
        i++;
        previousWasFile = name === 'filename';
      }
      continue;
    }
    if (text.startsWith('-') && text.length > 1 && !/^-\d/.test(text)) {
      const body = text.slice(1);
      const name = body.split('=')[0]!;
      if (name.length > 1 && findFlag(path, name)) {
        emit(token, `"-${name}" is not a flag: long flags take two dashes, write --${body}`);
        continue;
      }
      // A cluster of shorthands: -it, -nseek, -f=file.yaml, -o wide.
      for (let c = 0; c < body.length; c++) {
        const flag = findShort(path, body[c]!);
        if (!flag) {
          const where = path.length ? `kubectl ${path.join(' ')}` : 'kubectl';
          emit(token, `${where} has no flag -${body[c]}${name.length > 1 ? suggestion(name, allFlagNames(path), '--') : ''}`);
          break;
        }
        if (flag.value) {
          if (c === body.length - 1) {
            i++;
            previousWasFile = body[c] === 'f';
          }
          break;
        }
      }
      continue;
    }
    // `kubectl help [command...]` is cobra's own command: it takes any command words.
    if (path.length === 0 && text === 'help') return;
    if (path.length === 0) {
      const alias = Object.keys(kubectl.commands).find((c) => !c.includes(' ') && kubectl.commands[c]!.aliases?.includes(text));
      if (alias) {
        path.push(alias);
        continue;
      }
      if (!commandOf([text])) {
        emit(token, `"${text}" is not a kubectl command${suggestion(text, Object.keys(kubectl.commands).filter((c) => !c.includes(' ')), 'kubectl ')}`);
        return;
      }
      path.push(text);
      continue;
    }
    const command = commandOf(path)!;
    if (command.subcommands.length > 0 && positionals.length === 0) {
      const sub = command.subcommands.find((s) => s === text || commandOf([...path, s])?.aliases?.includes(text));
      if (sub) {
        path.push(sub);
        continue;
      }
      if (path.join(' ') === 'create' || NEEDS_SUBCOMMAND.has(path.join(' '))) {
        const asVerb = commandOf([text]) ? `; "${text}" is a command of its own: write kubectl ${text} ...` : suggestion(text, command.subcommands, `kubectl ${path.join(' ')} `);
        emit(token, `kubectl ${path.join(' ')} has no subcommand "${text}"${asVerb}`);
        return;
      }
    }
    positionals.push(token);
  }
  const joined = path.join(' ');
  if (path.length > 0 && NEEDS_SUBCOMMAND.has(joined) && args.every((t) => t.text !== '--help' && t.text !== '-h'))
    emit(args[0]!, `kubectl ${joined} needs a subcommand: ${commandOf(path)!.subcommands.join(', ')}`);
  const first = positionals[0];
  if (!first) return;
  if (TYPE_FIRST.has(joined) || (TYPE_WITH_SLASH.has(joined) && first.text.includes('/'))) {
    const types = first.text.split('/')[0]!;
    if (joined === 'explain') return checkType(first, types.split('.')[0]!, emit);
    for (const type of types.split(',')) checkType(first, type, emit);
  }
}

function checkType(token: Token, type: string, emit: (token: Token, message: string) => void): void {
  if (type === '' || RESOURCE_NAMES.has(type) || RESOURCE_NAMES.has(type.toLowerCase())) return;
  // A custom resource may have any name: only a near miss of a built-in type is an error.
  const near = closest(type, [...RESOURCE_NAMES].filter((n) => !n.includes('.')));
  if (near) emit(token, `"${type}" is not a resource type; did you mean "${near}"?`);
}

function suggestion(input: string, candidates: string[], prefix: string): string {
  const near = closest(input, candidates);
  return near ? `; did you mean ${prefix}${near}?` : '';
}

const KUBECTL_TYPO = /^kub[a-z0-9]*$/i;
/** Commands of their own that merely look like kubectl. */
const OTHER_KUBE_TOOLS = new Set(['kubeadm', 'kubelet', 'kubectx', 'kubens', 'kubeval', 'kubeconform', 'kubescape', 'kubeseal', 'kubecolor', 'kubent', 'kubetail', 'kubebuilder', 'kubeshark', 'kubecm', 'kubefwd']);

/** Findings for the kubectl commands of a shell block; lines that don't run kubectl are skipped. */
export function checkKubectlBlock(block: SourceBlock): Finding[] {
  const findings: Finding[] = [];
  const lines = block.text.split('\n');
  let tokens: Token[] = [];
  const flush = (): void => {
    let command: Token[] = [];
    const run = (): void => {
      checkCommand(command);
      command = [];
    };
    for (const t of tokens) {
      if (SEPARATORS.has(t.text)) run();
      else command.push(t);
    }
    run();
    tokens = [];
  };
  const checkCommand = (words: Token[]): void => {
    let start = 0;
    while (start < words.length) {
      const w = words[start]!.text;
      if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(w) || ['sudo', 'time', 'watch', 'exec', '$', '>', 'then', 'do', 'else', '{', 'if', 'while', '!'].includes(w)) start++;
      else break;
    }
    const head = words[start];
    if (!head) return;
    const emit = (token: Token, message: string): void => {
      findings.push({ file: block.file, line: token.line, column: token.column, rule: 'kubectl-command', severity: 'error', message });
    };
    if (head.text === 'kubectl') checkInvocation(words.slice(start + 1), emit);
    else if (KUBECTL_TYPO.test(head.text) && !OTHER_KUBE_TOOLS.has(head.text.toLowerCase()) && levenshtein(head.text.toLowerCase(), 'kubectl', 2) <= 2 && head.text.length >= 5)
      emit(head, `"${head.text}" is not a command; did you mean kubectl?`);
  };
  lines.forEach((raw, index) => {
    const continued = /\\\s*$/.test(raw);
    const text = continued ? raw.replace(/\\\s*$/, '') : raw;
    tokens.push(...tokenize(text, block.startLine + index, block.indents[index] ?? 0));
    if (!continued) flush();
  });
  flush();
  return findings;
}

/** Check kubectl commands in plain shell text (one command per line). */
export function checkKubectlText(text: string, file = '<input>'): Finding[] {
  const lineCount = text.split('\n').length;
  return checkKubectlBlock({ file, language: 'shell', text, startLine: 1, indents: new Array<number>(lineCount).fill(0), meta: {}, fenceLine: 1, endLine: lineCount });
}
