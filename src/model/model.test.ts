import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModel, REQUIRED_VIEW_IDS } from './check';
import { concepts } from './concepts';
import { model } from './model';
import type { Model } from './types';

/** The ids chapters were told to use (team brief); each must stay defined. */
const BRIEF_CONCEPT_IDS = `cluster node control-plane pod container container-image container-runtime kubectl manifest
object label selector annotation namespace kube-apiserver etcd kube-scheduler kube-controller-manager
cloud-controller-manager kubelet kube-proxy controller replica-set deployment daemon-set stateful-set job cron-job
init-container sidecar-container service endpoint-slice ingress ingress-controller gateway http-route network-policy
dns config-map secret volume persistent-volume persistent-volume-claim storage-class provisioner probe
resource-requests-and-limits horizontal-pod-autoscaler cluster-autoscaler resource-quota service-account rbac taint
toleration affinity pod-disruption-budget rolling-update kustomize helm helm-chart operator custom-resource
docker-compose`.split(/\s+/);

describe('model', () => {
  it('is consistent: known ids, unique ids, relations behind every arrow, no empty view', () => {
    expect(checkModel(model)).toEqual([]);
  });

  it('defines every concept id the chapters use', () => {
    const ids = new Set(concepts.map((concept) => concept.id));
    expect(BRIEF_CONCEPT_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has every view id the chapters use, and at least ten views', () => {
    expect(model.views.map((view) => view.id)).toEqual(expect.arrayContaining([...REQUIRED_VIEW_IDS]));
    expect(model.views.length).toBeGreaterThanOrEqual(10);
  });

  it('links every concept to the page that teaches it', () => {
    expect(concepts.filter((concept) => !concept.teachesAt).map((concept) => concept.id)).toEqual([]);
  });

  it('points every teachesAt at a chapter heading that exists (tooltips and glossary link there)', () => {
    const docs = path.resolve(__dirname, '../../docs');
    const broken = concepts.flatMap((concept) => {
      const [route = '', anchor] = concept.teachesAt!.replace(/^\/docs\//, '').split('#');
      const file = ['.mdx', '.md'].map((extension) => path.join(docs, route + extension)).find((f) => fs.existsSync(f));
      if (file === undefined) return [`${concept.id}: no chapter docs/${route}.mdx`];
      const source = fs.readFileSync(file, 'utf8');
      if (anchor !== undefined && !source.includes(`{/* #${anchor} */}`)) return [`${concept.id}: no heading #${anchor} in docs/${route}.mdx`];
      return [];
    });
    expect(broken).toEqual([]);
  });

  describe('the check finds broken models', () => {
    const firstView = model.views[0]!;
    const broken = (change: Partial<Model>): string[] => checkModel({ ...model, ...change });

    it('an arrow that is no model relation', () => {
      const view = { ...firstView, edges: [...firstView.edges, { from: 'pod', verb: 'provisions' as const, to: 'node' }] };
      expect(broken({ views: [view, ...model.views.slice(1)] })).toContainEqual(expect.stringContaining('is no model relation'));
    });

    it('a relation to an unknown concept', () => {
      expect(broken({ relations: [...model.relations, { from: 'pod', verb: 'runs-on', to: 'nodes' }] })).toContainEqual(
        expect.stringContaining('"nodes" is no concept'),
      );
    });

    it('a duplicated concept id', () => {
      expect(broken({ concepts: [...model.concepts, model.concepts[0]!] })).toContainEqual(expect.stringContaining('defined twice'));
    });

    it('an empty view', () => {
      const view = { ...firstView, nodes: [], edges: [], groups: [] };
      expect(broken({ views: [view, ...model.views.slice(1)] })).toContainEqual(expect.stringContaining('draws nothing'));
    });

    it('a placeholder naming no concept', () => {
      const view = { ...firstView, caption: 'A {pods} caption.' };
      expect(broken({ views: [view, ...model.views.slice(1)] })).toContainEqual(expect.stringContaining('{pods}'));
    });

    it('an arrow into a box two deep', () => {
      const view = {
        ...firstView,
        groups: [...(firstView.groups ?? []), { id: 'outer', label: 'Outer', members: ['cluster'] }],
      };
      expect(broken({ views: [view, ...model.views.slice(1)] })).toContainEqual(expect.stringContaining('boxes deep'));
    });
  });
});
