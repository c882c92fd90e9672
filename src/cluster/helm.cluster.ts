/**
 * The SEEK chart with the real Helm, 4 and 3: `helm lint --strict`, `helm template` with the
 * default values and with every values file the pages show, each output checked by the site's
 * validator and by the API server (dry run), and what the chart's pages promise.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { blocksOfPaths } from '../manifests';
import { normaliseForComparison, objectsOf } from '../examples/chart';
import { collectImages, unpinnedReason } from '../examples/inventory';
import { validateRendered } from '../examples/validate-rendered';
import { kubectlFor } from './control-plane';
import { dryRunText, formatVerdicts } from './dry-run';
import { helmTool, KUBE_VERSION_FLAG, valuesFilesOnPages, type Helm } from './helm';
import { PROJECT_ROOT } from './tools';

const plane = kubectlFor(inject('kubeconfig'));
const chartDir = path.join(PROJECT_ROOT, 'static/examples/seek/11-helm/seek');
const helms: Helm[] = [helmTool('helm'), helmTool('helm3')];
const { blocks } = blocksOfPaths(['docs'], PROJECT_ROOT);
const pages = [...new Set(blocks.map((b) => b.file))].map((file) => ({ file, blocks: blocks.filter((b) => b.file === file) }));
const shownValues = valuesFilesOnPages(pages);
const valuesFiles = shownValues.filter((v) => !v.brokenOnPurpose);
const brokenValues = shownValues.filter((v) => v.brokenOnPurpose);

let workDir = '';
beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(inject('clusterDir'), 'helm-'));
  for (const v of shownValues) fs.writeFileSync(path.join(workDir, path.basename(v.title)), v.text);
});

/** `helm template RELEASE chart` with extra arguments; throws with Helm's message on failure. */
function template(helm: Helm, args: readonly string[] = [], release = 'seek', namespace = 'seek'): string {
  const out = helm.run(['template', release, chartDir, '--namespace', namespace, ...KUBE_VERSION_FLAG, ...args]);
  if (out.status !== 0) throw new Error(`${helm.binary} template ${args.join(' ')} failed: ${out.stderr.trim()}`);
  return out.stdout;
}

/**
 * The NOTES Helm prints after install, from a client-side dry run. Helm 3 asks a cluster for its
 * version even then: it gets the throwaway control plane, never a default address.
 */
function notes(helm: Helm, args: readonly string[] = []): string {
  const out = helm.run(['install', 'seek', chartDir, '--namespace', 'seek', '--dry-run=client', ...args], { kubeconfig: inject('kubeconfig') });
  if (out.status !== 0) throw new Error(`${helm.binary} install --dry-run=client failed: ${out.stderr.trim()}`);
  return out.stdout.slice(out.stdout.indexOf('NOTES:'));
}

it('the pages show values files for the chart (seek-secrets.yaml, values-prod.yaml, values-site.yaml), and one broken on purpose', () => {
  expect(valuesFiles.map((v) => v.title).sort()).toEqual(['seek-secrets.yaml', 'values-prod.yaml', 'values-site.yaml']);
  expect(brokenValues.map((v) => v.title)).toEqual(['values-bigger-db.yaml']);
});

describe.each(helms)('$binary refuses each values file a page shows failing', (helm) => {
  it.each(brokenValues.map((v) => [v.title, v] as const))('%s, by values.schema.json', (_title, broken) => {
    // With every good values file, so that only the broken one can be the reason.
    const files = [...valuesFiles, broken].flatMap((v) => ['-f', path.join(workDir, path.basename(v.title))]);
    const out = helm.run(['template', 'seek', chartDir, '--namespace', 'seek', ...KUBE_VERSION_FLAG, ...files]);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toMatch(/values don't meet the specifications of the schema/);
  });
});

/**
 * The chart's objects as the overlay has them: without the test Pods (`helm.sh/hook: test`, which
 * only `helm test` creates) and without the hook annotations that make the migration Job a hook.
 */
function withoutHookMarks(objects: Record<string, any>[]): Record<string, any>[] {
  return objects
    .filter((o) => o.metadata?.annotations?.['helm.sh/hook'] !== 'test')
    .map((o) => {
      const annotations = Object.fromEntries(Object.entries(o.metadata?.annotations ?? {}).filter(([k]) => !k.startsWith('helm.sh/hook')));
      return { ...o, metadata: { ...o.metadata, annotations } };
    });
}

describe.each(helms.map((h) => [`${h.binary} ${h.version}`, h] as const))('%s', (_name, helm) => {
  it('reports the pinned version', () => {
    expect(helm.run(['version', '--short']).stdout).toContain(`v${helm.version}`);
  });

  it('helm lint --strict passes with the defaults and with each values file of the pages', () => {
    const runs = [[], ...valuesFiles.map((v) => ['-f', path.join(workDir, path.basename(v.title))])];
    for (const args of runs) {
      const lint = helm.run(['lint', '--strict', chartDir, ...KUBE_VERSION_FLAG, ...args]);
      expect(lint.status, `${helm.binary} lint --strict ${args.join(' ')}\n${lint.stdout}${lint.stderr}`).toBe(0);
    }
  });

  it('helm template output, with the defaults and with each values file, passes the validator and the API server', async () => {
    const runs = [{ label: 'defaults', args: [] as string[] }, ...valuesFiles.map((v) => ({ label: `-f ${v.title} (${v.page}:${v.line})`, args: ['-f', path.join(workDir, path.basename(v.title))] }))];
    for (const [i, run] of runs.entries()) {
      const output = template(helm, run.args);
      const label = `${helm.binary} template seek ${run.label}`;
      expect(validateRendered(output, label)).toEqual([]);
      const { verdicts } = await dryRunText(plane, output, label, { workDir, namespacePrefix: `${helm.binary}-${i}` });
      expect(verdicts.length).toBe(objectsOf(output).length);
      expect(formatVerdicts(verdicts)).toEqual([]);
    }
  });

  it('gives one object per template file, every image pinned', () => {
    const output = template(helm);
    const sources = [...output.matchAll(/^# Source: seek\/templates\/(\S+)$/gm)].map((m) => m[1]);
    const files = (fs.readdirSync(path.join(chartDir, 'templates'), { recursive: true }) as string[]).map((f) => f.split(path.sep).join('/')).filter((f) => f.endsWith('.yaml'));
    expect([...sources].sort()).toEqual(files.sort());
    const images: string[] = [];
    collectImages(objectsOf(output), (image) => images.push(image));
    expect(images.length).toBeGreaterThan(0);
    expect(images.filter((image) => unpinnedReason(image))).toEqual([]);
  });

  it('prints NOTES that say how to follow the first start and warn about the default password', () => {
    const text = notes(helm);
    expect(text).toContain('kubectl --namespace seek rollout status deployment/seek');
    expect(text).toContain('https://seek.example.org/');
    expect(text).toContain('WARNING: mysql.password');
  });

  it('leaves the Ingress out when it is disabled, and NOTES explain port-forward instead', () => {
    expect(objectsOf(template(helm, ['--set', 'ingress.enabled=false'])).some((o) => o.kind === 'Ingress')).toBe(false);
    expect(notes(helm, ['--set', 'ingress.enabled=false'])).toContain('port-forward service/seek 3000:80');
  });

  it('drops host and TLS when no host is set, and sets a class and storage classes when given', () => {
    const objects = objectsOf(template(helm, ['--set', 'ingress.host=', '--set', 'ingress.className=nginx', '--set', 'filestore.storageClassName=nfs', '--set', 'mysql.storage.storageClassName=fast'])) as Record<string, any>[];
    const ingress = objects.find((o) => o.kind === 'Ingress');
    expect(ingress?.spec).toMatchObject({ ingressClassName: 'nginx' });
    expect(ingress?.spec.tls).toBeUndefined();
    expect(ingress?.spec.rules[0].host).toBeUndefined();
    expect(objects.find((o) => o.kind === 'PersistentVolumeClaim' && o.metadata.name === 'seek-filestore')?.spec.storageClassName).toBe('nfs');
    expect(objects.find((o) => o.metadata.name === 'seek-mysql' && o.kind === 'StatefulSet')?.spec.volumeClaimTemplates[0].spec.storageClassName).toBe('fast');
  });

  it('prefixes names with the release when it does not say seek', () => {
    const objects = objectsOf(template(helm, [], 'lab', 'lab')) as Record<string, any>[];
    expect(objects.map((o) => o.metadata.name)).toContain('lab-seek-workers');
    const web = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'lab-seek');
    expect(web?.spec.template.spec.containers[0].envFrom[0].configMapRef.name).toBe('lab-seek-config');
    expect(web?.spec.selector.matchLabels['app.kubernetes.io/instance']).toBe('lab');
  });

  it('uses existing Secrets instead of its own when told, and accepts global values as a subchart', () => {
    const objects = objectsOf(template(helm, ['--set', 'mysql.existingSecret=site-db', '--set', 'mysql.existingRootSecret=site-root', '--set', 'global.imageRegistry=example.org'])) as Record<string, any>[];
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    const mysql = objects.find((o) => o.kind === 'StatefulSet' && o.metadata.name === 'seek-mysql');
    expect(mysql?.spec.template.spec.containers[0].envFrom.map((e: { secretRef: { name: string } }) => e.secretRef.name)).toEqual(['site-root', 'site-db']);
    const web = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'seek');
    expect(web?.spec.template.spec.containers[0].envFrom[1].secretRef.name).toBe('site-db');
  });

  it('refuses, by values.schema.json, a typo, the latest tag, a size without a unit and a short password', () => {
    for (const bad of ['web.replica=3', 'web.image.tag=latest', 'filestore.size=50GB', 'mysql.password=short']) {
      const out = helm.run(['template', 'seek', chartDir, ...KUBE_VERSION_FLAG, '--set', bad]);
      expect(out.status, `--set ${bad} was accepted`).not.toBe(0);
      expect(out.stderr).toMatch(/schema/i);
    }
  });
});

describe('Helm 4 and Helm 3', () => {
  it('render the chart identically', () => {
    const [four, three] = helms.map((h) => normaliseForComparison(objectsOf(template(h))));
    expect(four).toEqual(three);
  });
});

describe('the chart and the kustomize production overlay', () => {
  it('produce the same objects, apart from what names the tool', () => {
    const overlay = plane.kubectl(['kustomize', path.join(PROJECT_ROOT, 'static/examples/seek/10-kustomize/overlays/production')]);
    expect(overlay.status, overlay.stderr).toBe(0);
    const fromKustomize = normaliseForComparison(objectsOf(overlay.stdout)) as Record<string, any>[];
    const fromHelm = normaliseForComparison(withoutHookMarks(objectsOf(template(helms[0]!)))) as Record<string, any>[];
    expect(fromHelm.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(fromKustomize.map((o) => `${o.kind}/${o.metadata.name}`));
    expect(fromHelm).toEqual(fromKustomize);
  });
});
