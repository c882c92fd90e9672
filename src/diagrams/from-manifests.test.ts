import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphFromExamples } from './from-manifests';
import type { DiagramGraph } from '../model/types';

const root = path.join(__dirname, '__fixtures__/from-manifests');

/** Edges as short sentences, easy to read in a failing assertion. */
function sentences(graph: DiagramGraph): string[] {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  return graph.edges.map((e) => `${label.get(e.from)} ${e.verb} ${label.get(e.to)}`);
}

describe('graphFromExamples on plain files', () => {
  const graph = graphFromExamples('plain', { root });

  it('draws one box per object plus one per pod template', () => {
    expect(graph.nodes.map((n) => n.label)).toEqual([
      'Deployment web',
      'Pods of web',
      'Service web',
      'Service orphan',
      'ConfigMap web-config',
      'PersistentVolumeClaim web-files',
      'Ingress web',
      'HorizontalPodAutoscaler web',
      'StatefulSet db',
      'Pods of db',
      'CronJob backup',
      'Pods of backup',
      'PersistentVolumeClaims data-db-N',
      'Secret db-credentials (not in these files)',
    ]);
  });

  it('connects them with the model verbs, each with one meaning', () => {
    expect(sentences(graph).sort()).toEqual(
      [
        'Deployment web manages Pods of web',
        'StatefulSet db manages Pods of db',
        'CronJob backup manages Pods of backup',
        'Service web selects Pods of web',
        'Ingress web routes-to Service web',
        'HorizontalPodAutoscaler web manages Deployment web',
        'StatefulSet db manages PersistentVolumeClaims data-db-N',
        'Pods of db mounts PersistentVolumeClaims data-db-N',
        'Pods of web mounts PersistentVolumeClaim web-files',
        'ConfigMap web-config configures Pods of web',
        'Secret db-credentials (not in these files) configures Pods of web',
        'Secret db-credentials (not in these files) configures Pods of backup',
      ].sort(),
    );
  });

  it('does not connect a Service whose selector matches no pod template', () => {
    const orphan = graph.nodes.find((n) => n.label === 'Service orphan');
    expect(graph.edges.some((e) => e.from === orphan?.id || e.to === orphan?.id)).toBe(false);
    expect(graph.description).toContain('Not connected to the others: Service orphan.');
  });

  it('notes that a CronJob reaches its Pods through Jobs', () => {
    expect(graph.edges.find((e) => e.from === 'cronjob-backup')?.note).toBe('through Jobs');
  });

  it('gives categories the renderers colour by', () => {
    const category = Object.fromEntries(graph.nodes.map((n) => [n.label, n.category]));
    expect(category['Service web']).toBe('networking');
    expect(category['ConfigMap web-config']).toBe('configuration');
    expect(category['PersistentVolumeClaim web-files']).toBe('storage');
    expect(category['Pods of web']).toBe('workload');
  });

  it('has unique node ids and edges only between known nodes', () => {
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of graph.edges) {
      expect(ids).toContain(e.from);
      expect(ids).toContain(e.to);
    }
  });

  it('describes the picture in sentences and says where it comes from', () => {
    expect(graph.id).toBe('examples-plain');
    expect(graph.caption).toBe('Drawn from the manifests in static/examples/plain.');
    expect(graph.description).toContain('Service web selects Pods of web.');
    expect(graph.description).toContain('Pods of web mount PersistentVolumeClaim web-files.');
    expect(graph.description).toContain('Ingress web routes to Service web.');
  });
});

describe('graphFromExamples on a kustomization', () => {
  const graph = graphFromExamples('kustomized/overlays/prod', { root });

  it('reads the resources the overlay pulls in and the generated Secret, not stray files', () => {
    expect(graph.nodes.map((n) => n.label)).toEqual(['Deployment web', 'Pods of web', 'Secret web-secrets']);
    expect(sentences(graph)).toContain('Secret web-secrets configures Pods of web');
  });

  it('puts everything in the namespace the overlay sets', () => {
    expect(graph.groups).toEqual([
      { id: 'namespace-prod', label: 'Namespace prod', members: ['deployment-web', 'pods-deployment-web', 'secret-web-secrets'] },
    ]);
  });
});

describe('graphFromExamples with namespaces and missing references', () => {
  const graph = graphFromExamples('namespaced', { root });

  it('does not let a Service select pods of another namespace', () => {
    expect(sentences(graph).filter((s) => s.includes('selects'))).toEqual([]);
  });

  it('groups by namespace and shows a missing ConfigMap as such', () => {
    expect(graph.groups.map((g) => g.label)).toEqual(['Namespace other', 'Namespace shop']);
    expect(sentences(graph)).toEqual(['ConfigMap missing-config (not in these files) configures Pod single']);
  });
});

describe('graphFromExamples errors', () => {
  it('rejects a folder that does not exist', () => {
    expect(() => graphFromExamples('no/such/step', { root })).toThrow(/no such folder/);
  });

  it('rejects a folder outside the examples', () => {
    expect(() => graphFromExamples('../../', { root })).toThrow(/outside/);
  });

  it('rejects a folder with no objects (a Helm chart is not read as YAML)', () => {
    expect(() => graphFromExamples('chart-only', { root })).toThrow(/no Kubernetes objects/);
  });
});

describe('graphFromExamples with label selectors', () => {
  const graph = graphFromExamples('selectors', { root });

  it('draws what an empty podSelector and matchExpressions select, as the validator matches them', () => {
    expect(sentences(graph).filter((s) => s.includes('selects')).sort()).toEqual([
      'NetworkPolicy default-deny selects Pods of db',
      'NetworkPolicy default-deny selects Pods of web',
      'PodDisruptionBudget front selects Pods of web',
      'PodDisruptionBudget not-db selects Pods of web',
    ]);
  });
});

describe('graphFromExamples on the SEEK production overlay (static/examples)', () => {
  const graph = graphFromExamples('seek/10-kustomize/overlays/production', { root: path.resolve(__dirname, '../../static/examples') });
  const edges = sentences(graph);

  it('follows the overlay into the base and names generated objects without their hash', () => {
    expect(edges).toEqual(
      expect.arrayContaining([
        'Ingress seek routes-to Service seek',
        'Service seek selects Pods of seek',
        'Service seek-mysql selects Pods of seek-mysql',
        'Service seek-solr selects Pods of seek-solr',
        'Pods of seek mounts PersistentVolumeClaim seek-filestore',
        'Pods of seek-workers mounts PersistentVolumeClaim seek-filestore',
        'ConfigMap seek-config configures Pods of seek',
        'Secret seek-db configures Pods of seek-workers',
        'Secret seek-mysql-root configures Pods of seek-mysql',
      ]),
    );
  });

  it('puts everything in the namespace seek and marks the configset as created elsewhere', () => {
    expect(graph.groups.map((g) => g.label)).toEqual(['Namespace seek']);
    expect(graph.nodes.map((n) => n.label)).toContain('ConfigMap solr-seek-conf (not in these files)');
  });
});
