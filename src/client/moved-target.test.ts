import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { movedTarget } from './moved-target';

const page = new JSDOM(
  '<article><h2 id="probes">Probes<span id="health-checks" data-anchor-alias-for="probes"></span></h2>' +
    '<span id="liveness" data-anchor-alias-for="/docs/concepts/probes-and-resources#liveness-probes"></span></article>',
).window.document;

describe('a hash of a moved section', () => {
  it('leads to the section on its new page, under the base URL', () => {
    expect(movedTarget(page, '#liveness', '/')).toBe('/docs/concepts/probes-and-resources#liveness-probes');
    expect(movedTarget(page, '#liveness', '/book/')).toBe('/book/docs/concepts/probes-and-resources#liveness-probes');
  });

  it('leaves headings, same-page aliases, unknown and malformed hashes alone', () => {
    expect(movedTarget(page, '#probes', '/')).toBeUndefined();
    expect(movedTarget(page, '#health-checks', '/')).toBeUndefined();
    expect(movedTarget(page, '#nothing', '/')).toBeUndefined();
    expect(movedTarget(page, '#%E0%A4%A', '/')).toBeUndefined();
    expect(movedTarget(page, '', '/')).toBeUndefined();
  });
});
