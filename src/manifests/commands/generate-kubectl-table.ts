/**
 * Builds kubectl-table.json from `kubectl <command> --help` of a local kubectl: every command and
 * subcommand with its flags (long name, shorthand, whether it takes a value), and the global
 * options of `kubectl options`. CI does not need kubectl: the table is committed.
 * Run: `npx tsx src/manifests/commands/generate-kubectl-table.ts`.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export interface FlagInfo {
  /** Takes a value (false for boolean flags, which default to true/false). */
  value: boolean;
  short?: string;
}

export interface CommandInfo {
  flags: Record<string, FlagInfo>;
  subcommands: string[];
  /** Other names of the command ("deploy" for "create deployment"). */
  aliases?: string[];
}

export interface KubectlTable {
  kubectl: string;
  global: Record<string, FlagInfo>;
  commands: Record<string, CommandInfo>;
}

const help = (args: string[]): string => execFileSync('kubectl', [...args], { encoding: 'utf8', env: { ...process.env, KUBECONFIG: '/dev/null' } });

export function parseOptions(text: string): Record<string, FlagInfo> {
  const flags: Record<string, FlagInfo> = {};
  for (const m of text.matchAll(/^\s{4}(?:-([a-zA-Z0-9]), )?--([a-z0-9-]+)=(.*):$/gm)) {
    const defaultValue = m[3]!;
    flags[m[2]!] = { value: !(defaultValue === 'true' || defaultValue === 'false'), ...(m[1] ? { short: m[1] } : {}) };
  }
  return flags;
}

function parseSubcommands(text: string): string[] {
  const section = /Available Commands:\n([\s\S]*?)\n\n/.exec(text);
  if (!section) return [];
  return [...section[1]!.matchAll(/^ {2}([a-z][a-z0-9-]*)\s/gm)].map((m) => m[1]!);
}

export function buildKubectlTable(): KubectlTable {
  const top = help(['--help']);
  const verbs = [...top.matchAll(/^ {2}([a-z][a-z0-9-]*)\s{2,}/gm)].map((m) => m[1]!).filter((v) => v !== 'kubectl');
  const commands: Record<string, CommandInfo> = {};
  const visit = (words: string[]): void => {
    const text = help([...words, '--help']);
    const options = /Options:\n([\s\S]*?)\n(?:Usage|Use ")/.exec(text)?.[1] ?? '';
    const subcommands = parseSubcommands(text);
    const aliases = /^Aliases:\n(.*)$/m.exec(text)?.[1]?.split(',').map((a) => a.trim()).filter((a) => a !== words.at(-1)) ?? [];
    commands[words.join(' ')] = { flags: parseOptions(options), subcommands, ...(aliases.length ? { aliases } : {}) };
    for (const sub of subcommands) visit([...words, sub]);
  };
  for (const verb of [...new Set([...verbs, 'options'])]) visit([verb]);
  const version = /Client Version: (\S+)/.exec(help(['version', '--client']))?.[1] ?? 'unknown';
  return { kubectl: version, global: parseOptions(help(['options'])), commands };
}

if (process.argv[1] && /generate-kubectl-table\.ts$/.test(process.argv[1])) {
  const out = path.join(process.cwd(), 'src/manifests/commands/kubectl-table.json');
  const table = buildKubectlTable();
  writeFileSync(out, `${JSON.stringify(table, null, 1)}\n`);
  console.log(`wrote ${out}: ${Object.keys(table.commands).length} commands, kubectl ${table.kubectl}`);
}
