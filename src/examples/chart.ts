/**
 * Checks of a Helm chart that need no `helm` binary: the values against values.schema.json, every
 * `.Values` path a template reads, every named template it includes, and a render of the
 * templates with the restricted renderer in ./helm-template.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { createRenderer, type ChartContext } from './helm-template';

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

/** Validates values (the chart's own or overrides merged in) against values.schema.json. */
export function schemaErrors(chart: Chart, values: unknown = chart.values): string[] {
  if (!chart.schema) return ['values.schema.json is missing'];
  const ajv = new Ajv({ allErrors: true, strict: true });
  const validate = ajv.compile(chart.schema);
  if (validate(values)) return [];
  return (validate.errors ?? []).map((e) => `values${e.instancePath.replace(/\//g, '.')} ${e.message ?? 'is invalid'}`);
}

/** Every `.Values.a.b` path the templates read, with where. */
export function valuesReferences(chart: Chart): { path: string; file: string; line: number }[] {
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

/** Names defined with `define` and names used with `include "..."` or `template "..."`. */
export function namedTemplates(chart: Chart): { defined: Set<string>; used: { name: string; file: string; line: number }[] } {
  const defined = new Set<string>();
  const used: { name: string; file: string; line: number }[] = [];
  for (const file of chart.templates) {
    const lines = fs.readFileSync(path.join(chart.dir, 'templates', file), 'utf8').split('\n');
    lines.forEach((text, i) => {
      for (const m of text.matchAll(/\{\{-?\s*define\s+"([^"]+)"/g)) defined.add(m[1]!);
      for (const m of text.matchAll(/\b(?:include|template)\s+"([^"]+)"/g)) used.push({ name: m[1]!, file, line: i + 1 });
      // include (print $.Template.BasePath "/configmap.yaml"): a file of this chart.
      for (const m of text.matchAll(/include\s+\(print\s+\$\.Template\.BasePath\s+"\/([^"]+)"\)/g)) {
        used.push({ name: `file:${m[1]!}`, file, line: i + 1 });
      }
    });
  }
  return { defined, used };
}

export function undefinedIncludes(chart: Chart): string[] {
  const { defined, used } = namedTemplates(chart);
  return used
    .filter((u) => (u.name.startsWith('file:') ? !chart.templates.includes(u.name.slice(5)) : !defined.has(u.name)))
    .map((u) => `templates/${u.file}:${u.line}: include "${u.name.replace(/^file:/, '')}" is not defined`);
}

export interface RenderOptions {
  readonly releaseName: string;
  readonly namespace: string;
  /** Deep-merged over values.yaml, as `helm install -f` does. */
  readonly values?: Record<string, unknown>;
}

export interface RenderedTemplate {
  readonly file: string;
  readonly text: string;
}

/** Renders every template that produces output (not _*.tpl), as `helm template` would list them. */
export function renderChart(chart: Chart, options: RenderOptions): { manifests: RenderedTemplate[]; notes: string } {
  const name = String(chart.meta.name);
  const values = deepMerge(chart.values, options.values ?? {});
  const context: ChartContext = {
    Values: values,
    Release: { Name: options.releaseName, Namespace: options.namespace, Service: 'Helm' },
    Chart: { Name: name, Version: String(chart.meta.version), AppVersion: String(chart.meta.appVersion) },
  };
  const files = new Map(chart.templates.map((f) => [`${name}/templates/${f}`, fs.readFileSync(path.join(chart.dir, 'templates', f), 'utf8')]));
  const renderer = createRenderer(files, context, `${name}/templates`);
  const manifests = chart.templates
    .filter((f) => !f.startsWith('_') && /\.ya?ml$/.test(f))
    .map((f) => ({ file: f, text: renderer.renderFile(`${name}/templates/${f}`) }))
    .filter((t) => t.text.trim() !== '');
  const notes = chart.templates.includes('NOTES.txt') ? renderer.renderFile(`${name}/templates/NOTES.txt`) : '';
  return { manifests, notes };
}

/** Kubernetes objects in rendered text. */
export function objectsOf(text: string): Record<string, unknown>[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as unknown)
    .filter((v): v is Record<string, unknown> => !!v && typeof v === 'object');
}

export function deepMerge(base: Record<string, unknown>, override: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] =
      value && typeof value === 'object' && !Array.isArray(value) && current && typeof current === 'object' && !Array.isArray(current)
        ? deepMerge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return out;
}
