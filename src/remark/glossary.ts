/**
 * `::glossary` -> the glossary, generated from the model's concepts: one h2 per category, one h3
 * per concept with the concept id as its anchor (so `/docs/reference/glossary#pod` is permanent),
 * the long definition, other names, and a link to the page that teaches it. Real headings, so the
 * table of contents and search see them: this plugin runs before Docusaurus' own.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type {} from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { frontMatterOf } from '../markdown/source';
import { CATEGORY_LABELS, CATEGORY_ORDER } from '../model/labels';
import { model as defaultModel } from '../model/model';
import type { Concept, Model } from '../model/types';
import { projectPath } from '../util/project';

export interface GlossaryOptions {
  readonly model?: Model;
  /** Where chapters live, to name linked pages by their titles; defaults to docs/. */
  readonly docsDir?: string;
}

const text = (value: string): PhrasingContent => ({ type: 'text', value });

function heading(depth: 2 | 3, label: string, id: string): Heading {
  return { type: 'heading', depth, children: [text(label)], data: { hProperties: { id } } };
}

/** Inline `code` spans in definitions stay code. */
function inline(value: string): PhrasingContent[] {
  return value.split(/(`[^`]+`)/).filter(Boolean).map((part) =>
    part.startsWith('`') && part.endsWith('`') ? { type: 'inlineCode', value: part.slice(1, -1) } : text(part),
  );
}

function entry(concept: Concept, pageName: (url: string) => string): RootContent[] {
  const nodes: RootContent[] = [heading(3, concept.name, concept.id)];
  nodes.push({ type: 'paragraph', children: inline(concept.long) });
  const facts: PhrasingContent[] = [];
  if (concept.aka && concept.aka.length > 0) {
    facts.push({ type: 'strong', children: [text('Also called:')] }, text(` ${concept.aka.join(', ')}. `));
  }
  if (concept.teachesAt) {
    facts.push(
      { type: 'strong', children: [text('Taught in:')] },
      text(' '),
      { type: 'link', url: concept.teachesAt, children: [text(pageName(concept.teachesAt))] },
      text('.'),
    );
  }
  if (facts.length > 0) nodes.push({ type: 'paragraph', children: facts } satisfies Paragraph);
  return nodes;
}

/**
 * Names a linked page by the title in its front matter (`/docs/concepts/storage` -> "Storage"),
 * or by its path while the chapter is not written yet.
 */
export function pageNamer(docsDir: string): (url: string) => string {
  return (url) => {
    const route = url.split('#')[0]!.replace(/^\/docs\//, '');
    for (const extension of ['.mdx', '.md']) {
      const file = path.join(docsDir, route + extension);
      if (!fs.existsSync(file)) continue;
      const title = frontMatterOf(fs.readFileSync(file, 'utf8'), file).data['title'];
      if (typeof title === 'string' && title.trim()) return title.trim();
    }
    return route.split('/').pop()!.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  };
}

/** The glossary as Markdown nodes; exported for tests and for other renderings. */
export function glossaryNodes(model: Model, docsDir = projectPath('docs')): RootContent[] {
  const pageName = pageNamer(docsDir);
  const nodes: RootContent[] = [];
  for (const category of CATEGORY_ORDER) {
    const members = model.concepts.filter((concept) => concept.category === category);
    if (members.length === 0) continue;
    nodes.push(heading(2, CATEGORY_LABELS[category], `${category}-terms`));
    const sorted = [...members].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    for (const concept of sorted) nodes.push(...entry(concept, pageName));
  }
  return nodes;
}

const remarkGlossary: Plugin<[GlossaryOptions?], Root> = (options = {}) => {
  const model = options.model ?? defaultModel;
  return (tree: Root) => {
    visit(tree, 'leafDirective', (node, index, parent) => {
      if (node.name !== 'glossary' || !parent || index === undefined) return;
      parent.children.splice(index, 1, ...(glossaryNodes(model, options.docsDir) as never[]));
    });
  };
};

export default remarkGlossary;
