/**
 * The remark plugins of the build, in the order they run. docusaurus.config.ts takes both lists
 * from here, so adding a plugin touches this file only.
 */
import type { Pluggable } from 'unified';
import remarkManifestFile from './manifest-file';
import remarkObjectives from './objectives';
import remarkAnchorAliases from './anchor-aliases';
import remarkManifests from './manifests';
import remarkDiagrams from './diagrams';
import remarkGlossary from './glossary';
import remarkTerms from './terms';
import remarkKatexStyles from './katex-styles';
import { KATEX_STYLESHEET, KATEX_URL_DIR } from '../katex/assets';
import { site } from '../data/site';

/** Run before Docusaurus' own plugins (admonitions, heading ids, code titles). */
export const beforeDefaultRemarkPlugins: Pluggable[] = [
  // Validates every manifest and kubectl command of the page; any error fails the build.
  remarkManifests,
  // Expands ::glossary into real headings before Docusaurus builds the table of contents.
  remarkGlossary,
];

/** Run after Docusaurus' own plugins, after remark-math. */
export const remarkPlugins: Pluggable[] = [
  remarkObjectives,
  remarkAnchorAliases,
  remarkManifestFile,
  // ::diagram and ```mermaid -> build-time SVG; :term[...]{id} -> tooltip. Unknown ids fail the build.
  remarkDiagrams,
  remarkTerms,
  // Pages with math link KaTeX's stylesheet; the others do not load it.
  [remarkKatexStyles, { href: `${site.baseUrl}${KATEX_URL_DIR}/${KATEX_STYLESHEET}` }],
];
