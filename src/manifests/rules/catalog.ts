import type { Severity } from '../types';
import type { EnforcedBy, OtherSeverity } from './types';
import { SET_RULES } from './index';

export interface RuleInfo {
  id: string;
  severity: Severity;
  /** The severity of the cases that differ, and which they are. */
  otherwise?: OtherSeverity;
  /** Who rejects it on a real cluster (see EnforcedBy); checked by the cluster tier. */
  enforcedBy: EnforcedBy;
  stage: 'parse' | 'schema' | 'set' | 'command' | 'meta';
  description: string;
}

/**
 * Every rule id the validator reports. Ids are stable: chapters name them in
 * ```yaml expect="rule-id"```, so never rename one. rules/README.md shows this table.
 */
export const RULES: readonly RuleInfo[] = [
  { id: 'yaml-syntax', enforcedBy: 'kubectl', severity: 'error', stage: 'parse', description: 'The YAML does not parse (often a line indented more than its siblings).' },
  { id: 'duplicate-key', enforcedBy: 'validator', severity: 'warning', stage: 'parse', description: 'A key appears twice in one mapping; YAML would keep only the last.' },
  { id: 'yaml-compat', enforcedBy: 'validator', severity: 'warning', stage: 'parse', description: 'YAML that kubectl reads but YAML 1.2 parsers reject: a \\\' escape in double quotes, a comment with no space before #.' },
  { id: 'tab-indent', enforcedBy: 'kubectl', severity: 'error', stage: 'parse', description: 'A tab is used for indentation; YAML allows only spaces.' },
  { id: 'unknown-kind', enforcedBy: 'api-server', severity: 'error', stage: 'schema', description: 'The kind does not exist in the apiVersion (or anywhere in the pinned Kubernetes version).' },
  { id: 'wrong-api-version', enforcedBy: 'api-server', severity: 'error', stage: 'schema', description: 'The kind exists, but not in this apiVersion or group (apiVersion: v1 with kind: Deployment).' },
  { id: 'removed-api-version', enforcedBy: 'api-server', severity: 'error', stage: 'schema', description: 'The apiVersion was removed before the pinned Kubernetes version; the message names the replacement.' },
  { id: 'deprecated-api-version', enforcedBy: 'validator', severity: 'warning', stage: 'schema', description: 'The apiVersion is still served but deprecated; the message names the replacement.' },
  { id: 'missing-required-field', enforcedBy: 'api-server', severity: 'error', stage: 'schema', description: 'A field the API requires is missing (containers, selector, ...).' },
  { id: 'wrong-type', enforcedBy: 'api-server', severity: 'error', stage: 'schema', description: 'A value has the wrong type (a quoted number for a port, a list where a mapping belongs).' },
  { id: 'invalid-enum', enforcedBy: 'api-server', severity: 'error', stage: 'schema', description: 'A value is not one of the values the API accepts (restartPolicy: Sometimes).' },
  { id: 'invalid-quantity', enforcedBy: 'api-server', severity: 'error', stage: 'schema', description: 'A CPU, memory or storage amount is not a Kubernetes quantity (cpu: lots).' },
  { id: 'invalid-value', enforcedBy: 'api-server', severity: 'error', stage: 'schema', description: 'A value breaks another schema constraint (pattern, length, range).' },
  { id: 'validation-rule', enforcedBy: 'api-server', severity: 'error', stage: 'schema', description: 'A custom resource breaks a validation rule (CEL, x-kubernetes-validations) of its CustomResourceDefinition: a Service backendRef without a port, two parentRefs to one Gateway without sectionName.' },
  { id: 'duplicate-list-key', enforcedBy: 'api-server', severity: 'error', otherwise: { severity: 'warning', when: 'the list is env or container ports, which the API server only warns about' }, stage: 'schema', description: 'Two items of a keyed list (x-kubernetes-list-map-keys) share their keys: containers, volumes, volume mounts and Service ports are rejected.' },
  { id: 'unknown-field', enforcedBy: 'api-server', severity: 'error', stage: 'schema', description: 'A field the object does not have (strict, like kubeconform -strict), with "did you mean ...?".' },
  ...SET_RULES.map((r) => ({ id: r.id, enforcedBy: r.enforcedBy, severity: r.severity, ...(r.otherwise ? { otherwise: r.otherwise } : {}), stage: 'set' as const, description: r.description })),
  { id: 'kustomization', enforcedBy: 'kubectl', severity: 'error', stage: 'schema', description: 'A kustomization has an unknown field, or names a resource or patch file that does not exist.' },
  { id: 'kubectl-command', enforcedBy: 'kubectl', severity: 'error', stage: 'command', description: 'A kubectl command in a shell block uses a verb, resource type or flag kubectl does not have.' },
  { id: 'expect-not-met', enforcedBy: 'validator', severity: 'error', stage: 'meta', description: 'A block marked expect="rule-id" no longer breaks that rule (or names an unknown rule).' },
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

const REJECTED_BY: Record<EnforcedBy, string> = { 'api-server': 'API server', kubectl: 'kubectl', validator: 'nobody (lint)' };

/** The rule's row of the table in rules/README.md (a test keeps the two equal). */
export function ruleTableRow(rule: RuleInfo): string {
  const severity = rule.otherwise ? `${rule.severity}, ${rule.otherwise.severity}` : rule.severity;
  const other = rule.otherwise ? ` ${rule.otherwise.severity === 'error' ? 'An error' : 'A warning'} when ${rule.otherwise.when}.` : '';
  return `| \`${rule.id}\` | ${severity} | ${rule.stage} | ${REJECTED_BY[rule.enforcedBy]} | ${rule.description}${other} |`;
}
