/**
 * Builds a diagram graph from example manifests, so a page's picture is derived from the very YAML
 * it shows and can never disagree with it. Pure apart from reading files: the same files always
 * give the same graph, on every machine (no kubectl needed, no cluster).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import type { Category, DiagramEdge, DiagramGraph, DiagramNode, Group, Verb } from '../model/types';

/** A parsed Kubernetes object, as far as this module needs it. */
export interface ManifestObject {
  readonly apiVersion?: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly labels?: Record<string, string> };
  readonly spec?: Record<string, unknown>;
  /** Where it came from, relative to the examples folder (for messages). */
  readonly source?: string;
}

export interface GraphOptions {
  /** Folder that `dir` is relative to. Defaults to `static/examples` under the working directory. */
  readonly root?: string;
}

const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob']);

const CATEGORY_BY_KIND: Record<string, Category> = {
  Pod: 'workload',
  Deployment: 'workload',
  StatefulSet: 'workload',
  DaemonSet: 'workload',
  ReplicaSet: 'workload',
  Job: 'workload',
  CronJob: 'workload',
  HorizontalPodAutoscaler: 'workload',
  PodDisruptionBudget: 'workload',
  Service: 'networking',
  Ingress: 'networking',
  IngressClass: 'networking',
  Gateway: 'networking',
  HTTPRoute: 'networking',
  NetworkPolicy: 'networking',
  ConfigMap: 'configuration',
  Secret: 'configuration',
  ServiceAccount: 'configuration',
  Role: 'configuration',
  RoleBinding: 'configuration',
  ClusterRole: 'configuration',
  ClusterRoleBinding: 'configuration',
  PersistentVolumeClaim: 'storage',
  PersistentVolume: 'storage',
  StorageClass: 'storage',
  Namespace: 'infrastructure',
  ResourceQuota: 'infrastructure',
  LimitRange: 'infrastructure',
};

/** Reads the manifests of `dir` (relative to static/examples) and draws them as a graph. */
export function graphFromExamples(dir: string, options: GraphOptions = {}): DiagramGraph {
  const root = options.root ?? path.resolve(process.cwd(), 'static/examples');
  const absolute = path.resolve(root, dir);
  if (!absolute.startsWith(path.resolve(root))) {
    throw new Error(`examples="${dir}" points outside ${root}`);
  }
  if (!fs.existsSync(absolute) || !fs.statSync(absolute).isDirectory()) {
    throw new Error(`examples="${dir}": no such folder under ${root}`);
  }
  const objects = loadObjects(absolute, root);
  if (objects.length === 0) {
    throw new Error(`examples="${dir}": no Kubernetes objects found in ${absolute}`);
  }
  return graphFromObjects(objects, { id: `examples-${slug(dir)}`, dir: dir.replace(/\/+$/, '') });
}

/**
 * Collects the objects of a folder. A folder with a kustomization is read the way kustomize reads
 * it (its `resources`, recursively, and the ConfigMaps and Secrets its generators make); patches
 * are not applied because they change counts and sizes, not which object refers to which. Any
 * other folder is read file by file, recursively, skipping Helm charts (Go templates are not YAML).
 */
export function loadObjects(absoluteDir: string, root: string = absoluteDir): ManifestObject[] {
  const kustomization = findKustomization(absoluteDir);
  const objects = kustomization ? loadKustomization(absoluteDir, root, new Set()) : loadFolder(absoluteDir, root);
  return dedupe(objects);
}

function findKustomization(dir: string): string | undefined {
  for (const name of ['kustomization.yaml', 'kustomization.yml', 'Kustomization']) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return file;
  }
  return undefined;
}

function loadFolder(dir: string, root: string): ManifestObject[] {
  if (fs.existsSync(path.join(dir, 'Chart.yaml'))) return [];
  const objects: ManifestObject[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      objects.push(...(findKustomization(full) ? [] : loadFolder(full, root)));
    } else if (/\.ya?ml$/.test(entry.name) && !/^kustomization\.ya?ml$/.test(entry.name)) {
      objects.push(...parseFile(full, root));
    }
  }
  return objects;
}

function loadKustomization(dir: string, root: string, seen: Set<string>): ManifestObject[] {
  const file = findKustomization(dir);
  if (!file || seen.has(file)) return [];
  seen.add(file);
  const [doc] = parseYamlDocs(fs.readFileSync(file, 'utf8'), file);
  const k = (doc ?? {}) as Record<string, unknown>;
  const objects: ManifestObject[] = [];
  for (const entry of asStrings(k.resources)) {
    if (/^[a-z]+:\/\//i.test(entry)) continue; // remote bases cannot be read offline
    const target = path.resolve(dir, entry);
    if (!fs.existsSync(target)) throw new Error(`${rel(root, file)}: resource "${entry}" does not exist`);
    objects.push(...(fs.statSync(target).isDirectory() ? loadKustomization(target, root, seen) : parseFile(target, root)));
  }
  for (const [key, kind] of [
    ['configMapGenerator', 'ConfigMap'],
    ['secretGenerator', 'Secret'],
  ] as const) {
    for (const generator of asRecords(k[key])) {
      if (typeof generator.name === 'string') {
        objects.push({ kind, apiVersion: 'v1', metadata: { name: generator.name }, source: rel(root, file) });
      }
    }
  }
  const namespace = typeof k.namespace === 'string' ? k.namespace : undefined;
  return namespace
    ? objects.map((o) => (o.kind === 'Namespace' || isClusterScoped(o.kind) ? o : { ...o, metadata: { ...o.metadata, namespace } }))
    : objects;
}

function isClusterScoped(kind: string): boolean {
  return ['Namespace', 'PersistentVolume', 'StorageClass', 'ClusterRole', 'ClusterRoleBinding', 'IngressClass'].includes(kind);
}

function parseFile(file: string, root: string): ManifestObject[] {
  return parseYamlDocs(fs.readFileSync(file, 'utf8'), file)
    .filter(isObject)
    .map((o) => ({ ...o, source: rel(root, file) }));
}

function parseYamlDocs(text: string, file: string): unknown[] {
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]?.message ?? 'invalid YAML'}`);
    return doc.toJS() as unknown;
  });
}

function isObject(value: unknown): value is ManifestObject {
  if (!value || typeof value !== 'object') return false;
  const o = value as Record<string, unknown>;
  const metadata = o.metadata as Record<string, unknown> | undefined;
  return typeof o.kind === 'string' && typeof metadata?.name === 'string';
}

function dedupe(objects: ManifestObject[]): ManifestObject[] {
  const byKey = new Map<string, ManifestObject>();
  for (const o of objects) byKey.set(`${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`, o);
  return [...byKey.values()];
}

/** A workload's Pods, or a bare Pod: what Services select and what mounts volumes. */
interface PodShape {
  readonly nodeId: string;
  readonly labels: Record<string, string>;
  readonly namespace?: string;
  readonly spec: Record<string, unknown>;
}

/** Draws objects as a graph; exported for tests and for callers that already hold objects. */
export function graphFromObjects(objects: readonly ManifestObject[], meta: { id: string; dir: string }): DiagramGraph {
  const nodes = new Map<string, DiagramNode>();
  const edges: DiagramEdge[] = [];
  const memberOfNamespace = new Map<string, string>();

  const addNode = (node: DiagramNode, namespace?: string): void => {
    if (!nodes.has(node.id)) nodes.set(node.id, node);
    if (namespace) memberOfNamespace.set(node.id, namespace);
  };
  const addEdge = (from: string, verb: Verb, to: string, note?: string): void => {
    if (from === to) return;
    if (edges.some((e) => e.from === from && e.to === to && e.verb === verb)) return;
    edges.push(note ? { from, verb, to, note } : { from, verb, to });
  };
  const objectNodeId = (kind: string, name: string): string => `${slug(kind)}-${slug(name)}`;
  const present = new Set(objects.map((o) => `${o.kind}/${o.metadata.name}`));
  /** A referenced object missing from the files still appears, marked, so the picture stays true. */
  const refNode = (kind: string, name: string, namespace?: string): string => {
    const id = objectNodeId(kind, name);
    if (!present.has(`${kind}/${name}`)) {
      addNode({ id, label: `${kind} ${name} (not in these files)`, category: CATEGORY_BY_KIND[kind] ?? 'application' }, namespace);
    }
    return id;
  };

  // Objects first, so nodes appear in file order; namespaces become groups, not boxes of their own.
  const pods: PodShape[] = [];
  for (const o of objects) {
    if (o.kind === 'Namespace') continue;
    const ns = o.metadata.namespace;
    addNode({ id: objectNodeId(o.kind, o.metadata.name), label: `${o.kind} ${o.metadata.name}`, category: CATEGORY_BY_KIND[o.kind] ?? 'application' }, ns);
    const template = podTemplateOf(o);
    if (o.kind === 'Pod') {
      pods.push({ nodeId: objectNodeId('Pod', o.metadata.name), labels: o.metadata.labels ?? {}, namespace: ns, spec: o.spec ?? {} });
    } else if (template) {
      const podsId = `pods-${slug(o.kind)}-${slug(o.metadata.name)}`;
      addNode({ id: podsId, label: `Pods of ${o.metadata.name}`, category: 'workload' }, ns);
      addEdge(objectNodeId(o.kind, o.metadata.name), 'manages', podsId, o.kind === 'CronJob' ? 'through Jobs' : undefined);
      pods.push({ nodeId: podsId, labels: template.labels, namespace: ns, spec: template.spec });
    }
  }

  for (const o of objects) {
    const id = objectNodeId(o.kind, o.metadata.name);
    const spec = o.spec ?? {};
    const ns = o.metadata.namespace;
    switch (o.kind) {
      case 'Service': {
        const selector = asStringMap(spec.selector);
        if (Object.keys(selector).length === 0) break;
        for (const pod of pods) if (sameNamespace(ns, pod.namespace) && matches(selector, pod.labels)) addEdge(id, 'selects', pod.nodeId);
        break;
      }
      case 'NetworkPolicy':
      case 'PodDisruptionBudget': {
        const selector = spec.podSelector ?? spec.selector;
        const labels = asStringMap((selector as Record<string, unknown> | undefined)?.matchLabels);
        for (const pod of pods) if (sameNamespace(ns, pod.namespace) && matches(labels, pod.labels)) addEdge(id, 'selects', pod.nodeId);
        break;
      }
      case 'Ingress': {
        for (const name of ingressServices(spec)) addEdge(id, 'routes-to', refNode('Service', name, ns));
        break;
      }
      case 'HTTPRoute': {
        for (const parent of asRecords(spec.parentRefs)) {
          if ((parent.kind ?? 'Gateway') === 'Gateway' && typeof parent.name === 'string') {
            addEdge(refNode('Gateway', parent.name, ns), 'routes-to', id);
          }
        }
        for (const rule of asRecords(spec.rules)) {
          for (const ref of asRecords(rule.backendRefs)) {
            if ((ref.kind ?? 'Service') === 'Service' && typeof ref.name === 'string') addEdge(id, 'routes-to', refNode('Service', ref.name, ns));
          }
        }
        break;
      }
      case 'HorizontalPodAutoscaler': {
        const target = spec.scaleTargetRef as Record<string, unknown> | undefined;
        if (typeof target?.kind === 'string' && typeof target.name === 'string') addEdge(id, 'manages', refNode(target.kind, target.name, ns));
        break;
      }
      case 'PersistentVolumeClaim': {
        if (typeof spec.volumeName === 'string') addEdge(id, 'claims', refNode('PersistentVolume', spec.volumeName));
        if (typeof spec.storageClassName === 'string' && present.has(`StorageClass/${spec.storageClassName}`)) {
          addEdge(objectNodeId('StorageClass', spec.storageClassName), 'provisions', id);
        }
        break;
      }
      case 'StatefulSet': {
        for (const claim of asRecords(spec.volumeClaimTemplates)) {
          const name = (claim.metadata as Record<string, unknown> | undefined)?.name;
          if (typeof name !== 'string') continue;
          const claimId = `pvc-template-${slug(o.metadata.name)}-${slug(name)}`;
          addNode({ id: claimId, label: `PersistentVolumeClaims ${name}-${o.metadata.name}-N`, category: 'storage' }, ns);
          addEdge(id, 'manages', claimId, 'volumeClaimTemplates');
          addEdge(`pods-statefulset-${slug(o.metadata.name)}`, 'mounts', claimId);
        }
        break;
      }
      default:
        break;
    }
  }

  for (const pod of pods) {
    for (const volume of asRecords(pod.spec.volumes)) {
      const claim = (volume.persistentVolumeClaim as Record<string, unknown> | undefined)?.claimName;
      if (typeof claim === 'string') addEdge(pod.nodeId, 'mounts', refNode('PersistentVolumeClaim', claim, pod.namespace));
    }
    for (const { kind, name } of configReferences(pod.spec)) {
      addEdge(refNode(kind, name, pod.namespace), 'configures', pod.nodeId);
    }
  }

  const groups: Group[] = [];
  const namespaces = [...new Set(memberOfNamespace.values())].sort();
  for (const ns of namespaces) {
    const members = [...nodes.keys()].filter((n) => memberOfNamespace.get(n) === ns);
    groups.push({ id: `namespace-${slug(ns)}`, label: `Namespace ${ns}`, members });
  }

  const nodeList = [...nodes.values()];
  return {
    id: meta.id,
    title: `Objects in ${meta.dir}`,
    direction: 'LR',
    nodes: nodeList,
    edges,
    groups,
    caption: `Drawn from the manifests in static/examples/${meta.dir}.`,
    description: describe(nodeList, edges, meta.dir),
  };
}

function podTemplateOf(o: ManifestObject): { labels: Record<string, string>; spec: Record<string, unknown> } | undefined {
  if (!WORKLOAD_KINDS.has(o.kind)) return undefined;
  const spec = o.spec ?? {};
  const jobSpec = o.kind === 'CronJob' ? ((spec.jobTemplate as Record<string, unknown> | undefined)?.spec as Record<string, unknown> | undefined) : spec;
  const template = jobSpec?.template as Record<string, unknown> | undefined;
  if (!template) return undefined;
  const metadata = (template.metadata ?? {}) as Record<string, unknown>;
  return { labels: asStringMap(metadata.labels), spec: (template.spec ?? {}) as Record<string, unknown> };
}

function ingressServices(spec: Record<string, unknown>): string[] {
  const names: string[] = [];
  const fromBackend = (backend: unknown): void => {
    const name = ((backend as Record<string, unknown> | undefined)?.service as Record<string, unknown> | undefined)?.name;
    if (typeof name === 'string' && !names.includes(name)) names.push(name);
  };
  fromBackend(spec.defaultBackend);
  for (const rule of asRecords(spec.rules)) {
    for (const p of asRecords((rule.http as Record<string, unknown> | undefined)?.paths)) fromBackend(p.backend);
  }
  return names;
}

/** Every ConfigMap and Secret a Pod spec reads, through env, envFrom or volumes, in order. */
export function configReferences(podSpec: Record<string, unknown>): { kind: 'ConfigMap' | 'Secret'; name: string }[] {
  const refs: { kind: 'ConfigMap' | 'Secret'; name: string }[] = [];
  const add = (kind: 'ConfigMap' | 'Secret', name: unknown): void => {
    if (typeof name === 'string' && !refs.some((r) => r.kind === kind && r.name === name)) refs.push({ kind, name });
  };
  const containers = [...asRecords(podSpec.initContainers), ...asRecords(podSpec.containers)];
  for (const c of containers) {
    for (const from of asRecords(c.envFrom)) {
      add('ConfigMap', (from.configMapRef as Record<string, unknown> | undefined)?.name);
      add('Secret', (from.secretRef as Record<string, unknown> | undefined)?.name);
    }
    for (const env of asRecords(c.env)) {
      const valueFrom = env.valueFrom as Record<string, unknown> | undefined;
      add('ConfigMap', (valueFrom?.configMapKeyRef as Record<string, unknown> | undefined)?.name);
      add('Secret', (valueFrom?.secretKeyRef as Record<string, unknown> | undefined)?.name);
    }
  }
  for (const volume of asRecords(podSpec.volumes)) {
    add('ConfigMap', (volume.configMap as Record<string, unknown> | undefined)?.name);
    add('Secret', (volume.secret as Record<string, unknown> | undefined)?.secretName);
    for (const source of asRecords((volume.projected as Record<string, unknown> | undefined)?.sources)) {
      add('ConfigMap', (source.configMap as Record<string, unknown> | undefined)?.name);
      add('Secret', (source.secret as Record<string, unknown> | undefined)?.name);
    }
  }
  return refs;
}

/** Verb forms after a plural subject, for the screen-reader description. */
const PLURAL_VERB: Record<Verb, string> = {
  manages: 'manage',
  'runs-on': 'run on',
  selects: 'select',
  'routes-to': 'route to',
  mounts: 'mount',
  claims: 'claim',
  provisions: 'provision',
  configures: 'configure',
  'stores-state-in': 'store state in',
  'talks-to': 'talk to',
};

function describe(nodes: readonly DiagramNode[], edges: readonly DiagramEdge[], dir: string): string {
  const label = new Map(nodes.map((n) => [n.id, n.label]));
  const sentences = edges.map((e) => {
    const subject = label.get(e.from) ?? e.from;
    // "Pods of seek mount ...", but "Deployment seek manages ...".
    const plural = /^(Pods|PersistentVolumeClaims) /.test(subject);
    const verb = plural ? PLURAL_VERB[e.verb] : e.verb.replace(/-/g, ' ');
    return `${subject} ${verb} ${label.get(e.to) ?? e.to}${e.note ? ` (${e.note})` : ''}.`;
  });
  const lonely = nodes.filter((n) => !edges.some((e) => e.from === n.id || e.to === n.id)).map((n) => n.label);
  const head = `The manifests in ${dir} define ${nodes.length} ${nodes.length === 1 ? 'box' : 'boxes'}.`;
  const tail = lonely.length > 0 ? ` Not connected to the others: ${lonely.join(', ')}.` : '';
  return [head, ...sentences].join(' ') + tail;
}

function matches(selector: Record<string, string>, labels: Record<string, string>): boolean {
  const keys = Object.keys(selector);
  return keys.length > 0 && keys.every((k) => labels[k] === selector[k]);
}

function sameNamespace(a: string | undefined, b: string | undefined): boolean {
  return (a ?? '') === (b ?? '');
}

function asStringMap(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
}

function asRecords(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => !!v && typeof v === 'object') : [];
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function rel(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/');
}
