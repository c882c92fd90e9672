/**
 * Front matter `anchor_aliases: { old-id: current-id }` keeps an old heading id alive after a
 * heading is renamed, so course links to `page#old-id` still land on the section. The plugin
 * passes the old ids to the heading (hast property `data-anchor-aliases`); the swizzled Heading
 * (src/theme/Heading) renders them as anchor targets and registers them with the build's
 * broken-anchor check; `npm run check:permalinks` reads them back from the built HTML.
 */
import type { Heading, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { anchorAliasesOf } from '../frontmatter/chapter';
import { aliasProblems } from '../frontmatter/headings';

interface HeadingData {
  hProperties?: Record<string, unknown>;
}

function headingId(node: Heading): string | undefined {
  const id = (node.data as HeadingData | undefined)?.hProperties?.id;
  return typeof id === 'string' ? id : undefined;
}

const remarkAnchorAliases: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const frontMatter = (file.data.frontMatter ?? {}) as Record<string, unknown>;
  if (frontMatter.anchor_aliases === undefined) return;
  const { aliases, errors } = anchorAliasesOf(frontMatter);
  const headings = new Map<string, Heading>();
  // Docusaurus' heading plugin has already put each heading's id in hProperties.
  visit(tree, 'heading', (node: Heading) => {
    const id = headingId(node);
    if (id) headings.set(id, node);
  });
  errors.push(...aliasProblems(aliases, new Set(headings.keys())));
  if (errors.length > 0) file.fail(errors.join('; '), { place: { line: 1, column: 1 }, ruleId: 'anchor-aliases', source: 'anchor-aliases' });

  const byHeading = new Map<string, string[]>();
  for (const [oldId, currentId] of aliases) byHeading.set(currentId, [...(byHeading.get(currentId) ?? []), oldId]);
  for (const [currentId, oldIds] of byHeading) {
    const node = headings.get(currentId)!;
    const data = (node.data ??= {}) as HeadingData;
    data.hProperties = { ...data.hProperties, dataAnchorAliases: oldIds.join(' ') };
  }
};

export default remarkAnchorAliases;
