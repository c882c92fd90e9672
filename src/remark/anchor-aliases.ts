/**
 * Front matter `anchor_aliases: { old-id: current-id }` keeps an old heading id alive after a
 * heading is renamed, so course links to `page#old-id` still land on the section. The plugin
 * passes the old ids to the heading (hast property `data-anchor-aliases`); the swizzled Heading
 * (src/theme/Heading) renders them as anchor targets and registers them with the build's
 * broken-anchor check; `npm run check:permalinks` reads them back from the built HTML.
 *
 * `anchor_moves: { old-id: /docs/part/page#id }` keeps the id of a section that moved to another
 * page: an empty element with that id and the new address (src/client/anchor-moves.ts forwards
 * a reader who arrives with the old hash), checked by check:permalinks like an alias.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { anchorAliasesOf, anchorMovesOf } from '../frontmatter/chapter';
import { aliasProblems, moveProblems } from '../frontmatter/headings';
import { ALIAS_PROPERTY } from '../permalinks/attributes';

interface HeadingData {
  hProperties?: Record<string, unknown>;
}

function headingId(node: Heading): string | undefined {
  const id = (node.data as HeadingData | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

const remarkAnchorAliases: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const frontMatter = (file.data.frontMatter ?? {}) as Record<string, unknown>;
  if (frontMatter.anchor_aliases === undefined && frontMatter.anchor_moves === undefined) return;
  const { aliases, errors } = anchorAliasesOf(frontMatter);
  const { moves, errors: moveErrors } = anchorMovesOf(frontMatter);
  const headings = new Map<string, Heading>();
  // Docusaurus' heading plugin has already put each heading's id in hProperties.
  visit(tree, 'heading', (node: Heading) => {
    const id = headingId(node);
    if (id) headings.set(id, node);
  });
  const ids = new Set(headings.keys());
  errors.push(...moveErrors, ...aliasProblems(aliases, ids), ...moveProblems(moves, ids, aliases));
  if (errors.length > 0) file.fail(errors.join('; '), { place: { line: 1, column: 1 }, ruleId: 'anchor-aliases', source: 'anchor-aliases' });

  const byHeading = new Map<string, string[]>();
  for (const [oldId, currentId] of aliases) byHeading.set(currentId, [...(byHeading.get(currentId) ?? []), oldId]);
  for (const [currentId, oldIds] of byHeading) {
    const node = headings.get(currentId)!;
    const data = (node.data ??= {}) as HeadingData;
    data.hProperties = { ...data.hProperties, dataAnchorAliases: oldIds.join(' ') };
  }
  // An empty <span> per moved id, at the end of the page: a target for the old hash, not content.
  for (const [oldId, target] of moves) {
    const span: Paragraph = { type: 'paragraph', children: [], data: { hName: 'span', hProperties: { id: oldId, [ALIAS_PROPERTY]: target } } };
    tree.children.push(span);
  }
};

export default remarkAnchorAliases;
