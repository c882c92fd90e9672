export * from './types';
export { readBuiltSite, readBuiltPage, urlPathOfFile, classifyPage, sitePath, ALIAS_ATTRIBUTE } from './built-site';
export { checkPermalinks, resolvePage, resolveAnchor } from './check';
export type { CheckResult } from './check';
export { updateRecord, serializeRecord, parseRecord, countLinks, RECORD_DESCRIPTION } from './update';
export { formatReport } from './report';
