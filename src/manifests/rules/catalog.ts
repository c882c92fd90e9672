import type { Severity } from '../types';
import { SET_RULES } from './index';

export interface RuleInfo {
  id: string;
  severity: Severity;
  stage: 'parse' | 'schema' | 'set' | 'command' | 'meta';
  description: string;
}

/**
 * Every rule id the validator reports. Ids are stable: chapters name them in
 * ```yaml expect="rule-id"```, so never rename one. rules/README.md shows this table.
 */
export const RULES: readonly RuleInfo[] = [
  { id: 'yaml-syntax', severity: 'error', stage: 'parse', description: 'The YAML does not parse (often a line indented more than its siblings).' },
  { id: 'duplicate-key', severity: 'error', stage: 'parse', description: 'A key appears twice in one mapping; YAML would keep only the last.' },
  { id: 'tab-indent', severity: 'error', stage: 'parse', description: 'A tab is used for indentation; YAML allows only spaces.' },
  { id: 'unknown-kind', severity: 'error', stage: 'schema', description: 'The kind does not exist in the apiVersion (or anywhere in the pinned Kubernetes version).' },
  { id: 'wrong-api-version', severity: 'error', stage: 'schema', description: 'The kind exists, but not in this apiVersion or group (apiVersion: v1 with kind: Deployment).' },
  { id: 'removed-api-version', severity: 'error', stage: 'schema', description: 'The apiVersion was removed before the pinned Kubernetes version; the message names the replacement.' },
  { id: 'deprecated-api-version', severity: 'warning', stage: 'schema', description: 'The apiVersion is still served but deprecated; the message names the replacement.' },
  { id: 'missing-required-field', severity: 'error', stage: 'schema', description: 'A field the API requires is missing (containers, selector, ...).' },
  { id: 'wrong-type', severity: 'error', stage: 'schema', description: 'A value has the wrong type (a quoted number for a port, a list where a mapping belongs).' },
  { id: 'invalid-enum', severity: 'error', stage: 'schema', description: 'A value is not one of the values the API accepts (restartPolicy: Sometimes).' },
  { id: 'invalid-quantity', severity: 'error', stage: 'schema', description: 'A CPU, memory or storage amount is not a Kubernetes quantity (cpu: lots).' },
  { id: 'invalid-value', severity: 'error', stage: 'schema', description: 'A value breaks another schema constraint (pattern, length, range).' },
  { id: 'unknown-field', severity: 'error', stage: 'schema', description: 'A field the object does not have (strict, like kubeconform -strict), with "did you mean ...?".' },
  ...SET_RULES.map((r) => ({ id: r.id, severity: r.severity, stage: 'set' as const, description: r.description })),
  { id: 'kustomization', severity: 'error', stage: 'schema', description: 'A kustomization has an unknown field, or names a resource or patch file that does not exist.' },
  { id: 'kubectl-command', severity: 'error', stage: 'command', description: 'A kubectl command in a shell block uses a verb, resource type or flag kubectl does not have.' },
  { id: 'expect-not-met', severity: 'error', stage: 'meta', description: 'A block marked expect="rule-id" no longer breaks that rule (or names an unknown rule).' },
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
