/**
 * What is a Helm template rather than YAML: the files under a chart's templates/ folder, and any
 * text with Go template actions. Both are skipped by the validator on purpose and checked by
 * rendering the chart with the pinned Helm (the cluster tier).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

const HELM_ACTION = /\{\{-?\s*(?:[.$"(]|include\b|toYaml\b|if\b|with\b|range\b|end\b|template\b|define\b)/;

/** True when `text` holds Go template actions (`{{ .Values.x }}`, `{{- include ... }}`). */
export function hasTemplateActions(text: string): boolean {
  return HELM_ACTION.test(text);
}

/** True for a chart's folder: one with a Chart.yaml. */
export function isHelmChart(dir: string): boolean {
  return existsSync(path.join(dir, 'Chart.yaml'));
}

/** True for a file under the templates/ folder (at any depth) of a folder with a Chart.yaml. */
export function isHelmTemplate(file: string): boolean {
  const parts = path.resolve(file).split(path.sep);
  for (let i = parts.length - 2; i > 0; i--) {
    if (parts[i] !== 'templates') continue;
    const chartDir = parts.slice(0, i).join(path.sep);
    if (isHelmChart(chartDir || path.sep)) return true;
  }
  return false;
}
