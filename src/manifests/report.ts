import { KUBERNETES_VERSION, SCHEMA_DATA_VERSION } from './schema/kinds';
import type { Finding } from './types';

/** `file:line:column severity rule message`, one finding per line. */
export function formatText(findings: readonly Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`).join('\n');
}

/** The findings as a JSON array of `{file, line, column, rule, severity, message}` objects. */
export function formatJson(findings: readonly Finding[]): string {
  return JSON.stringify(findings.map(({ file, line, column, rule, severity, message }) => ({ file, line, column, rule, severity, message })), null, 2);
}

/**
 * 0 without errors, 1 with errors. Warnings alone pass, except with `warningsFail` (the site's own
 * examples, which must be clean unless marked as broken on purpose).
 */
export function exitCode(findings: readonly Finding[], options: { warningsFail?: boolean } = {}): 0 | 1 {
  return findings.some((f) => f.severity === 'error' || options.warningsFail) ? 1 : 0;
}

export function summarize(result: { findings: readonly Finding[]; files: number; objects: number; expected: number }): string {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  const schema = SCHEMA_DATA_VERSION === KUBERNETES_VERSION ? '' : ` (offline schema data of ${SCHEMA_DATA_VERSION})`;
  return `Kubernetes ${KUBERNETES_VERSION}${schema}: ${result.objects} objects in ${result.files} files, ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${result.expected} intentional mistake${result.expected === 1 ? '' : 's'} confirmed`;
}
