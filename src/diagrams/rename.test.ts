/**
 * The promise of the model: rename a concept once and every diagram and the glossary follow.
 * A copy of the model renames PersistentVolumeClaim; every output that showed the old name must
 * show the new one instead, and nothing may still say the old one.
 */
import { describe, expect, it } from 'vitest';
import { model } from '../model/model';
import type { Model } from '../model/types';
import { glossaryNodes } from '../remark/glossary';
import { renderView } from './render';

const OLD = 'PersistentVolumeClaim';
const NEW = 'StorageClaimRenamed';

const renamed: Model = {
  ...model,
  concepts: model.concepts.map((concept) => (concept.id === 'persistent-volume-claim' ? { ...concept, name: NEW } : concept)),
};

const outputs = (m: Model, id: string) => {
  const view = renderView(m, id);
  return { mermaid: view.mermaid, ascii: view.text, svg: view.svg, caption: view.caption, description: view.description };
};

describe('renaming PersistentVolumeClaim in a copy of the model', () => {
  const showing = model.views.filter((view) => Object.values(outputs(model, view.id)).some((text) => text.includes(OLD)));

  it('concerns several views', () => {
    expect(showing.map((view) => view.id)).toEqual(
      expect.arrayContaining(['storage', 'dynamic-provisioning', 'seek-on-kubernetes', 'concept-map']),
    );
  });

  for (const view of model.views) {
    it(`${view.id}: every format follows the new name`, () => {
      const before = outputs(model, view.id);
      const after = outputs(renamed, view.id);
      for (const format of Object.keys(before) as (keyof typeof before)[]) {
        const count = before[format].split(OLD).length - 1;
        expect(after[format].split(NEW).length - 1, `${format} of ${view.id}`).toBe(count);
        expect(after[format], `${format} of ${view.id}`).not.toContain(OLD);
      }
    });
  }

  it('changes the glossary entry, and keeps its anchor', () => {
    const headings = (m: Model) =>
      glossaryNodes(m, '/nonexistent')
        .filter((node) => node.type === 'heading' && node.depth === 3)
        .map((node) => [(node.data as { hProperties: { id: string } }).hProperties.id, JSON.stringify(node)] as const);
    const before = new Map(headings(model));
    const after = new Map(headings(renamed));
    expect(before.get('persistent-volume-claim')).toContain(OLD);
    expect(after.get('persistent-volume-claim')).toContain(NEW);
    expect(after.get('persistent-volume-claim')).not.toContain(OLD);
  });
});
