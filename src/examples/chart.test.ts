/**
 * The SEEK Helm chart, checks that need no Helm: Chart.yaml, the files a chart has, every .Values
 * path a template reads, pinned images, and the defaults against the kustomize production overlay.
 * Helm itself (lint, the values schema, rendering) runs in the cluster tier: src/cluster/helm.cluster.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadChart, missingValues } from './chart';
import { unpinnedReason } from './inventory';

const chartDir = path.resolve(__dirname, '../../static/examples/seek/11-helm/seek');
const chart = loadChart(chartDir);
const release = { releaseName: 'seek', namespace: 'seek' };

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
  it('every .Values path in the templates exists in values.yaml', () => {
    expect(missingValues(chart)).toEqual([]);
  });

  it('every image tag in values.yaml is pinned', () => {
    const images: string[] = [];
    for (const block of ['web', 'workers', 'mysql', 'solr', 'tests']) {
      const image = (chart.values[block] as { image: { repository: string; tag: string } }).image;
      images.push(`${image.repository}:${image.tag}`);
    }
    expect(images.filter((i) => unpinnedReason(i))).toEqual([]);
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
    expect(values.workers.image.tag).toBe(tag('fairdom/seek'));
    expect(values.mysql.image.tag).toBe(tag('mysql'));
    expect(values.solr.image.tag).toBe(tag('solr'));
    expect(values.web.replicas).toBe(k.replicas.find((r: { name: string }) => r.name === 'seek').count);
    expect(k.namespace).toBe(release.namespace);
  });
});

