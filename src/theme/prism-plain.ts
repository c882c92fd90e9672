/**
 * Token types that look like plain text in both of the site's Prism themes (computed by
 * sitePlainLookingTypes in src/theme/prism-css.ts; a unit test keeps this list equal to it). A
 * token of only these types is rendered as bare text. A separate file, so that the client bundle
 * does not take in the themes.
 */
export const PLAIN_LOOKING_TYPES: readonly string[] = ['operator', 'punctuation'];

/** Whether a token needs no element: plain, or of types that look plain. */
export function looksPlain(types: readonly string[]): boolean {
  return types.every((type) => type === 'plain' || PLAIN_LOOKING_TYPES.includes(type));
}
