/** How categories and verbs are written for readers. */
import type { Category, Verb } from './types';

export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  infrastructure: 'Cluster, nodes and scheduling',
  'control-plane': 'Control plane',
  workload: 'Workloads',
  networking: 'Networking',
  configuration: 'Configuration, metadata and access',
  storage: 'Storage',
  tooling: 'Tools and packaging',
  actor: 'People and clients',
  application: 'Applications',
};

/** Order of categories in the glossary and in legends. */
export const CATEGORY_ORDER: readonly Category[] = [
  'infrastructure',
  'control-plane',
  'workload',
  'networking',
  'configuration',
  'storage',
  'tooling',
  'actor',
  'application',
];

export const VERB_LABELS: Readonly<Record<Verb, string>> = {
  manages: 'manages',
  'runs-on': 'runs on',
  selects: 'selects',
  'routes-to': 'routes to',
  mounts: 'mounts',
  claims: 'claims',
  provisions: 'provisions',
  configures: 'configures',
  'stores-state-in': 'stores state in',
  'talks-to': 'talks to',
};
