/**
 * What SEEK's manifests must get right on a real cluster, beyond what the API server checks: the
 * faults of issue 15, each as a rule over every SEEK example. It reads every YAML file under
 * static/examples/seek (kustomize patches included), every yaml block of the SEEK, packaging and
 * showcase pages, and the Helm chart's templates as text (they are not YAML until Helm renders
 * them; the cluster tier renders them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { blocksOfPaths } from '../manifests';
import { parseBlock } from '../manifests/parse';
import { quantityValue } from '../manifests/rules/formats';
import type { ManifestObject } from '../manifests/rules/types';
import { containersOf as containersOfSpec, podTemplates } from '../manifests/rules/workloads';
import { manifestObject, manifestSetKey } from '../manifests/validate';
import { walkFiles } from '../util/files';

const root = path.resolve(__dirname, '../..');
const seekExamples = 'static/examples/seek';
const chartDir = path.join(root, seekExamples, '11-helm/seek');
const { blocks } = blocksOfPaths(['docs/seek-on-kubernetes', 'docs/packaging', 'docs/showcase', seekExamples], root);

type Obj = Record<string, any>;
interface Found {
  readonly obj: Obj;
  readonly manifest: ManifestObject;
  /** file:line of the block or file. */
  readonly where: string;
  /** The manifest set, as the validator groups them (a folder, a page's set="...", one block). */
  readonly set: string;
  /** A kustomize patch: a partial object. */
  readonly partial: boolean;
}

// Parsed as the validator parses them.
const objects: Found[] = blocks
  .filter((b) => b.language === 'yaml')
  .flatMap((b) =>
    parseBlock(b).documents.flatMap((d) => {
      const manifest = manifestObject(d);
      return manifest ? [{ obj: manifest.value as Obj, manifest, where: `${b.file}:${b.fenceLine}`, set: manifestSetKey(b), partial: !!b.partial }] : [];
    }),
  );

/** Every text a reader copies: YAML and shell blocks of the pages, and every file under static/examples/seek. */
const texts: { where: string; text: string }[] = [
  ...blocks.filter((b) => !b.file.startsWith(seekExamples)).map((b) => ({ where: `${b.file}:${b.fenceLine}`, text: b.text })),
  ...walkFiles(path.join(root, seekExamples)).map((f) => ({ where: path.relative(root, f), text: fs.readFileSync(f, 'utf8') })),
];

const template = (file: string): string => fs.readFileSync(path.join(chartDir, 'templates', file), 'utf8');
const chartValues = parseYaml(fs.readFileSync(path.join(chartDir, 'values.yaml'), 'utf8')) as Obj;

/** The Pod spec of a workload, a CronJob or a Pod (the validator's Pod templates). */
const podSpec = (f: Found): Obj | undefined => podTemplates([f.manifest])[0]?.spec as Obj | undefined;
const containersOf = (spec: Obj | undefined): Obj[] => (spec ? containersOfSpec(spec).map((c) => c.container as Obj) : []);
const commandText = (c: Obj): string => [...(c.command ?? []), ...(c.args ?? [])].join(' ');
const isSeekImage = (c: Obj): boolean => String(c.image ?? '').startsWith('fairdom/seek');
/** The web tier: the SEEK image with its default command (docker/entrypoint.sh), so Puma. */
const isSeekWeb = (c: Obj): boolean => isSeekImage(c) && !c.command && !c.args;
const isWorkers = (c: Obj): boolean => commandText(c).includes('docker/start_workers.sh');
const label = (o: Obj, key: string): string | undefined => o.metadata?.labels?.[key];
const envValue = (c: Obj, name: string): string | undefined => (c.env ?? []).find((e: Obj) => e.name === name)?.value;
const name = (f: Found): string => `${f.where} ${f.obj.kind}/${f.obj.metadata?.name}`;

it('reads the SEEK examples: files, page blocks and chart templates', () => {
  expect(objects.filter((f) => f.where.startsWith(seekExamples)).length).toBeGreaterThan(80);
  expect(objects.filter((f) => f.where.startsWith('docs/')).length).toBeGreaterThan(3);
  expect(texts.length).toBeGreaterThan(100);
});

describe('fault 1: the workers', () => {
  it('every exec probe states a timeout, and one that boots Rails has a minute', () => {
    const bad: string[] = [];
    for (const f of objects) {
      for (const c of containersOf(podSpec(f))) {
        for (const kind of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
          const probe = c[kind];
          if (!probe?.exec) continue;
          const text = (probe.exec.command ?? []).join(' ');
          const needed = /check_worker_pids|rails|rake|bundle/.test(text) ? 60 : 2;
          if (!(typeof probe.timeoutSeconds === 'number' && probe.timeoutSeconds >= needed)) bad.push(`${name(f)} ${c.name}.${kind}: timeoutSeconds ${probe.timeoutSeconds ?? 'unset (1 s)'}, needs >= ${needed}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('every workers Deployment stops its daemons in a preStop hook, with a grace period for it', () => {
    const workers = objects.filter((f) => !f.partial && f.obj.kind === 'Deployment' && containersOf(podSpec(f)).some(isWorkers));
    expect(workers.length).toBeGreaterThan(5);
    const bad = workers.filter((f) => {
      const spec = podSpec(f)!;
      const c = spec.containers.find(isWorkers);
      return !(c.lifecycle?.preStop?.exec?.command ?? []).join(' ').includes('bundle exec rake seek:workers:stop') || !(spec.terminationGracePeriodSeconds >= 60);
    });
    expect(bad.map(name)).toEqual([]);
  });

  it('the chart: the workers have the preStop hook, a grace period, and probes with a timeout', () => {
    const workers = template('deployment-workers.yaml');
    expect(workers).toContain('bundle exec rake seek:workers:stop');
    expect(workers).toMatch(/terminationGracePeriodSeconds: 180/);
    for (const probe of ['startupProbe', 'livenessProbe']) expect(workers).toMatch(new RegExp(`${probe}:\\n\\s+\\{\\{- include "seek.workersPidCheck"[^\\n]*\\n(\\s+\\w+: \\d+\\n)*\\s+timeoutSeconds: 5\\n`));
    expect(template('_helpers.tpl')).not.toMatch(/check_worker_pids|rails runner/);
  });
});

describe('fault 2: the reindex Job', () => {
  it('nothing copies docker/sunspot.docker.yml, which SEEK no longer has', () => {
    expect(texts.filter((t) => t.text.includes('sunspot.docker.yml')).map((t) => t.where)).toEqual([]);
  });
});

describe('fault 3: seeding volumes', () => {
  it('nothing copies with cp -a (it fails as www-data on a volume root owned by root)', () => {
    const code = (text: string): string => text.split('\n').filter((line) => !/^\s*#/.test(line)).join('\n');
    expect(texts.filter((t) => /\bcp\s+-a\b/.test(code(t.text))).map((t) => t.where)).toEqual([]);
  });

  it('no init container writes into the filestore: SEEK creates its folders and keys itself', () => {
    const bad: string[] = [];
    for (const f of objects) {
      const spec = podSpec(f);
      const filestoreVolumes = new Set((spec?.volumes ?? []).filter((v: Obj) => /filestore/.test(v.persistentVolumeClaim?.claimName ?? '')).map((v: Obj) => v.name));
      for (const c of spec?.initContainers ?? []) {
        if ((c.volumeMounts ?? []).some((m: Obj) => filestoreVolumes.has(m.name) && !m.readOnly)) bad.push(`${name(f)} ${c.name}`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe('fault 4: the schema is created and migrated once', () => {
  const base = path.join(root, seekExamples, '10-kustomize/base');
  const baseObjects = objects.filter((f) => f.where.startsWith(`${seekExamples}/10-kustomize/base/`));

  it('the kustomize base lists a Job that sets up or upgrades the database', () => {
    const kustomization = parseYaml(fs.readFileSync(path.join(base, 'kustomization.yaml'), 'utf8')) as Obj;
    const jobs = baseObjects.filter((f) => f.obj.kind === 'Job' && kustomization.resources.includes(path.basename(f.where.split(':')[0]!)));
    expect(jobs.length).toBe(1);
    const script = containersOf(podSpec(jobs[0]!)).map(commandText).join('\n');
    expect(script).toContain('check_mysql');
    expect(script).toContain('rake seek:upgrade');
  });

  it('web and workers of the base wait for the schema of their image before they start', () => {
    for (const component of ['web', 'workers']) {
      const d = baseObjects.find((f) => f.obj.kind === 'Deployment' && label(f.obj, 'app.kubernetes.io/component') === component);
      expect(d, component).toBeDefined();
      expect((podSpec(d!)!.initContainers ?? []).map(commandText).join('\n'), component).toContain('schema_migrations');
    }
  });

  it('the chart runs the migration as a post-install,pre-upgrade hook Job, and web and workers wait for it', () => {
    const job = template('job-migrate.yaml');
    expect(job).toMatch(/^kind: Job$/m);
    expect(job).toMatch(/helm\.sh\/hook: post-install,pre-upgrade/);
    expect(job).toContain('check_mysql');
    expect(job).toContain('rake seek:upgrade');
    for (const file of ['deployment-web.yaml', 'deployment-workers.yaml']) expect(template(file), file).toContain('include "seek.waitForSchema"');
    expect(template('_helpers.tpl')).toContain('schema_migrations');
  });
});

describe('fault 5: one cache for all SEEK Pods', () => {
  it('where several Pods run SEEK, every Pod mounts the cache from a claim, not an emptyDir of its own', () => {
    const sets = new Map<string, Found[]>();
    for (const f of objects) if (!f.partial) sets.set(f.set, [...(sets.get(f.set) ?? []), f]);
    // From step 6 on, the workers run beside the web tier; the Jobs of step 9's subfolders too.
    const withWorkers = ['06-workers', '07-config', '08-ingress', '09-operations', '10-kustomize'].map((d) => `${seekExamples}/${d}/`);
    const bad: string[] = [];
    let checked = 0;
    for (const members of sets.values()) {
      const seek = members.filter((f) => f.obj.kind === 'Deployment' && label(f.obj, 'app.kubernetes.io/name') === 'seek');
      const several =
        members.some((f) => withWorkers.some((d) => f.where.startsWith(d))) ||
        seek.some((f) => label(f.obj, 'app.kubernetes.io/component') === 'workers') ||
        seek.some((f) => (f.obj.spec?.replicas ?? 1) > 1) ||
        members.some((f) => f.obj.kind === 'HorizontalPodAutoscaler');
      if (!several) continue;
      for (const f of members) {
        const spec = podSpec(f);
        for (const c of containersOf(spec)) {
          for (const m of c.volumeMounts ?? []) {
            if (m.mountPath !== '/seek/tmp/cache') continue;
            checked++;
            const volume = (spec!.volumes ?? []).find((v: Obj) => v.name === m.name);
            if (!volume?.persistentVolumeClaim) bad.push(`${name(f)} ${c.name}: /seek/tmp/cache is not a claim`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(12);
    expect(bad).toEqual([]);
  });

  it('the chart mounts the cache claim in web, workers and the migration Job', () => {
    for (const file of ['deployment-web.yaml', 'deployment-workers.yaml', 'job-migrate.yaml']) {
      expect(template(file), file).not.toContain('emptyDir');
      expect(template(file), file).toContain('claimName: {{ include "seek.fullname" . }}-cache');
    }
  });
});

describe('fault 6: Puma workers', () => {
  it('every SEEK web container sets PUMA_WORKERS_NUM', () => {
    const bad = objects.filter((f) => !f.partial && containersOf(podSpec(f)).some((c) => isSeekWeb(c) && envValue(c, 'PUMA_WORKERS_NUM') === undefined));
    expect(bad.map(name)).toEqual([]);
  });

  it('wherever a web container has a CPU limit, PUMA_WORKERS_NUM equals it (patches included)', () => {
    const bad: string[] = [];
    let checked = 0;
    for (const f of objects) {
      for (const c of containersOf(podSpec(f))) {
        const web = isSeekWeb(c) || (f.partial && c.name === 'seek');
        const cpu = c.resources?.limits?.cpu;
        if (!web || cpu === undefined) continue;
        checked++;
        if (Number(envValue(c, 'PUMA_WORKERS_NUM')) !== quantityValue(cpu)) bad.push(`${name(f)}: PUMA_WORKERS_NUM ${envValue(c, 'PUMA_WORKERS_NUM')} with a CPU limit of ${cpu}`);
      }
    }
    expect(checked).toBeGreaterThan(4);
    expect(bad).toEqual([]);
  });

  it('the chart sets PUMA_WORKERS_NUM from web.pumaWorkers, which equals the default CPU limit', () => {
    expect(template('deployment-web.yaml')).toMatch(/name: PUMA_WORKERS_NUM\n\s+value: \{\{ \.Values\.web\.pumaWorkers \| quote \}\}/);
    expect(chartValues.web.pumaWorkers).toBe(quantityValue(chartValues.web.resources.limits.cpu));
  });
});

describe('SEEK facts and the rest of the issue', () => {
  it("MySQL's readiness probe logs in and queries: mysqladmin ping succeeds even on access denied", () => {
    const bad = objects.filter((f) =>
      containersOf(podSpec(f)).some((c) => String(c.image ?? '').startsWith('mysql') && (c.readinessProbe?.exec?.command ?? []).join(' ').includes('mysqladmin ping')),
    );
    expect(bad.map(name)).toEqual([]);
    const chart = template('statefulset-mysql.yaml');
    expect(chart.slice(chart.indexOf('readinessProbe:'), chart.indexOf('livenessProbe:'))).not.toContain('mysqladmin ping');
  });

  it('every fsGroup comes with fsGroupChangePolicy: OnRootMismatch', () => {
    const bad = objects.filter((f) => {
      const sc = podSpec(f)?.securityContext;
      return sc?.fsGroup !== undefined && sc.fsGroupChangePolicy !== 'OnRootMismatch';
    });
    expect(bad.map(name)).toEqual([]);
  });

  it('from step 7 on, and in the kustomize base, every Pod meets the restricted Pod Security profile', () => {
    const hardened = ['07-config', '08-ingress', '09-operations', '10-kustomize/base'].map((d) => `${seekExamples}/${d}/`);
    const pods = objects.filter((f) => !f.partial && hardened.some((d) => f.where.startsWith(d)) && podSpec(f));
    expect(pods.length).toBeGreaterThan(15);
    const bad: string[] = [];
    for (const f of pods) {
      const spec = podSpec(f)!;
      const sc = spec.securityContext ?? {};
      if (sc.runAsNonRoot !== true || typeof sc.runAsUser !== 'number' || sc.runAsUser === 0 || sc.seccompProfile?.type !== 'RuntimeDefault') bad.push(`${name(f)}: Pod securityContext`);
      for (const c of containersOf(spec)) {
        if (c.securityContext?.allowPrivilegeEscalation !== false || !(c.securityContext?.capabilities?.drop ?? []).includes('ALL')) bad.push(`${name(f)} ${c.name}: container securityContext`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('the chart: every Pod template has the restricted settings', () => {
    for (const file of ['deployment-web.yaml', 'deployment-workers.yaml', 'job-migrate.yaml', 'statefulset-mysql.yaml', 'statefulset-solr.yaml', 'tests/test-web.yaml']) {
      expect(template(file), file).toContain('include "seek.podSecurity"');
      expect(template(file), file).toContain('include "seek.containerSecurity"');
    }
  });

  it('the chart: credentials from existing Secrets, scheduling values, a workers image, a pinned test, global allowed', () => {
    expect(template('secret-db.yaml')).toMatch(/^\{\{- if not \.Values\.mysql\.existingSecret \}\}/);
    expect(template('secret-mysql-root.yaml')).toMatch(/^\{\{- if not \.Values\.mysql\.existingRootSecret \}\}/);
    for (const component of ['web', 'workers', 'mysql', 'solr']) {
      expect(Object.keys(chartValues[component]), component).toEqual(expect.arrayContaining(['nodeSelector', 'tolerations', 'affinity']));
    }
    expect(template('deployment-workers.yaml')).toContain('include "seek.image" .Values.workers.image');
    expect(template('tests/test-web.yaml')).toMatch(/helm\.sh\/hook: test/);
    expect(chartValues.tests.image.tag).toMatch(/^\d/);
    const schema = JSON.parse(fs.readFileSync(path.join(chartDir, 'values.schema.json'), 'utf8')) as Obj;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.global).toMatchObject({ type: 'object' });
  });
});
