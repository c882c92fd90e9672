import type { Finding } from '../types';
import { findingAt, type Rule } from './types';
import { containersOf, podTemplates, specPath } from './workloads';

/** A content digest (`@sha256:` and 64 hex digits, or `@sha512:` and 128): the image can never change. */
const DIGEST = /@(?:sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$/;

/**
 * Why an image reference is not pinned, or undefined when it is: a tag other than latest, or a
 * digest. The one rule for the validator (`image-tag`) and the site-wide example check.
 */
export function unpinnedReason(image: string): string | undefined {
  if (DIGEST.test(image)) return undefined;
  if (image.includes('@')) return 'has a malformed digest (write @sha256: and 64 hex digits)';
  // A colon before the last slash belongs to a registry's port, not to a tag.
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.indexOf(':');
  if (colon === -1) return 'has no tag (it means :latest)';
  const tag = lastSegment.slice(colon + 1);
  if (tag === '') return 'has an empty tag after ":" (not a valid image reference)';
  if (tag === 'latest') return 'uses the moving tag :latest';
  return undefined;
}

/** The image without its tag or digest: `registry:5000/app:1` -> `registry:5000/app`. */
function repository(image: string): string {
  const name = image.split('@')[0]!;
  const slash = name.lastIndexOf('/');
  const colon = name.indexOf(':', slash + 1);
  return colon < 0 ? name : name.slice(0, colon);
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
        const reason = unpinnedReason(image);
        if (reason === undefined) continue;
        findings.push(findingAt(template.owner, [...specPath(template), ...path, 'image'], imageTagRule.id, 'warning',
          `image "${image}" ${reason}: pin a version, e.g. ${repository(image)}:1.2.3`));
      }
    }
    return findings;
  },
};
