import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { locate, type ParsedDocument, type PathSegment } from '../parse';
import { closest, didYouMean } from '../suggest';
import type { Finding } from '../types';
import {
  apiTable,
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

interface AjvError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}
type Validator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

const localRequire = createRequire(path.join(process.cwd(), 'package.json'));
const packageRoot = (name: string): string => path.dirname(localRequire.resolve(`${name}/package.json`));

const validators = new Map<string, Validator>();
function kubernetesValidator(schema: string): Validator {
  let v = validators.get(schema);
  if (!v) {
    // Absolute path: the package's "exports" map hides _schemas/.
    v = (localRequire(path.join(packageRoot('kubernetes-models'), '_schemas', `${schema}.js`)) as { validate: Validator }).validate;
    validators.set(schema, v);
  }
  return v;
}

interface GatewayModel {
  validate(): void;
}
type GatewayClass = new (data: unknown) => GatewayModel;
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  additionalProperties?: boolean | JsonSchema;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
}
const gatewayModels = new Map<string, { model: GatewayClass; schema: JsonSchema }>();

/**
 * Gateway API models from @kubernetes-models/gateway-api. Their validate() checks types,
 * required fields and enums (not unknown fields), so the JSON schema literal of the model file is
 * read too: it lists every allowed property for the unknown-field walk.
 */
function gatewayModel(schema: string): { model: GatewayClass; schema: JsonSchema } {
  let entry = gatewayModels.get(schema);
  if (!entry) {
    const file = path.join(packageRoot('@kubernetes-models/gateway-api'), 'gateway.networking.k8s.io', `${schema}.js`);
    const kind = schema.split('/')[1]!;
    const model = (localRequire(file) as Record<string, GatewayClass>)[kind]!;
    const source = readFileSync(file, 'utf8');
    const start = source.indexOf('const schema = ');
    const end = source.indexOf('\n};', start);
    if (start < 0 || end < 0) throw new Error(`cannot read the schema of ${file}`);
    entry = { model, schema: JSON.parse(source.slice(start + 'const schema = '.length, end + 2)) as JsonSchema };
    gatewayModels.set(schema, entry);
  }
  return entry;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const text = JSON.stringify(value);
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 37)}..."` : text}`;
}

/** spec.ports[0].targetPort */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const s of path) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out || '(top level)';
}

function pathFromPointer(pointer: string, root: unknown): PathSegment[] {
  if (!pointer) return [];
  const segments: PathSegment[] = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(current)) {
      const index = Number(key);
      segments.push(index);
      current = current[index];
    } else {
      segments.push(key);
      current = isRecord(current) ? current[key] : undefined;
    }
  }
  return segments;
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current = root;
  for (const s of path) {
    if (Array.isArray(current) && typeof s === 'number') current = current[s];
    else if (isRecord(current)) current = current[String(s)];
    else return undefined;
  }
  return current;
}

const QUANTITY_HINT = 'write a number with an optional suffix, e.g. 500m or 1 for CPU, 256Mi or 1Gi for memory and storage';

/** A schema constraint in words: "must match ^[a-z]...$", "must have at most 16 items". */
function constraint(error: AjvError): string {
  const p = error.params;
  switch (error.keyword) {
    case 'pattern':
      return `it must match ${String(p['pattern'])}`;
    case 'maxLength':
    case 'minLength':
      return `it must have ${error.keyword === 'maxLength' ? 'at most' : 'at least'} ${String(p['limit'])} characters`;
    case 'maxItems':
    case 'minItems':
      return `it must have ${error.keyword === 'maxItems' ? 'at most' : 'at least'} ${String(p['limit'])} items`;
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
      return `it must be ${String(p['comparison'])} ${String(p['limit'])}`;
    default:
      return `${error.keyword} ${JSON.stringify(p)}`;
  }
}

type Emit = (path: readonly PathSegment[], rule: string, message: string, at?: 'key' | 'value', severity?: 'error' | 'warning') => void;

/** Turn the validator's errors into findings, one per path, the most telling error first. */
function reportValidatorErrors(errors: readonly AjvError[], value: unknown, kind: string, partial: boolean, emit: Emit): void {
  const byPath = new Map<string, AjvError[]>();
  for (const e of errors) {
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  for (const [pointer, list] of byPath) {
    const path = pathFromPointer(pointer, value);
    const actual = valueAt(value, path);
    const where = formatPath(path);
    for (const e of list.filter((x) => x.keyword === 'required')) {
      if (partial) continue;
      const missing = String(e.params['missingProperty']);
      emit(path, 'missing-required-field', `${kind} ${where === '(top level)' ? '' : `${where} `}is missing the required field "${missing}"`, 'key');
    }
    const enumError = list.find((x) => x.keyword === 'enum');
    const formats = list.filter((x) => x.keyword === 'format').map((x) => String(x.params['format']));
    const types = list.filter((x) => x.keyword === 'type').map((x) => String(x.params['type']));
    if (enumError) {
      const allowed = (enumError.params['allowedValues'] as unknown[]).map(String);
      emit(path, 'invalid-enum', `${describe(actual)} is not a valid value for ${where}: expected one of ${allowed.join(', ')}${didYouMean(String(actual), allowed)}`);
    } else if (formats.includes('quantity')) {
      emit(path, 'invalid-quantity', `${describe(actual)} is not a valid quantity for ${where}: ${QUANTITY_HINT}`);
    } else if (formats.includes('byte')) {
      // Reported with its line by the invalid-base64 rule.
    } else if (types.length > 0) {
      const expected = [...new Set(types)].map((t) => (t === 'object' ? 'mapping' : t === 'array' ? 'list' : t)).join(' or ');
      let hint = '';
      if (typeof actual === 'string' && types.includes('integer') && /^\d+$/.test(actual)) hint = ': remove the quotes';
      if (typeof actual === 'number' && types.includes('string') && !types.includes('integer')) hint = ': quote the value';
      emit(path, 'wrong-type', `${where} must be ${/^[aeiou]/.test(expected) ? 'an' : 'a'} ${expected}, not ${describe(actual)}${hint}`);
    } else if (formats.length > 0) {
      emit(path, 'wrong-type', `${where} must be ${formats.join(' or ')}, not ${describe(actual)}`);
    } else {
      const other = list.find((x) => x.keyword !== 'required' && x.keyword !== 'oneOf');
      if (other) emit(path, 'invalid-value', `${describe(actual)} is not valid for ${where}: ${constraint(other)}`);
    }
  }
}

const types = apiTable.types;
const ARRAY = /^Array<(.+)>$/;
const MAP = /^\{ \[key: string\]: (.+); \}$/;

/** Field names of a client-node type reachable at `type` (undefined for scalars and free-form). */
function fieldsOf(type: string): Record<string, string> | undefined {
  return types[type];
}

/** A sibling field whose object type has `field`: "periodSeconds" next to "livenessProbe". */
function misplacedUnder(field: string, siblings: Record<string, string>, present: Record<string, unknown>): string | undefined {
  for (const [name, type] of Object.entries(siblings)) {
    const inner = fieldsOf(type.replace(ARRAY, '$1'));
    if (inner && field in inner && name in present) return name;
  }
  for (const [name, type] of Object.entries(siblings)) {
    const inner = fieldsOf(type.replace(ARRAY, '$1'));
    if (inner && field in inner) return name;
  }
  return undefined;
}

type TypeShape =
  | { shape: 'array'; inner: string }
  | { shape: 'map'; inner: string }
  | { shape: 'object'; fields: Record<string, string> }
  | { shape: 'scalar' };
const shapes = new Map<string, TypeShape>();

/** What a client-node type string stands for, parsed once per type. */
function shapeOf(type: string): TypeShape {
  let shape = shapes.get(type);
  if (!shape) {
    const array = ARRAY.exec(type);
    const map = MAP.exec(type);
    const fields = fieldsOf(type);
    shape = array ? { shape: 'array', inner: array[1]! } : map ? { shape: 'map', inner: map[1]! } : fields ? { shape: 'object', fields } : { shape: 'scalar' };
    shapes.set(type, shape);
  }
  return shape;
}

/** Walk a value along its type; `path` is a stack shared by the whole walk (copied only on findings). */
function walkKubernetes(value: unknown, type: string, path: PathSegment[], kind: string, emit: Emit, unknownAt: PathSegment[][]): void {
  const shape = shapeOf(type);
  if (shape.shape === 'scalar' || value === null || typeof value !== 'object') return;
  if (shape.shape === 'array') {
    if (Array.isArray(value))
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walkKubernetes(value[i], shape.inner, path, kind, emit, unknownAt);
        path.pop();
      }
    return;
  }
  if (Array.isArray(value)) return;
  const record = value as Record<string, unknown>;
  if (shape.shape === 'map') {
    for (const key in record) {
      path.push(key);
      walkKubernetes(record[key], shape.inner, path, kind, emit, unknownAt);
      path.pop();
    }
    return;
  }
  const fields = shape.fields;
  for (const key in record) {
    const childType = fields[key];
    if (childType !== undefined) {
      path.push(key);
      walkKubernetes(record[key], childType, path, kind, emit, unknownAt);
      path.pop();
      continue;
    }
    const where = path.length ? ` in ${formatPath(path)}` : '';
    const near = closest(key, Object.keys(fields));
    let hint = near ? `; did you mean "${near}"?` : '';
    if (!near) {
      const parent = misplacedUnder(key, fields, record);
      if (parent) hint = `; "${key}" is a field of ${parent}: indent it under "${parent}:"`;
    }
    unknownAt.push([...path, key]);
    emit([...path, key], 'unknown-field', `unknown field "${key}"${where} of ${kind}${hint}`, 'key');
  }
}

function walkJsonSchema(value: unknown, schema: JsonSchema | undefined, path: PathSegment[], kind: string, emit: Emit): void {
  if (!schema) return;
  if (path.length === 1 && path[0] === 'metadata') {
    walkKubernetes(value, 'V1ObjectMeta', path, kind, emit, []);
    return;
  }
  if (Array.isArray(value)) {
    if (schema.items) value.forEach((item, i) => walkJsonSchema(item, schema.items, [...path, i], kind, emit));
    return;
  }
  if (!isRecord(value)) return;
  if (schema.properties) {
    for (const [key, child] of Object.entries(value)) {
      const childSchema = schema.properties[key];
      if (childSchema) walkJsonSchema(child, childSchema, [...path, key], kind, emit);
      else if (!schema.additionalProperties && !schema['x-kubernetes-preserve-unknown-fields'])
        emit([...path, key], 'unknown-field', `unknown field "${key}"${path.length ? ` in ${formatPath(path)}` : ''} of ${kind}${didYouMean(key, Object.keys(schema.properties))}`, 'key');
    }
  } else if (isRecord(schema.additionalProperties)) {
    for (const [key, child] of Object.entries(value)) walkJsonSchema(child, schema.additionalProperties, [...path, key], kind, emit);
  }
}

/** When a spec is full of another kind's fields (a claim written as kind: PersistentVolume). */
function otherKindHint(entry: KnownKind, spec: unknown, unknown: PathSegment[][]): string | undefined {
  if (!isRecord(spec) || !entry.root) return undefined;
  if (!unknown.some((p) => p.length === 2 && p[0] === 'spec')) return undefined;
  const keys = Object.keys(spec);
  for (const other of apiTable.kinds) {
    if (other.apiVersion !== entry.apiVersion || other.kind === entry.kind || !other.root) continue;
    const specType = fieldsOf(other.root)?.['spec'];
    const specFields = specType ? fieldsOf(specType) : undefined;
    if (specFields && keys.every((k) => k in specFields)) return other.kind;
  }
  return undefined;
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
    emit(['apiVersion'], 'removed-api-version', `${apiVersion} ${kind} was removed in Kubernetes ${gone.release} (this site pins ${KUBERNETES_VERSION}): ${instead}${gone.replacement && gone.note ? ` (${gone.note})` : ''}`);
    return { findings };
  }
  const entry = findKind(apiVersion, kind);
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
  if (entry.source === 'kubernetes') {
    const validate = kubernetesValidator(entry.schema);
    if (!validate(value) && validate.errors) reportValidatorErrors(validate.errors, value, kind, partial, emit);
    if (entry.root) {
      const unknown: PathSegment[][] = [];
      walkKubernetes(value, entry.root, [], kind, emit, unknown);
      const other = otherKindHint(entry, value['spec'], unknown);
      if (other) {
        for (const p of unknown.filter((u) => u.length === 2 && u[0] === 'spec')) {
          const at = locate(document, p, 'key');
          const finding = findings.find((f) => f.rule === 'unknown-field' && f.line === at.line && f.column === at.column);
          if (finding) finding.message = `unknown field "${String(p[1])}" in spec of ${kind}: it is a field of ${other}`;
        }
        emit(['kind'], 'unknown-field', `the spec has fields of a ${other}, not of a ${kind}: did you mean kind: ${other}?`);
      }
    }
  } else {
    const { model, schema } = gatewayModel(entry.schema);
    try {
      new model(value).validate();
    } catch (error) {
      const errors = (error as { errors?: AjvError[] }).errors;
      if (!errors) throw error;
      reportValidatorErrors(errors, value, kind, partial, emit);
    }
    walkJsonSchema(value, schema, [], kind, emit);
  }
  return { findings, known: entry };
}
