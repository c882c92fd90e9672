/**
 * The SEEK Helm chart, checked without a helm binary: Chart.yaml, values against the schema,
 * every .Values path and include, then a render of the templates with the restricted renderer
 * (./helm-template.ts), validated like any manifest and compared with the kustomize production
 * overlay. Not checked here: Helm's own parser and functions beyond the renderer's subset,
 * `helm lint` rules, and install-time behaviour (hooks, upgrades, rollbacks).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadChart, missingValues, objectsOf, renderChart, schemaErrors, undefinedIncludes, deepMerge } from './chart';
import { kubectlVersion, renderKustomization } from './kustomize';
import { unpinnedReason, collectImages } from './inventory';
import { validateRendered } from './validate-rendered';

const chartDir = path.resolve(__dirname, '../../static/examples/seek/11-helm/seek');
const chart = loadChart(chartDir);
const release = { releaseName: 'seek', namespace: 'seek' };

// helm cannot be installed where these tests were written; where it is, its own output is checked too.
const helm = spawnSync('helm', ['version', '--short'], { encoding: 'utf8' });
const helmVersion = helm.error || helm.status !== 0 ? undefined : helm.stdout.trim();


describe('Chart.yaml', () => {
  it('is a v2 application chart for SEEK 1.18 with a semantic version', () => {
    expect(chart.meta).toMatchObject({ apiVersion: 'v2', name: 'seek', type: 'application', appVersion: '1.18' });
    expect(String(chart.meta.version)).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has the files a complete chart has', () => {
    for (const file of ['values.yaml', 'values.schema.json', 'templates/_helpers.tpl', 'templates/NOTES.txt', 'README.md']) {
      expect(fs.existsSync(path.join(chartDir, file)), file).toBe(true);
    }
  });
});

describe('values', () => {
  it('values.yaml validates against values.schema.json', () => {
    expect(schemaErrors(chart)).toEqual([]);
  });

  it('the schema rejects a typo, the latest tag, a bad size and a short password', () => {
    expect(schemaErrors(chart, deepMerge(chart.values, { web: { replica: 3 } }))).toContain('values.web must NOT have additional properties');
    expect(schemaErrors(chart, deepMerge(chart.values, { web: { image: { tag: 'latest' } } })).length).toBeGreaterThan(0);
    expect(schemaErrors(chart, deepMerge(chart.values, { filestore: { size: '50GB' } })).length).toBeGreaterThan(0);
    expect(schemaErrors(chart, deepMerge(chart.values, { mysql: { password: 'short' } })).length).toBeGreaterThan(0);
  });

  it('every .Values path in the templates exists in values.yaml', () => {
    expect(missingValues(chart)).toEqual([]);
  });

  it('every include names a template defined in _helpers.tpl (or a file of the chart)', () => {
    expect(undefinedIncludes(chart)).toEqual([]);
  });

  it('every image tag in values.yaml is pinned', () => {
    const images: string[] = [];
    for (const block of ['web', 'mysql', 'solr']) {
      const image = (chart.values[block] as { image: { repository: string; tag: string } }).image;
      images.push(`${image.repository}:${image.tag}`);
    }
    expect(images.filter((i) => unpinnedReason(i))).toEqual([]);
  });
});

describe('templates rendered with the default values (release "seek")', () => {
  const { manifests, notes } = renderChart(chart, release);

  it('give one object per template file', () => {
    const counts = manifests.map((m) => [m.file, objectsOf(m.text).length]);
    expect(counts.filter(([, n]) => n !== 1)).toEqual([]);
    expect(manifests.length).toBe(chart.templates.filter((t) => t.endsWith('.yaml')).length);
  });

  it('validate as one set of Kubernetes 1.33 objects', () => {
    const text = manifests.map((m) => `# Source: seek/templates/${m.file}\n${m.text}`).join('\n---\n');
    expect(validateRendered(text, 'seek chart (rendered)')).toEqual([]);
  });

  it('pin every image', () => {
    const images: string[] = [];
    for (const m of manifests) collectImages(objectsOf(m.text), (i) => images.push(i));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((i) => unpinnedReason(i))).toEqual([]);
  });

  it('print NOTES that say how to follow the first start and warn about the default password', () => {
    expect(notes).toContain('kubectl --namespace seek rollout status deployment/seek');
    expect(notes).toContain('https://seek.example.org/');
    expect(notes).toContain('WARNING: mysql.password');
  });
});

describe('templates rendered with other values', () => {
  it('leave the Ingress out when it is disabled, and NOTES explain port-forward instead', () => {
    const { manifests, notes } = renderChart(chart, { ...release, values: { ingress: { enabled: false } } });
    expect(manifests.some((m) => objectsOf(m.text)[0]?.kind === 'Ingress')).toBe(false);
    expect(notes).toContain('port-forward service/seek 3000:80');
  });

  it('drop host and TLS when no host is set, and set a class and storage classes when given', () => {
    const values = {
      ingress: { host: '', className: 'nginx' },
      filestore: { storageClassName: 'nfs' },
      mysql: { storage: { storageClassName: 'fast' } },
    };
    expect(schemaErrors(chart, deepMerge(chart.values, values))).toEqual([]);
    const objects = renderChart(chart, { ...release, values }).manifests.flatMap((m) => objectsOf(m.text)) as Record<string, any>[];
    const ingress = objects.find((o) => o.kind === 'Ingress');
    expect(ingress?.spec).toMatchObject({ ingressClassName: 'nginx' });
    expect(ingress?.spec.tls).toBeUndefined();
    expect(ingress?.spec.rules[0].host).toBeUndefined();
    expect(objects.find((o) => o.kind === 'PersistentVolumeClaim')?.spec.storageClassName).toBe('nfs');
    expect(objects.find((o) => o.metadata.name === 'seek-mysql' && o.kind === 'StatefulSet')?.spec.volumeClaimTemplates[0].spec.storageClassName).toBe('fast');
  });

  it('prefix names with the release when it does not say seek', () => {
    const objects = renderChart(chart, { releaseName: 'lab', namespace: 'lab' }).manifests.flatMap((m) => objectsOf(m.text)) as Record<string, any>[];
    expect(objects.map((o) => o.metadata.name).sort()).toContain('lab-seek-workers');
    const web = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'lab-seek');
    expect(web?.spec.template.spec.containers[0].envFrom[0].configMapRef.name).toBe('lab-seek-config');
    expect(web?.spec.selector.matchLabels['app.kubernetes.io/instance']).toBe('lab');
  });
});

/**
 * Puts kustomize and Helm output in one shape: the namespace and the Namespace object go (Helm
 * creates it with --create-namespace), generated names lose their hash, Secret data is decoded,
 * and the labels and annotations that only say which tool made the object are removed.
 */
function normalise(objects: Record<string, any>[]): Record<string, any>[] {
  const hashed = new Map<string, string>();
  for (const o of objects) {
    const m = /^(.*)-[a-z0-9]{10}$/.exec(o.metadata.name);
    if (m && (o.kind === 'ConfigMap' || o.kind === 'Secret')) hashed.set(o.metadata.name, m[1]!);
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

const kubectl = kubectlVersion();
if (!kubectl) console.warn('kubectl is not installed: the chart is not compared with the rendered production overlay.');
if (!helmVersion) console.warn('helm is not installed: helm lint and helm template are not run; the chart is checked with the restricted renderer.');

describe.skipIf(!kubectl)(`the chart and the kustomize production overlay${kubectl ? '' : ' (kubectl not installed: not compared)'}`, () => {
  it('produce the same objects, apart from what names the tool', () => {
    const fromKustomize = normalise(objectsOf(renderKustomization(path.resolve(__dirname, '../../static/examples/seek/10-kustomize/overlays/production'))));
    const fromHelm = normalise(renderChart(chart, release).manifests.flatMap((m) => objectsOf(m.text)));
    expect(fromHelm.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(fromKustomize.map((o) => `${o.kind}/${o.metadata.name}`));
    expect(fromHelm).toEqual(fromKustomize);
  });
});

describe('values.yaml and the production overlay agree on what the overlay sets', () => {
  // Works without kubectl: reads the overlay's own files.
  const overlay = path.resolve(__dirname, '../../static/examples/seek/10-kustomize/overlays/production');
  const k = parseYaml(fs.readFileSync(path.join(overlay, 'kustomization.yaml'), 'utf8')) as Record<string, any>;
  const values = chart.values as Record<string, any>;

  it('image tags, web replicas and the namespace', () => {
    const tag = (name: string): string => k.images.find((i: { name: string }) => i.name === name).newTag;
    expect(values.web.image.tag).toBe(tag('fairdom/seek'));
    expect(values.mysql.image.tag).toBe(tag('mysql'));
    expect(values.solr.image.tag).toBe(tag('solr'));
    expect(values.web.replicas).toBe(k.replicas.find((r: { name: string }) => r.name === 'seek').count);
    expect(k.namespace).toBe(release.namespace);
  });
});


describe.skipIf(!helmVersion)(`with helm ${helmVersion ?? '(not installed: helm lint and helm template are not run)'}`, () => {
  it('helm lint passes', () => {
    const lint = spawnSync('helm', ['lint', chartDir], { encoding: 'utf8' });
    expect(lint.status, lint.stdout + lint.stderr).toBe(0);
  });

  it('helm template output validates and equals the restricted renderer output', () => {
    const out = spawnSync('helm', ['template', 'seek', chartDir, '--namespace', 'seek'], { encoding: 'utf8' });
    expect(out.status, out.stderr).toBe(0);
    expect(validateRendered(out.stdout, 'helm template seek')).toEqual([]);
    const ours = normalise(renderChart(chart, release).manifests.flatMap((m) => objectsOf(m.text)));
    expect(normalise(objectsOf(out.stdout))).toEqual(ours);
  });
});
