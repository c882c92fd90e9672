/**
 * The remark plugins of the build, in the order they run. docusaurus.config.ts takes both lists
 * from here, so adding a plugin touches this file only.
 */
import type { Pluggable } from 'unified';
import remarkManifestFile from './manifest-file';
import remarkObjectives from './objectives';
import remarkAnchorAliases from './anchor-aliases';

/** Run before Docusaurus' own plugins (admonitions, heading ids, code titles). */
export const beforeDefaultRemarkPlugins: Pluggable[] = [];

/** Run after Docusaurus' own plugins, after remark-math. */
export const remarkPlugins: Pluggable[] = [remarkObjectives, remarkAnchorAliases, remarkManifestFile];
