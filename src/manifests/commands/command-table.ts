/**
 * The table of kubectl's commands, flags and resource types that the command check reads:
 * every command and subcommand with its flags (long name, shorthand, whether it takes a value)
 * from `kubectl <command> --help`, the global options of `kubectl options`, and the resource types
 * of `kubectl api-resources`. `npm run kubectl-table` writes kubectl-table.json with the pinned
 * kubectl (src/cluster/kubectl-help.ts reads it off kubectl); the cluster tier checks it is current.
 */
// Not named kubectl-table.ts: next to kubectl-table.json, a loader resolving './kubectl-table'
// (jiti, which loads docusaurus.config.ts) would pick the JSON file.
import path from 'node:path';
import tableJson from './kubectl-table.json';

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

/** A resource type the API server serves, as `kubectl api-resources` lists it. */
export interface ResourceInfo {
  name: string;
  shortNames?: string[];
  /** "apps/v1", "v1". */
  apiVersion: string;
  kind: string;
  namespaced: boolean;
}

export interface KubectlTable {
  kubectl: string;
  global: Record<string, FlagInfo>;
  commands: Record<string, CommandInfo>;
  resources: ResourceInfo[];
}

/** Where the committed table is. */
export const KUBECTL_TABLE_PATH = path.join(__dirname, 'kubectl-table.json');

export const kubectlTable = tableJson as KubectlTable;
