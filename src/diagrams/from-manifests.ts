/**
 * Builds a diagram graph from example manifests, so a page's picture is derived from the very YAML
 * it shows and can never disagree with it. The Kubernetes meaning (parsing, kustomizations, Pod
 * templates, selectors with matchExpressions, references) comes from src/manifests, the validator's
 * own code; this module only draws. Pure apart from reading files: no kubectl, no cluster.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { yamlFileBlock } from '../manifests/extract';
import { isHelmChart } from '../manifests/helm';
import { isRemoteReference, kustomizationFile, kustomizationReferences } from '../manifests/kustomization';
import { parseBlock } from '../manifests/parse';
import { serviceBackends } from '../manifests/rules/backend-not-found';
import { collectReferences } from '../manifests/rules/references';
import type { ManifestObject } from '../manifests/rules/types';
import { podTemplates, selectorMatches } from '../manifests/rules/workloads';
import { isClusterScoped } from '../manifests/schema/kinds';
import { manifestObject } from '../manifests/validate';
import type { Category, DiagramEdge, DiagramGraph, DiagramNode, Group, Verb } from '../model/types';
import { isGeneratedDir, relativePosix, walkFiles } from '../util/files';
import { EXAMPLES_DIR } from '../util/project';
import { isRecord } from '../util/values';

export interface GraphOptions {
  /** Folder that `dir` is relative to. Defaults to the project's static/examples. */
  readonly root?: string;
}

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
  const root = options.root ?? EXAMPLES_DIR;
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
 * The objects of a folder. A folder with a kustomization is read the way kustomize reads it (its
 * `resources`, recursively, and the ConfigMaps and Secrets its generators make, in its namespace);
 * patches are not applied: they change counts and sizes, not which object refers to which. Any
 * other folder is read file by file, recursively, skipping Helm charts (Go templates are not YAML)
 * and folders that are kustomizations of their own.
 */
function loadObjects(absoluteDir: string, root: string): ManifestObject[] {
  const objects = kustomizationFile(absoluteDir) ? loadKustomization(absoluteDir, root, new Set()) : loadFolder(absoluteDir, root);
  const byKey = new Map<string, ManifestObject>();
  for (const o of objects) byKey.set(`${o.kind}/${o.namespace ?? ''}/${o.name}`, o);
  return [...byKey.values()];
}

function loadFolder(dir: string, root: string): ManifestObject[] {
  if (isHelmChart(dir)) return [];
  const skipDir = (d: string): boolean => isGeneratedDir(d) || isHelmChart(d) || kustomizationFile(d) !== undefined;
  return walkFiles(dir, { include: (f) => /\.ya?ml$/.test(f) && !/(^|[/\\])kustomization\.ya?ml$/.test(f), skipDir }).flatMap((f) => objectsOfText(fs.readFileSync(f, 'utf8'), relativePosix(root, f)));
}

/** The Kubernetes objects of a YAML text, parsed by the validator's parser; a syntax error throws. */
function objectsOfText(text: string, file: string): ManifestObject[] {
  const { documents, findings } = parseBlock(yamlFileBlock(text, file));
  const syntax = findings.find((f) => f.severity === 'error');
  if (syntax) throw new Error(`${file}:${syntax.line}:${syntax.column}: ${syntax.message}`);
  return documents.flatMap((d) => manifestObject(d) ?? []).filter((o) => o.name !== '');
}

function loadKustomization(dir: string, root: string, seen: Set<string>): ManifestObject[] {
  const file = kustomizationFile(dir);
  if (!file || seen.has(file)) return [];
  seen.add(file);
  const k: unknown = parseYaml(fs.readFileSync(file, 'utf8'));
  if (!isRecord(k)) return [];
  const objects: ManifestObject[] = [];
  for (const ref of kustomizationReferences(k)) {
    if (ref.role !== 'resource' || isRemoteReference(ref.entry)) continue; // remote bases cannot be read offline
    const target = path.resolve(dir, ref.target);
    if (!fs.existsSync(target)) throw new Error(`${relativePosix(root, file)}: resource "${ref.entry}" does not exist`);
    objects.push(...(fs.statSync(target).isDirectory() ? loadKustomization(target, root, seen) : objectsOfText(fs.readFileSync(target, 'utf8'), relativePosix(root, target))));
  }
  for (const [key, kind] of [['configMapGenerator', 'ConfigMap'], ['secretGenerator', 'Secret']] as const) {
    for (const generator of Array.isArray(k[key]) ? k[key] : []) {
      if (isRecord(generator) && typeof generator['name'] === 'string') {
        objects.push(...objectsOfText(`apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${JSON.stringify(generator['name'])}\n`, relativePosix(root, file)));
      }
    }
  }
  const namespace = typeof k['namespace'] === 'string' ? k['namespace'] : undefined;
  return namespace ? objects.map((o) => (isClusterScoped(o.kind) ? o : { ...o, namespace })) : objects;
}

/** What a NetworkPolicy or a PodDisruptionBudget selects Pods with (a label selector, {} = all). */
function podSelectorOf(o: ManifestObject): unknown {
  const spec = o.value['spec'];
  if (!isRecord(spec)) return undefined;
  return o.kind === 'NetworkPolicy' ? spec['podSelector'] : o.kind === 'PodDisruptionBudget' ? spec['selector'] : undefined;
}

/** A workload's Pods, or a bare Pod: what Services select and what mounts volumes. */
interface PodNode {
  readonly nodeId: string;
  readonly owner: ManifestObject;
  readonly labels: Record<string, string>;
}

/** Draws objects as a graph. */
function graphFromObjects(objects: readonly ManifestObject[], meta: { id: string; dir: string }): DiagramGraph {
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
  const present = new Set(objects.map((o) => `${o.kind}/${o.name}`));
  /** A referenced object missing from the files still appears, marked, so the picture stays true. */
  const refNode = (kind: string, name: string, namespace?: string): string => {
    const id = objectNodeId(kind, name);
    if (!present.has(`${kind}/${name}`)) {
      addNode({ id, label: `${kind} ${name} (not in these files)`, category: CATEGORY_BY_KIND[kind] ?? 'application' }, namespace);
    }
    return id;
  };

  // Objects first, so nodes appear in file order; namespaces become groups, not boxes of their own.
  const templates = new Map(podTemplates(objects).map((t) => [t.owner, t]));
  const pods: PodNode[] = [];
  const podsOf = new Map<ManifestObject, string>();
  for (const o of objects) {
    if (o.kind === 'Namespace') continue;
    addNode({ id: objectNodeId(o.kind, o.name), label: `${o.kind} ${o.name}`, category: CATEGORY_BY_KIND[o.kind] ?? 'application' }, o.namespace);
    const template = templates.get(o);
    if (!template) continue;
    let nodeId = objectNodeId(o.kind, o.name);
    if (o.kind !== 'Pod') {
      nodeId = `pods-${slug(o.kind)}-${slug(o.name)}`;
      addNode({ id: nodeId, label: `Pods of ${o.name}`, category: 'workload' }, o.namespace);
      addEdge(objectNodeId(o.kind, o.name), 'manages', nodeId, o.kind === 'CronJob' ? 'through Jobs' : undefined);
    }
    pods.push({ nodeId, owner: o, labels: template.labels });
    podsOf.set(o, nodeId);
  }
  const podsSelectedBy = (o: ManifestObject, selector: unknown, plain: boolean): PodNode[] =>
    pods.filter((pod) => (pod.owner.namespace ?? '') === (o.namespace ?? '') && selectorMatches(selector, pod.labels, plain));

  for (const o of objects) {
    const id = objectNodeId(o.kind, o.name);
    const spec = isRecord(o.value['spec']) ? o.value['spec'] : {};
    const ns = o.namespace;
    if (o.kind === 'Service') {
      // A Service without a selector selects nothing (its endpoints are managed by hand).
      const selector = spec['selector'];
      if (isRecord(selector) && Object.keys(selector).length > 0) for (const pod of podsSelectedBy(o, selector, true)) addEdge(id, 'selects', pod.nodeId);
    }
    if (o.kind === 'NetworkPolicy' || o.kind === 'PodDisruptionBudget') {
      // A label selector: {} selects every Pod of the namespace; matchExpressions count too.
      for (const pod of podsSelectedBy(o, podSelectorOf(o), false)) addEdge(id, 'selects', pod.nodeId);
    }
    for (const backend of serviceBackends(o)) addEdge(id, 'routes-to', refNode('Service', backend.name, ns));
    if (o.kind === 'HorizontalPodAutoscaler') {
      const target = spec['scaleTargetRef'];
      if (isRecord(target) && typeof target['kind'] === 'string' && typeof target['name'] === 'string') addEdge(id, 'manages', refNode(target['kind'], target['name'], ns));
    }
    if (o.kind === 'StatefulSet') {
      for (const claim of Array.isArray(spec['volumeClaimTemplates']) ? spec['volumeClaimTemplates'] : []) {
        const name = isRecord(claim) && isRecord(claim['metadata']) ? claim['metadata']['name'] : undefined;
        if (typeof name !== 'string') continue;
        const claimId = `pvc-template-${slug(o.name)}-${slug(name)}`;
        addNode({ id: claimId, label: `PersistentVolumeClaims ${name}-${o.name}-N`, category: 'storage' }, ns);
        addEdge(id, 'manages', claimId, 'volumeClaimTemplates');
        addEdge(`pods-statefulset-${slug(o.name)}`, 'mounts', claimId);
      }
    }
  }

  // The validator's references: what Pods read and mount, what claims bind and routes attach to.
  for (const ref of collectReferences(objects)) {
    const from = ref.from;
    const podNode = podsOf.get(from);
    const ns = from.namespace;
    if (podNode && (ref.kind === 'ConfigMap' || ref.kind === 'Secret') && !ref.path.includes('imagePullSecrets')) addEdge(refNode(ref.kind, ref.name, ns), 'configures', podNode);
    else if (podNode && ref.kind === 'PersistentVolumeClaim') addEdge(podNode, 'mounts', refNode('PersistentVolumeClaim', ref.name, ns));
    else if (from.kind === 'PersistentVolumeClaim' && ref.kind === 'PersistentVolume') addEdge(objectNodeId(from.kind, from.name), 'claims', refNode('PersistentVolume', ref.name));
    else if (from.kind === 'PersistentVolumeClaim' && ref.kind === 'StorageClass' && present.has(`StorageClass/${ref.name}`)) addEdge(objectNodeId('StorageClass', ref.name), 'provisions', objectNodeId(from.kind, from.name));
    else if (ref.kind === 'Gateway') addEdge(refNode('Gateway', ref.name, ns), 'routes-to', objectNodeId(from.kind, from.name));
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

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
