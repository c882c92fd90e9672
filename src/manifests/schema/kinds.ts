import { site } from '../../data/site';
import { schemaBundle, type ApiKindEntry } from './bundle';

/** The Kubernetes minor version the site pins (src/data/site.ts); the schema bundle is read off it. */
export const KUBERNETES_VERSION: string = site.kubernetesVersion;

/** The server release the committed schema bundle was read from (npm run schemas). */
export const SCHEMA_DATA_VERSION: string = schemaBundle.kubernetes.split('.').slice(0, 2).join('.');

/** A kind the pinned server (with the Gateway API CRDs) serves, with its schema in the bundle. */
export type KnownKind = ApiKindEntry;

export interface VersionChange {
  /** Release that stopped serving (removed) or deprecated the apiVersion. */
  release: string;
  /** What to write instead, e.g. "apps/v1"; empty when there is no replacement. */
  replacement: string;
  note?: string;
}

/** How a removal by the pinned Gateway API release reads in a finding. */
const GATEWAY_RELEASE = `Gateway API ${schemaBundle.gatewayApi} (standard channel)`;

const removed = (release: string, replacement: string, kinds: string[], apiVersions: string[], note?: string): [string, VersionChange][] =>
  kinds.flatMap((kind) => apiVersions.map((apiVersion): [string, VersionChange] => [`${apiVersion} ${kind}`, { release, replacement, ...(note ? { note } : {}) }]));

/**
 * apiVersions removed before the pinned version, from the Kubernetes deprecated API migration
 * guide (kubernetes.io/docs/reference/using-api/deprecation-guide/), so that the finding names
 * the replacement instead of only saying the server does not serve them.
 */
export const REMOVED_API_VERSIONS: ReadonlyMap<string, VersionChange> = new Map<string, VersionChange>([
  ...removed('1.16', 'apps/v1', ['Deployment', 'ReplicaSet', 'DaemonSet'], ['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2']),
  ...removed('1.16', 'apps/v1', ['StatefulSet', 'ControllerRevision'], ['apps/v1beta1', 'apps/v1beta2']),
  ...removed('1.16', 'networking.k8s.io/v1', ['NetworkPolicy'], ['extensions/v1beta1']),
  ...removed('1.22', 'networking.k8s.io/v1', ['Ingress'], ['extensions/v1beta1', 'networking.k8s.io/v1beta1']),
  ...removed('1.22', 'networking.k8s.io/v1', ['IngressClass'], ['networking.k8s.io/v1beta1']),
  ...removed('1.22', 'admissionregistration.k8s.io/v1', ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], ['admissionregistration.k8s.io/v1beta1']),
  ...removed('1.22', 'apiextensions.k8s.io/v1', ['CustomResourceDefinition'], ['apiextensions.k8s.io/v1beta1']),
  ...removed('1.22', 'apiregistration.k8s.io/v1', ['APIService'], ['apiregistration.k8s.io/v1beta1']),
  ...removed('1.22', 'authentication.k8s.io/v1', ['TokenReview'], ['authentication.k8s.io/v1beta1']),
  ...removed('1.22', 'authorization.k8s.io/v1', ['LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SubjectAccessReview', 'SelfSubjectRulesReview'], ['authorization.k8s.io/v1beta1']),
  ...removed('1.22', 'certificates.k8s.io/v1', ['CertificateSigningRequest'], ['certificates.k8s.io/v1beta1']),
  ...removed('1.22', 'coordination.k8s.io/v1', ['Lease'], ['coordination.k8s.io/v1beta1']),
  ...removed('1.22', 'rbac.authorization.k8s.io/v1', ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], ['rbac.authorization.k8s.io/v1beta1']),
  ...removed('1.22', 'scheduling.k8s.io/v1', ['PriorityClass'], ['scheduling.k8s.io/v1beta1']),
  ...removed('1.22', 'storage.k8s.io/v1', ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], ['storage.k8s.io/v1beta1']),
  ...removed('1.25', 'batch/v1', ['CronJob'], ['batch/v1beta1']),
  ...removed('1.25', 'discovery.k8s.io/v1', ['EndpointSlice'], ['discovery.k8s.io/v1beta1']),
  ...removed('1.25', 'events.k8s.io/v1', ['Event'], ['events.k8s.io/v1beta1']),
  ...removed('1.25', 'autoscaling/v2', ['HorizontalPodAutoscaler'], ['autoscaling/v2beta1']),
  ...removed('1.26', 'autoscaling/v2', ['HorizontalPodAutoscaler'], ['autoscaling/v2beta2']),
  ...removed('1.25', 'policy/v1', ['PodDisruptionBudget', 'Eviction'], ['policy/v1beta1']),
  ...removed('1.25', '', ['PodSecurityPolicy'], ['policy/v1beta1', 'extensions/v1beta1'], 'use Pod Security Admission (namespace labels pod-security.kubernetes.io/*)'),
  ...removed('1.25', 'node.k8s.io/v1', ['RuntimeClass'], ['node.k8s.io/v1beta1']),
  ...removed('1.26', 'flowcontrol.apiserver.k8s.io/v1', ['FlowSchema', 'PriorityLevelConfiguration'], ['flowcontrol.apiserver.k8s.io/v1beta1']),
  ...removed('1.27', 'storage.k8s.io/v1', ['CSIStorageCapacity'], ['storage.k8s.io/v1beta1']),
  ...removed('1.29', 'flowcontrol.apiserver.k8s.io/v1', ['FlowSchema', 'PriorityLevelConfiguration'], ['flowcontrol.apiserver.k8s.io/v1beta2']),
  ...removed('1.32', 'flowcontrol.apiserver.k8s.io/v1', ['FlowSchema', 'PriorityLevelConfiguration'], ['flowcontrol.apiserver.k8s.io/v1beta3']),
  ...removed('1.16', 'apps/v1', ['Scale', 'DeploymentRollback'], ['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2']),
  // Not in the standard channel CRDs of the pinned Gateway API release (experimental or gone).
  ...removed(GATEWAY_RELEASE, 'gateway.networking.k8s.io/v1', ['Gateway', 'GatewayClass', 'HTTPRoute', 'GRPCRoute', 'ReferenceGrant', 'TCPRoute', 'TLSRoute', 'UDPRoute'], ['gateway.networking.k8s.io/v1alpha2']),
  ...removed(GATEWAY_RELEASE, 'gateway.networking.k8s.io/v1', ['BackendTLSPolicy'], ['gateway.networking.k8s.io/v1alpha2', 'gateway.networking.k8s.io/v1alpha3']),
]);

/** Still served by the pinned version but deprecated: a warning that names the replacement. */
export const DEPRECATED_API_VERSIONS: ReadonlyMap<string, VersionChange> = new Map<string, VersionChange>([
  ['v1 Endpoints', { release: '1.33', replacement: 'discovery.k8s.io/v1', note: 'write an EndpointSlice instead' }],
  ...(['Gateway', 'GatewayClass', 'HTTPRoute', 'ReferenceGrant'] as const).map(
    (kind): [string, VersionChange] => [`gateway.networking.k8s.io/v1beta1 ${kind}`, { release: 'Gateway API v1.0', replacement: 'gateway.networking.k8s.io/v1' }],
  ),
]);

const byKey = new Map<string, KnownKind>();
const byKind = new Map<string, KnownKind[]>();
const apiVersions = new Set<string>();
const groups = new Set<string>();

function add(entry: KnownKind): void {
  const key = `${entry.apiVersion} ${entry.kind}`;
  if (byKey.has(key)) return;
  byKey.set(key, entry);
  const list = byKind.get(entry.kind) ?? [];
  list.push(entry);
  byKind.set(entry.kind, list);
  apiVersions.add(entry.apiVersion);
  groups.add(groupOf(entry.apiVersion));
}

for (const k of schemaBundle.kinds) add(k);

export function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function knownKinds(): string[] {
  return [...byKind.keys()];
}

export function knownGroups(): string[] {
  return [...groups];
}

export function knownApiVersions(): string[] {
  return [...apiVersions];
}

/** Served apiVersions (not removed) for a kind, preferring GA versions. */
export function servedApiVersions(kind: string): string[] {
  const rank = (v: string): number => (/\/v\d+$|^v\d+$/.test(v) ? 0 : /beta/.test(v) ? 1 : 2);
  return (byKind.get(kind) ?? [])
    .map((k) => k.apiVersion)
    .filter((v) => !REMOVED_API_VERSIONS.has(`${v} ${kind}`))
    .sort((a, b) => rank(a) - rank(b));
}

export function findKind(apiVersion: string, kind: string): KnownKind | undefined {
  return byKey.get(`${apiVersion} ${kind}`);
}

/** Groups served by Kubernetes itself (and Gateway API): other groups belong to custom resources. */
export function isKnownGroup(group: string): boolean {
  return groups.has(group);
}

/** A kind the pinned server serves without a namespace (Namespace, PersistentVolume, StorageClass, ...). */
export function isClusterScoped(kind: string): boolean {
  const served = lookupList(kind);
  return served.length > 0 && served.every((k) => !k.namespaced);
}

export function lookupList(kind: string): KnownKind[] {
  return byKind.get(kind) ?? [];
}
