import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectedFindings } from './fixture-expectations';
import { RULES } from './rules/catalog';
import { validatePaths } from './validate';

const fixtures = path.join(__dirname, '__fixtures__');

function actual(file: string): string[] {
  return validatePaths([file]).findings.map((f) => `${f.line} ${f.rule}`).sort();
}

describe('rule fixtures: each bad fixture reports its rule at the marked lines, each good one nothing', () => {
  const dir = path.join(fixtures, 'rules');
  const files = readdirSync(dir).filter((f) => f !== '__findings__');
  for (const rule of RULES) {
    it(`${rule.id} has a bad and a good fixture`, () => {
      expect(files.some((f) => f.startsWith(`${rule.id}.bad.`))).toBe(true);
      expect(files.some((f) => f.startsWith(`${rule.id}.good.`))).toBe(true);
    });
  }
  for (const file of files) {
    it(file, () => {
      const full = path.join(dir, file);
      const wanted = expectedFindings(readFileSync(full, 'utf8'));
      if (file.includes('.bad.')) {
        const rule = file.split('.bad.')[0]!;
        expect(wanted.length).toBeGreaterThan(0);
        expect(wanted.every((w) => w.endsWith(` ${rule}`))).toBe(true);
      }
      expect(actual(full)).toEqual(wanted);
      // Severity and column too, against a golden file (UPDATE_GOLDEN=1 rewrites it).
      if (file.includes('.bad.')) {
        const golden = path.join(dir, '__findings__', `${file}.txt`);
        const text = validatePaths([full]).findings.map((f) => `${f.line}:${f.column} ${f.severity} ${f.rule}`).join('\n') + '\n';
        if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(golden, text);
        expect(text).toBe(readFileSync(golden, 'utf8'));
      }
    });
  }
});

describe('the catalog states the severities each rule really emits', () => {
  const dir = path.join(fixtures, 'rules', '__findings__');
  const emitted = new Map<string, Set<string>>();
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(path.join(dir, file), 'utf8').trim().split('\n')) {
      const [, severity, rule] = line.split(' ');
      if (rule && severity) emitted.set(rule, (emitted.get(rule) ?? new Set()).add(severity));
    }
  }
  for (const rule of RULES) {
    it(`${rule.id}: ${rule.otherwise ? `${rule.severity} and ${rule.otherwise.severity}` : rule.severity}, shown by its bad fixture`, () => {
      const stated = [rule.severity, ...(rule.otherwise ? [rule.otherwise.severity] : [])].sort();
      expect([...(emitted.get(rule.id) ?? [])].sort()).toEqual(stated);
    });
  }
});

describe('the broken manifests and commands of the seeds', () => {
  const dir = path.join(fixtures, 'seeds');
  for (const file of readdirSync(dir)) {
    it(file, () => {
      const full = path.join(dir, file);
      expect(actual(full)).toEqual(expectedFindings(readFileSync(full, 'utf8')));
    });
  }

  it('explains what to change, at the line the reader edits', () => {
    const byFile = (name: string) => validatePaths([path.join(dir, name)]).findings;
    expect(byFile('target-port-with-space.yaml')[0]!.message).toContain('did you mean "targetPort"?');
    expect(byFile('wrong-api-version-c1.yaml')[0]!.message).toContain('write apiVersion: v1');
    expect(byFile('claim-written-as-volume.yaml').map((f) => f.message).join('\n')).toContain('did you mean kind: PersistentVolumeClaim?');
    const indent = byFile('service-port-indented-too-far.yaml')[0]!;
    expect(indent).toMatchObject({ line: 11, column: 8 });
    expect(indent.message).toContain('indented 1 space more than "protocol:"');
    expect(byFile('probe-fields-on-container.yaml').find((f) => f.rule === 'unknown-field')!.message).toContain('indent it under "livenessProbe:"');
  });
});

describe('valid manifests of every common kind', () => {
  const dir = path.join(fixtures, 'valid');
  for (const entry of readdirSync(dir)) {
    it(`${entry} gives no finding`, () => {
      const result = validatePaths([path.join(dir, entry)]);
      expect(result.findings).toEqual([]);
    });
  }

  it('covers the kinds the issue lists', () => {
    const text = readdirSync(dir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    for (const kind of ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Service', 'Ingress', 'Gateway', 'HTTPRoute', 'GatewayClass', 'ConfigMap', 'Secret', 'PersistentVolume', 'PersistentVolumeClaim', 'StorageClass', 'HorizontalPodAutoscaler', 'NetworkPolicy', 'PodDisruptionBudget', 'Namespace', 'ResourceQuota', 'ServiceAccount'])
      expect(text).toMatch(new RegExp(`^kind: ${kind}$`, 'm'));
    for (const type of ['NodePort', 'LoadBalancer', 'ExternalName']) expect(text).toContain(`type: ${type}`);
    expect(text).toContain('clusterIP: None');
    expect(text).toContain('volumeClaimTemplates:');
    expect(text).toContain('apiVersion: autoscaling/v2');
  });

  it('checks the kustomize overlay as a kustomization, and its patch as a partial object', () => {
    const result = validatePaths([path.join(dir, 'kustomize')]);
    expect(result.findings).toEqual([]);
    expect(result.objects).toBe(5);
  });

  it('parses a Compose file without taking it for a manifest', () => {
    const result = validatePaths([path.join(dir, 'not-kubernetes.yaml')]);
    expect(result).toMatchObject({ findings: [], objects: 0, blocks: 1 });
  });
});
