/**
 * Manifest validation: every YAML block of the site and every file under static/examples/ is
 * parsed with positions, checked against the Kubernetes API schema of one pinned version, and
 * checked against the other objects of its set. Findings point at the line a contributor edits.
 *
 * @packageDocumentation
 */
export type { Finding, Severity, SourceBlock, ValidateOptions } from './types';
export { validateYamlText, validateMarkdownText, validateBlocks, validatePaths, blocksOfPaths, manifestSets, type ValidationResult } from './validate';
export { isHelmTemplate } from './helm';
export { extractMarkdownBlocks, parseFenceMeta } from './extract';
export { formatText, formatJson, exitCode, summarize } from './report';
export { KUBERNETES_VERSION } from './schema/kinds';
export { RULES, type RuleInfo } from './rules/catalog';
export { checkKubectlText } from './commands/kubectl';
