import type { Finding } from '../types';
import { findingAt, type Rule } from './types';
import { containersOf, podTemplates, specPath } from './workloads';

/** The tag of an image reference, or undefined when it has none (a digest counts as pinned). */
export function imageTag(image: string): string | undefined {
  if (image.includes('@')) return '@digest';
  const lastSlash = image.lastIndexOf('/');
  const colon = image.indexOf(':', lastSlash + 1);
  return colon < 0 ? undefined : image.slice(colon + 1);
}

export const imageTagRule: Rule = {
  id: 'image-tag',
  severity: 'warning',
  enforcedBy: 'validator',
  description: 'Images should carry a fixed tag: no tag and :latest change under you and make rollbacks impossible.',
  check(set) {
    const findings: Finding[] = [];
    for (const template of podTemplates(set.objects)) {
      for (const { container, path } of containersOf(template.spec)) {
        const image = container['image'];
        if (typeof image !== 'string' || image === '') continue;
        const tag = imageTag(image);
        if (tag !== undefined && tag !== 'latest') continue;
        findings.push(findingAt(template.owner, [...specPath(template), ...path, 'image'], 'image-tag', 'warning',
          `image "${image}" ${tag === 'latest' ? 'uses the moving tag :latest' : 'has no tag (it means :latest)'}: pin a version, e.g. ${image.replace(/:latest$/, '')}:1.2.3`));
      }
    }
    return findings;
  },
};
