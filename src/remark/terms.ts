/**
 * `:term[PersistentVolumeClaim]{id="persistent-volume-claim"}` -> a GlossaryTerm: the text links
 * to the page that teaches the concept, and a tooltip shows its short definition on hover and on
 * keyboard focus. Ids match exactly (`pod` never matches `pod-disruption-budget`); an unknown id
 * fails the build at file:line:column and suggests the closest ids.
 */
import type { Root, RootContent } from 'mdast';
import type {} from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { model as defaultModel } from '../model/model';
import type { Concept, Model } from '../model/types';
import { importNode, jsxText, where } from './mdx-nodes';
import { levenshtein } from '../util/edit-distance';

export interface TermOptions {
  readonly model?: Model;
  readonly componentSource?: string;
}

export const TERM_COMPONENT = 'GlossaryTerm__Tooltip';

/** Where a concept's term links to: the teaching page, else its glossary entry. */
export function termHref(concept: Concept): string {
  return concept.teachesAt ?? `/docs/reference/glossary#${concept.id}`;
}

/** Ids close to a mistyped `id`, only to suggest a fix: a term never resolves to one of them. */
function suggestions(id: string, concepts: readonly Concept[]): string[] {
  const words = id.split('-').filter((word) => word.length > 2);
  return concepts
    .filter((concept) => levenshtein(id, concept.id, 2) <= 2 || words.some((word) => concept.id.split('-').includes(word)))
    .map((concept) => concept.id)
    .slice(0, 6);
}

const remarkTerms: Plugin<[TermOptions?], Root> = (options = {}) => {
  const model = options.model ?? defaultModel;
  const byId = new Map(model.concepts.map((concept) => [concept.id, concept]));
  const componentSource = options.componentSource ?? '@site/src/components/GlossaryTerm';

  return (tree: Root, file: VFile) => {
    let used = false;
    visit(tree, 'textDirective', (node, index, parent) => {
      if (node.name !== 'term' || !parent || index === undefined) return;
      const id = node.attributes?.id;
      if (typeof id !== 'string' || id === '') {
        throw new Error(`${where(file, node)}: :term needs an id, e.g. :term[Pod]{id="pod"}`);
      }
      const concept = byId.get(id);
      if (concept === undefined) {
        const close = suggestions(id, model.concepts);
        throw new Error(
          `${where(file, node)}: unknown term id "${id}".` +
            (close.length > 0 ? ` Did you mean: ${close.join(', ')}?` : '') +
            ' Term ids are listed in src/model/concepts.ts.',
        );
      }
      const children = node.children.length > 0 ? node.children : [{ type: 'text', value: concept.name }];
      const element: RootContent = jsxText(
        TERM_COMPONENT,
        { id: concept.id, name: concept.name, short: concept.short, href: termHref(concept) },
        children,
        node.position,
      );
      parent.children.splice(index, 1, element as never);
      used = true;
    });
    if (used) tree.children.unshift(importNode(TERM_COMPONENT, componentSource) as never);
  };
};

export default remarkTerms;
