/**
 * What the project checks in a Helm chart that Helm itself does not: every `.Values` path a
 * template reads exists in values.yaml (Helm renders a missing one as empty, silently). Rendering,
 * linting and the values schema are Helm's own work: the cluster tier runs the pinned Helm.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, parseAllDocuments } from 'yaml';

export interface Chart {
  readonly dir: string;
  readonly meta: Record<string, unknown>;
  readonly values: Record<string, unknown>;
  readonly schema: Record<string, unknown> | undefined;
  /** Template files relative to templates/ (including _helpers.tpl and NOTES.txt). */
  readonly templates: readonly string[];
}

export function loadChart(dir: string): Chart {
  const read = (file: string): string => fs.readFileSync(path.join(dir, file), 'utf8');
  const schemaFile = path.join(dir, 'values.schema.json');
  return {
    dir,
    meta: parseYaml(read('Chart.yaml')) as Record<string, unknown>,
    values: (parseYaml(read('values.yaml')) ?? {}) as Record<string, unknown>,
    schema: fs.existsSync(schemaFile) ? (JSON.parse(fs.readFileSync(schemaFile, 'utf8')) as Record<string, unknown>) : undefined,
    templates: fs.readdirSync(path.join(dir, 'templates')).filter((f) => fs.statSync(path.join(dir, 'templates', f)).isFile()).sort(),
  };
}

/** Every `.Values.a.b` path the templates read, with where. */
function valuesReferences(chart: Chart): { path: string; file: string; line: number }[] {
  const refs: { path: string; file: string; line: number }[] = [];
  for (const file of chart.templates) {
    const lines = fs.readFileSync(path.join(chart.dir, 'templates', file), 'utf8').split('\n');
    lines.forEach((text, i) => {
      for (const match of text.matchAll(/\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)/g)) {
        refs.push({ path: match[1]!.slice(1), file, line: i + 1 });
      }
    });
  }
  return refs;
}

/** References to values that values.yaml does not define (Helm would render them as empty). */
export function missingValues(chart: Chart): string[] {
  return valuesReferences(chart)
    .filter((ref) => {
      let value: unknown = chart.values;
      for (const part of ref.path.split('.')) {
        if (value === null || typeof value !== 'object' || !(part in value)) return true;
        value = (value as Record<string, unknown>)[part];
      }
      return false;
    })
    .map((ref) => `templates/${ref.file}:${ref.line}: .Values.${ref.path} is not in values.yaml`);
}

/** Kubernetes objects in rendered text. */
export function objectsOf(text: string): Record<string, unknown>[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as unknown)
    .filter((v): v is Record<string, unknown> => !!v && typeof v === 'object');
}

/**
 * Puts kustomize and Helm output in one shape: the namespace and the Namespace object go (Helm
 * creates it with --create-namespace), generated names lose their hash, Secret data is decoded,
 * and the labels and annotations that only say which tool made the object are removed.
 */
export function normaliseForComparison(objects: Record<string, unknown>[]): Record<string, unknown>[] {
  const hashed = new Map<string, string>();
  const nameOf = (o: Record<string, any>): string => String(o.metadata?.name ?? '');
  for (const o of objects as Record<string, any>[]) {
    const m = /^(.*)-[a-z0-9]{10}$/.exec(nameOf(o));
    if (m && (o.kind === 'ConfigMap' || o.kind === 'Secret')) hashed.set(nameOf(o), m[1]!);
  }
  let json = JSON.stringify(objects.filter((o) => o.kind !== 'Namespace'));
  for (const [from, to] of hashed) json = json.split(`"${from}"`).join(`"${to}"`);
  const clean = (value: any): any => {
    if (Array.isArray(value)) return value.map(clean);
    if (!value || typeof value !== 'object') return value;
    const out: Record<string, any> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === 'namespace' && typeof v === 'string') continue;
      if (k === 'helm.sh/chart' || k === 'app.kubernetes.io/managed-by' || k.startsWith('checksum/') || k === 'helm.sh/resource-policy') continue;
      out[k] = clean(v);
    }
    if (out.annotations && Object.keys(out.annotations).length === 0) delete out.annotations;
    return out;
  };
  return (JSON.parse(json) as Record<string, any>[])
    .map((o) => {
      const c = clean(o);
      if (c.kind === 'Secret' && c.data) {
        c.stringData = Object.fromEntries(Object.entries(c.data as Record<string, string>).map(([k, v]) => [k, Buffer.from(v, 'base64').toString()]));
        delete c.data;
      }
      return c;
    })
    .sort((a, b) => `${a.kind}/${a.metadata.name}`.localeCompare(`${b.kind}/${b.metadata.name}`));
}
