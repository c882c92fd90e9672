import { locate, type ParsedDocument, type PathSegment } from '../parse';
import { closest, didYouMean } from '../suggest';
import { levenshtein } from '../../util/edit-distance';
import { isRecord } from '../../util/values';
import type { Finding } from '../types';
import { QUANTITY } from '../rules/formats';
import { resolveSchema, schemaBundle, type TrimmedSchema } from './bundle';
import { brokenRules, type ValidationRule } from './cel';
import {
  DEPRECATED_API_VERSIONS,
  findKind,
  groupOf,
  isKnownGroup,
  KUBERNETES_VERSION,
  knownApiVersions,
  knownGroups,
  knownKinds,
  lookupList,
  REMOVED_API_VERSIONS,
  servedApiVersions,
  type KnownKind,
} from './kinds';

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 37)}..."` : text}`;
}

/** spec.ports[0].targetPort */
function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out || '(top level)';
}

const QUANTITY_HINT = 'write a number with an optional suffix, e.g. 500m or 1 for CPU, 256Mi or 1Gi for memory and storage';

type Emit = (path: readonly PathSegment[], rule: string, message: string, at?: 'key' | 'value', severity?: 'error' | 'warning') => void;

const QUANTITY_SCHEMA = 'io.k8s.apimachinery.pkg.api.resource.Quantity';

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value === 'object' ? 'object' : typeof value;
}

function accepts(type: string, value: unknown): boolean {
  const actual = jsonType(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function typeWords(types: readonly string[]): string {
  const words = [...new Set(types)].map((t) => (t === 'object' ? 'mapping' : t === 'array' ? 'list' : t)).join(' or ');
  return `${/^[aeiou]/.test(words) ? 'an' : 'a'} ${words}`;
}

/** A field schema with its $ref followed, remembering which named schema it was. */
function resolved(schema: TrimmedSchema | undefined): { schema?: TrimmedSchema; name?: string } {
  if (!schema) return {};
  return { schema: resolveSchema(schema), name: schema.$ref };
}

/** Field names of an object schema (undefined for scalars and free-form maps). */
function fieldsOf(schema: TrimmedSchema | undefined): Record<string, TrimmedSchema> | undefined {
  const s = resolveSchema(schema);
  return s?.properties;
}

/** A sibling field whose object has `field`: "periodSeconds" next to "livenessProbe". */
function misplacedUnder(field: string, siblings: Record<string, TrimmedSchema>, present: Record<string, unknown>): string | undefined {
  const inner = (s: TrimmedSchema): Record<string, TrimmedSchema> | undefined => {
    const r = resolveSchema(s);
    return fieldsOf(r?.type === 'array' ? r.items : r);
  };
  const has = ([name, s]: [string, TrimmedSchema]): boolean => field in (inner(s) ?? {}) && name !== field;
  return Object.entries(siblings).find((e) => e[0] in present && has(e))?.[0] ?? Object.entries(siblings).find(has)?.[0];
}

/** One constraint broken, in words, or undefined. */
function constraintBroken(schema: TrimmedSchema, value: unknown): string | undefined {
  if (typeof value === 'string') {
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) return `it must match ${schema.pattern}`;
    if (schema.maxLength !== undefined && [...value].length > schema.maxLength) return `it must have at most ${schema.maxLength} characters`;
    if (schema.minLength !== undefined && [...value].length < schema.minLength) return `it must have at least ${schema.minLength} characters`;
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) return `it must have at most ${schema.maxItems} items`;
    if (schema.minItems !== undefined && value.length < schema.minItems) return `it must have at least ${schema.minItems} items`;
  }
  if (typeof value === 'number') {
    if (schema.maximum !== undefined && (schema.exclusiveMaximum ? value >= schema.maximum : value > schema.maximum)) return `it must be ${schema.exclusiveMaximum ? '<' : '<='} ${schema.maximum}`;
    if (schema.minimum !== undefined && (schema.exclusiveMinimum ? value <= schema.minimum : value < schema.minimum)) return `it must be ${schema.exclusiveMinimum ? '>' : '>='} ${schema.minimum}`;
  }
  return undefined;
}

/**
 * Lists whose duplicate keys the API server's validation rejects (checked on kube-apiserver
 * 1.37.2: "Duplicate value", "must be unique"). Other lists of built-in kinds with map keys
 * (env, container ports) are accepted with a warning; lists of custom resources are rejected.
 */
const DUPLICATES_REJECTED = new Set([
  'io.k8s.api.core.v1.PodSpec.containers',
  'io.k8s.api.core.v1.PodSpec.initContainers',
  'io.k8s.api.core.v1.PodSpec.ephemeralContainers',
  'io.k8s.api.core.v1.PodSpec.volumes',
  'io.k8s.api.core.v1.Container.volumeMounts',
  'io.k8s.api.core.v1.ServiceSpec.ports',
]);

/** Items of a list with map keys (x-kubernetes-list-map-keys) that repeat an earlier item's keys. */
function duplicateListKeys(items: readonly unknown[], schema: TrimmedSchema, path: PathSegment[], w: Walk, fieldId: string | undefined): void {
  const keys = schema['x-kubernetes-list-map-keys']!;
  const itemFields = fieldsOf(schema.items) ?? {};
  const seen = new Map<string, number>();
  const where = formatPath(path);
  const builtIn = fieldId?.startsWith('io.k8s.') ?? false;
  const rejected = !builtIn || DUPLICATES_REJECTED.has(fieldId ?? '');
  items.forEach((item, i) => {
    if (!isRecord(item)) return;
    const tuple = keys.map((k) => item[k] ?? resolveSchema(itemFields[k])?.default);
    if (tuple.some((v) => v === undefined)) return;
    const id = JSON.stringify(tuple);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      return;
    }
    const said = keys.map((k, n) => `${k} ${JSON.stringify(tuple[n])}`).join(' and ');
    const at = [...path, i, keys.find((k) => item[k] !== undefined) ?? keys[0]!];
    w.emit(at, 'duplicate-list-key', rejected
      ? `${where}[${i}] has the same ${said} as ${where}[${first}]: the API server rejects two items with one ${keys.join(' and ')}; change or remove one`
      : `${where}[${i}] has the same ${said} as ${where}[${first}]: the API server accepts it with a warning, but one may be dropped, and kubectl apply --server-side refuses it`,
      'value', rejected ? 'error' : 'warning');
  });
}

interface RulesAt {
  path: PathSegment[];
  rules: ValidationRule[];
  value: unknown;
  schema: TrimmedSchema;
}

interface Walk {
  readonly kind: string;
  readonly partial: boolean;
  readonly emit: Emit;
  /** Paths of unknown fields, for the "another kind's fields" hint. */
  readonly unknown: PathSegment[][];
  /** Validation rules (CEL) met on the way, evaluated once the whole object is walked. */
  readonly rules?: RulesAt[];
}

/**
 * Walks a value along its schema: types, enums, quantities, required fields, constraints and
 * unknown fields, as the API server's decoding and OpenAPI validation see them. `null` counts as
 * unset (the server drops it), so it is never a type error.
 */
function walk(value: unknown, field: TrimmedSchema | undefined, path: PathSegment[], w: Walk, fieldId?: string): void {
  if (value === null || value === undefined) return;
  const { schema, name } = resolved(field);
  if (!schema) return;
  const where = formatPath(path);
  if (name === QUANTITY_SCHEMA) {
    if (typeof value === 'number') return;
    if (typeof value !== 'string' || !QUANTITY.test(value)) w.emit(path, 'invalid-quantity', `${describe(value)} is not a valid quantity for ${where}: ${QUANTITY_HINT}`);
    return;
  }
  if (schema['x-kubernetes-int-or-string'] || schema.format === 'int-or-string') {
    if (typeof value !== 'string' && !Number.isInteger(value)) w.emit(path, 'wrong-type', `${where} must be an integer or a string, not ${describe(value)}`);
    return;
  }
  const types = schema.oneOfTypes ?? (schema.type ? [schema.type] : []);
  if (types.length && !types.some((t) => accepts(t, value))) {
    let hint = '';
    if (typeof value === 'string' && types.includes('integer') && /^\d+$/.test(value)) hint = ': remove the quotes';
    if (typeof value === 'number' && types.includes('string') && !types.includes('integer')) hint = ': quote the value';
    w.emit(path, 'wrong-type', `${where} must be ${typeWords(types)}, not ${describe(value)}${hint}`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const allowed = schema.enum.map(String);
    w.emit(path, 'invalid-enum', `${describe(value)} is not a valid value for ${where}: expected one of ${allowed.join(', ')}${didYouMean(String(value), allowed)}`);
    return;
  }
  const broken = constraintBroken(schema, value);
  if (broken) w.emit(path, 'invalid-value', `${describe(value)} is not valid for ${where}: ${broken}`);
  const rules = [...(field !== schema ? field?.['x-kubernetes-validations'] ?? [] : []), ...(schema['x-kubernetes-validations'] ?? [])];
  if (rules.length && w.rules) w.rules.push({ path: [...path], rules, value, schema });
  if (Array.isArray(value)) {
    if (schema['x-kubernetes-list-type'] === 'map' && schema['x-kubernetes-list-map-keys']) duplicateListKeys(value, schema, path, w, fieldId);
    value.forEach((item, i) => {
      path.push(i);
      walk(item, schema.items, path, w);
      path.pop();
    });
    return;
  }
  if (!isRecord(value)) return;
  if (!w.partial) {
    for (const required of schema.required ?? []) {
      if (value[required] === undefined) w.emit(path, 'missing-required-field', `${w.kind} ${path.length ? `${where} ` : ''}is missing the required field "${required}"`, 'key');
    }
  }
  const properties = schema.properties;
  for (const key of Object.keys(value)) {
    const child = properties?.[key] ?? (typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined);
    if (child) {
      path.push(key);
      walk(value[key], child, path, w, name && properties?.[key] ? `${name}.${key}` : undefined);
      path.pop();
      continue;
    }
    if (!properties || schema.additionalProperties === true || schema['x-kubernetes-preserve-unknown-fields']) continue;
    // Strategic merge directives of a patch: $patch, $setElementOrder/<list>, $retainKeys, ...
    if (w.partial && key.startsWith('$')) continue;
    const near = closest(key, Object.keys(properties));
    let hint = near ? `; did you mean "${near}"?` : '';
    if (!near) {
      const parent = misplacedUnder(key, properties, value);
      if (parent) hint = `; "${key}" is a field of ${parent}: indent it under "${parent}:"`;
    }
    w.unknown.push([...path, key]);
    w.emit([...path, key], 'unknown-field', `unknown field "${key}"${path.length ? ` in ${where}` : ''} of ${w.kind}${hint}`, 'key');
  }
}

/** When a spec is full of another kind's fields (a claim written as kind: PersistentVolume). */
function otherKindHint(entry: KnownKind, spec: unknown, unknown: PathSegment[][]): string | undefined {
  if (!isRecord(spec)) return undefined;
  if (!unknown.some((p) => p.length === 2 && p[0] === 'spec')) return undefined;
  const keys = Object.keys(spec);
  for (const other of schemaBundle.kinds) {
    if (other.apiVersion !== entry.apiVersion || other.kind === entry.kind) continue;
    const specFields = fieldsOf(fieldsOf({ $ref: other.schema })?.['spec']);
    if (specFields && keys.every((k) => k in specFields)) return other.kind;
  }
  return undefined;
}

/**
 * A group that belongs to someone else: dotted, not a Kubernetes group (k8s.io, x-k8s.io), and
 * not a near typo of a group the pinned server serves ("networking.k8s.oi").
 */
function isForeignGroup(group: string): boolean {
  if (isKnownGroup(group) || !group.includes('.') || /(^|\.)(x-)?k8s\.io$/.test(group)) return false;
  return !knownGroups().some((known) => known.includes('.') && levenshtein(group, known, 2) <= 2);
}

/** Schemas of CustomResourceDefinitions (the Gateway API), not of the server's own types. */
function isCustomResourceSchema(name: string): boolean {
  return !/^io\.k8s\.(api|apimachinery|apiextensions-apiserver|kube-aggregator)\./.test(name);
}

export interface SchemaResult {
  findings: Finding[];
  /** The kind entry when the object is a known Kubernetes or Gateway API kind. */
  known?: KnownKind;
}

/** Check one Kubernetes object against the pinned API: kind, apiVersion, fields, types, enums. */
export function checkSchema(document: ParsedDocument): SchemaResult {
  const findings: Finding[] = [];
  const value = document.value as Record<string, unknown>;
  const emit: Emit = (path, rule, message, at = 'value', severity = 'error') => {
    findings.push({ file: document.block.file, ...locate(document, path, at), rule, severity, message });
  };
  const apiVersion = value['apiVersion'];
  const kind = value['kind'];
  if (typeof apiVersion !== 'string' || apiVersion === '') {
    emit(['apiVersion'], 'wrong-type', `apiVersion must be a non-empty string, not ${describe(apiVersion)}`);
    return { findings };
  }
  if (typeof kind !== 'string' || kind === '') {
    emit(['kind'], 'wrong-type', `kind must be a non-empty string, not ${describe(kind)}`);
    return { findings };
  }
  const key = `${apiVersion} ${kind}`;
  const gone = REMOVED_API_VERSIONS.get(key);
  if (gone) {
    const instead = gone.replacement ? `use apiVersion: ${gone.replacement}` : gone.note ?? 'it has no replacement';
    const by = gone.release.startsWith('Gateway') ? `is not served by ${gone.release}` : `was removed in Kubernetes ${gone.release} (this site pins ${KUBERNETES_VERSION})`;
    emit(['apiVersion'], 'removed-api-version', `${apiVersion} ${kind} ${by}: ${instead}${gone.replacement && gone.note ? ` (${gone.note})` : ''}`);
    return { findings };
  }
  // kubectl reads a List as its items, one by one.
  if (apiVersion === 'v1' && kind === 'List') return { findings };
  const entry = findKind(apiVersion, kind);
  if (!entry && isForeignGroup(groupOf(apiVersion))) {
    // A custom resource (Istio's Gateway, Knative's Service, Calico's NetworkPolicy) or a
    // component's configuration file: no schema here, and never a built-in kind of that name.
    return { findings };
  }
  if (!entry) {
    const served = servedApiVersions(kind);
    const group = groupOf(apiVersion);
    if (served.length > 0) {
      const suggestion = closest(apiVersion, served) ?? served[0]!;
      const groupNote = groupOf(suggestion) !== group ? ` (${kind} belongs to the ${groupOf(suggestion) || 'core'} API group)` : '';
      emit(['apiVersion'], 'wrong-api-version', `${kind} is not served as "${apiVersion}"${groupNote}: write apiVersion: ${suggestion}`);
    } else if (isKnownGroup(group) && knownApiVersions().includes(apiVersion)) {
      const sameGroup = lookupList(kind).length === 0 ? knownKinds().filter((k) => servedApiVersions(k).includes(apiVersion)) : [];
      emit(['kind'], 'unknown-kind', `${apiVersion} has no kind "${kind}"${didYouMean(kind, sameGroup.length ? sameGroup : knownKinds())}`);
    } else if (!isKnownGroup(group) && !closest(group, knownGroups())) {
      // A custom resource (an operator's CRD) or a component configuration file
      // (apiserver.config.k8s.io EncryptionConfiguration, kubelet.config.k8s.io, ...): no API schema.
    } else {
      const near = closest(kind, knownKinds());
      if (near) emit(['kind'], 'unknown-kind', `unknown kind "${kind}"; did you mean "${near}"?`);
      else emit(['apiVersion'], 'wrong-api-version', `unknown apiVersion "${apiVersion}" for kind "${kind}"${didYouMean(apiVersion, knownApiVersions())}`);
    }
    return { findings };
  }
  const deprecated = DEPRECATED_API_VERSIONS.get(key);
  if (deprecated) {
    emit(['apiVersion'], 'deprecated-api-version', `${apiVersion} ${kind} is deprecated since ${deprecated.release.startsWith('G') ? deprecated.release : `Kubernetes ${deprecated.release}`}: use apiVersion: ${deprecated.replacement}${deprecated.note ? ` (${deprecated.note})` : ''}`, 'value', 'warning');
  }
  const partial = document.block.partial === true;
  const metadata = value['metadata'];
  if (!partial && !(isRecord(metadata) && (typeof metadata['name'] === 'string' || typeof metadata['generateName'] === 'string'))) {
    // The schema leaves metadata optional, but the API server refuses an object without a name.
    emit(isRecord(metadata) ? ['metadata'] : ['kind'], 'missing-required-field', `${kind} has no metadata.name: every object needs a name`, 'key');
  }
  const unknown: PathSegment[][] = [];
  // Native kinds are validated by the server's Go code (the pod-spec and other rules here); a
  // custom resource's CEL rules are its validation. Patches are not whole objects.
  const rules: RulesAt[] | undefined = isCustomResourceSchema(entry.schema) && !partial ? [] : undefined;
  walk(value, { $ref: entry.schema }, [], { kind, partial, emit, unknown, rules });
  // The server evaluates the rules only when the object decoded without type or enum errors.
  if (rules && !findings.some((f) => f.rule === 'wrong-type' || f.rule === 'invalid-enum')) {
    for (const node of rules) {
      for (const broken of brokenRules(node.rules, node.value, node.schema)) {
        emit(node.path, 'validation-rule', `${formatPath(node.path)}: ${broken.message} (a validation rule of the ${kind} CustomResourceDefinition: the API server rejects the object)`, node.path.length ? 'key' : 'value');
      }
    }
  }
  const other = otherKindHint(entry, value['spec'], unknown);
  if (other) {
    for (const p of unknown.filter((u) => u.length === 2 && u[0] === 'spec')) {
      const at = locate(document, p, 'key');
      const finding = findings.find((f) => f.rule === 'unknown-field' && f.line === at.line && f.column === at.column);
      if (finding) finding.message = `unknown field "${String(p[1])}" in spec of ${kind}: it is a field of ${other}`;
    }
    emit(['kind'], 'unknown-field', `the spec has fields of a ${other}, not of a ${kind}: did you mean kind: ${other}?`);
  }
  return { findings, known: entry };
}
