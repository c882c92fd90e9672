import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { versions } from '../data/site';
import { describe, expect, it } from 'vitest';
import { benchmarkManifests } from './bench';
import { exitCode, formatJson, formatText, isHelmTemplate, KUBERNETES_VERSION, RULES, validatePaths, validateYamlText } from './index';
import { ruleTableRow } from './rules/catalog';

const root = path.resolve(__dirname, '../..');
const fixtures = path.join(__dirname, '__fixtures__');

describe('validateYamlText (for rendered kustomize or Helm output)', () => {
  it('validates several documents as one set, locating findings in the text', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: api\n    spec:\n      containers:\n        - name: api\n          image: nginx:1.27\n';
    const result = validateYamlText(text, { file: 'rendered.yaml' });
    expect(result.objects).toBe(2);
    expect(result.findings).toEqual([
      expect.objectContaining({ file: 'rendered.yaml', line: 6, column: 3, rule: 'service-selects-nothing', severity: 'warning' }),
    ]);
    // The server accepts it (the Service just has no endpoints): a warning, which fails only the site.
    expect(exitCode(result.findings)).toBe(0);
    expect(exitCode(result.findings, { warningsFail: true })).toBe(1);
    expect(formatText(result.findings)).toMatch(/^rendered\.yaml:6:3 warning service-selects-nothing Service "web" selects app=web/);
    expect(JSON.parse(formatJson(result.findings))[0]).toEqual({ ...result.findings[0] });
  });

  it('accepts objects declared external, as a page does with external="..."', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: busybox:1.36\n      envFrom:\n        - configMapRef:\n            name: shared\n';
    expect(validateYamlText(text).findings.map((f) => f.rule)).toEqual(['reference-not-found']);
    expect(validateYamlText(text, { external: ['ConfigMap/shared'] }).findings).toEqual([]);
  });

  it('pins the Kubernetes minor of src/data/site.ts and documents every rule id in rules/README.md', () => {
    expect(KUBERNETES_VERSION).toBe(versions.kubernetes.split('.').slice(0, 2).join('.'));
    const readme = readFileSync(path.join(__dirname, 'rules/README.md'), 'utf8');
    for (const rule of RULES) expect(readme).toContain(ruleTableRow(rule));
  });

  it('the benchmark manifests are valid, so the benchmark measures the full path', () => {
    for (const set of benchmarkManifests(50)) expect(validateYamlText(set.text, { file: set.file }).findings).toEqual([]);
  });
});

describe('npm run validate', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts', ...args], { cwd: root, encoding: 'utf8' });

  it('exits 0 on valid files and prints the pinned version', () => {
    const result = run(path.join(fixtures, 'valid/statefulset.yaml'));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Kubernetes ${KUBERNETES_VERSION}: 3 objects in 1 files, 0 errors`);
  });

  it('exits 1 on errors, as text and as JSON', () => {
    const file = path.join(fixtures, 'seeds/target-port-with-space.yaml');
    const text = run(file);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain(`${path.relative(root, file)}:12:7 error unknown-field unknown field "target port"`);
    const json = run('--format', 'json', file);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual([
      { file: path.relative(root, file), line: 12, column: 7, rule: 'unknown-field', severity: 'error', message: expect.stringContaining('did you mean "targetPort"?') },
    ]);
  });

  it('exits 2 on bad usage', () => {
    expect(run('--format', 'xml').status).toBe(2);
    expect(run('--strict').status).toBe(2);
    expect(run('no/such/path').status).toBe(2);
  });
});

describe('Helm charts', () => {
  it('skips the templates/ folder of a chart and parses Chart.yaml and values.yaml as non-Kubernetes YAML', () => {
    const chart = path.join(fixtures, 'helm-chart');
    const result = validatePaths([chart]);
    expect(result).toMatchObject({ findings: [], files: 2, blocks: 2, objects: 0 });
    expect(isHelmTemplate(path.join(chart, 'templates/deployment.yaml'))).toBe(true);
    expect(isHelmTemplate(path.join(fixtures, 'valid/statefulset.yaml'))).toBe(false);
  });
});
