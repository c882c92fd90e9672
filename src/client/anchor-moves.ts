/**
 * A section that moved to another page (front matter `anchor_moves`) leaves an empty element with
 * its old id on the old page, carrying the new address. A reader who arrives with the old hash, from
 * a course link, is sent on to the section's new place; `replace` keeps the back button sane.
 */
import siteConfig from '@generated/docusaurus.config';
import { movedTarget } from './moved-target';

export function onRouteDidUpdate({ location }: { location: Location }): void {
  const target = movedTarget(document, location.hash, siteConfig.baseUrl);
  if (target) window.location.replace(target);
}
