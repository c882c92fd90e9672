/**
 * Reads kubectl-table.json off kubectl (the generator behind `npm run kubectl-table`): `--help` of
 * every command and subcommand, `kubectl options`, and `kubectl api-resources` of a server. The
 * table's shape is src/manifests/commands/kubectl-table.ts; the validator reads only the table.
 */
import type { CommandInfo, FlagInfo, KubectlTable, ResourceInfo } from '../manifests/commands/command-table';

/** Runs kubectl with arguments and returns its standard output. */
type KubectlHelp = (args: string[]) => string;

function parseOptions(text: string): Record<string, FlagInfo> {
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

/** `kubectl api-resources` output (default columns) as ResourceInfo rows, sorted. */
function parseApiResources(text: string): ResourceInfo[] {
  const lines = text.split('\n').filter((l) => l.trim());
  const header = lines.shift() ?? '';
  const at = (column: string): number => header.indexOf(column);
  const cols = [at('NAME'), at('SHORTNAMES'), at('APIVERSION'), at('NAMESPACED'), at('KIND')];
  if (cols.some((c) => c < 0)) throw new Error(`unexpected kubectl api-resources header: ${header}`);
  const cut = (line: string, i: number): string => line.slice(cols[i], i + 1 < cols.length ? cols[i + 1] : undefined).trim();
  return lines
    .map((line) => {
      const shortNames = cut(line, 1).split(',').filter(Boolean);
      return { name: cut(line, 0), ...(shortNames.length ? { shortNames } : {}), apiVersion: cut(line, 2), namespaced: cut(line, 3) === 'true', kind: cut(line, 4) };
    })
    .sort((a, b) => `${a.name}.${a.apiVersion}`.localeCompare(`${b.name}.${b.apiVersion}`));
}

/** The whole table: `help` runs kubectl without a cluster, `apiResources` is api-resources' output. */
export function buildKubectlTable(help: KubectlHelp, apiResources: string): KubectlTable {
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
  return { kubectl: version, global: parseOptions(help(['options'])), commands, resources: parseApiResources(apiResources) };
}

/** The table as committed: JSON with one space of indent and a final newline. */
export function kubectlTableText(table: KubectlTable): string {
  return `${JSON.stringify(table, null, 1)}\n`;
}
