/**
 * The HTML attribute of an element that keeps an old anchor id alive: its value is the heading id
 * that replaced it, or `/docs/part/page#id` for a section that moved to another page. Written by
 * the build (src/theme/Heading, src/remark/anchor-aliases.ts), read by check:permalinks and by the
 * browser (src/client/anchor-moves.ts); free of Node imports so the browser bundle can use it.
 */
export const ALIAS_ATTRIBUTE = 'data-anchor-alias-for';

/** The same attribute as a hast property name (what remark-rehype turns into ALIAS_ATTRIBUTE). */
export const ALIAS_PROPERTY = 'dataAnchorAliasFor';
