/**
 * Validation rules of custom resources (`x-kubernetes-validations`, CEL), evaluated as the API
 * server evaluates them on create: on the object with its schema defaults applied, property names
 * escaped, integers as CEL ints, transition rules (`oldSelf`) skipped. The evaluator is Buf's CEL
 * implementation (conformance-tested against cel-spec), with Kubernetes' `isIP` added.
 */
import { isIP as nodeIsIP } from 'node:net';
import { CelScalar, celEnv, celFunc, isCelError, parse, plan, type CelEnv } from '@bufbuild/cel';
import { strings } from '@bufbuild/cel/ext';
import { isRecord } from '../../util/values';
import { resolveSchema, type TrimmedSchema } from './bundle';

export type ValidationRule = NonNullable<TrimmedSchema['x-kubernetes-validations']>[number];

/** Kubernetes' CEL library: an IPv4 or IPv6 address without a zone (library/ip.go). */
const isIP = celFunc('isIP', [CelScalar.STRING], CelScalar.BOOL, (text) => nodeIsIP(text) !== 0 && !text.includes('%'));

const env: CelEnv = celEnv({ funcs: [...strings, isIP] });

// Operators and macros the planner evaluates itself; they are not functions of the environment.
const SPECIAL_FORMS = new Set(['_?_:_', '_&&_', '_||_', '_[_]', '@not_strictly_false', 'has', 'all', 'exists', 'exists_one', 'map', 'filter']);

/** Functions a rule calls that the evaluator does not have (empty when it can run the rule). */
export function unknownFunctions(rule: string): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as { case?: string; value?: { function?: string } };
    if (n.case === 'callExpr' && n.value?.function) names.add(n.value.function);
    Object.values(node).forEach(visit);
  };
  visit(parse(rule));
  return [...names].filter((name) => !SPECIAL_FORMS.has(name) && !env.funcs.find(name));
}

type Program = (bindings: { self: unknown }) => unknown;
const programs = new Map<string, Program | Error>();

function compile(rule: string): Program | Error {
  let program = programs.get(rule);
  if (!program) {
    try {
      program = plan(env, parse(rule)) as Program;
    } catch (error) {
      program = error instanceof Error ? error : new Error(String(error));
    }
    programs.set(rule, program);
  }
  return program;
}

// apiserver/pkg/cel/escaping.go: reserved words and these characters are escaped in field names.
const RESERVED = new Set(['true', 'false', 'null', 'in', 'as', 'break', 'const', 'continue', 'else', 'for', 'function', 'if', 'import', 'let', 'loop', 'package', 'namespace', 'return', 'var', 'void', 'while']);

export function escapeFieldName(name: string): string {
  if (RESERVED.has(name)) return `__${name}__`;
  return name.replace(/__|[.\-/]/g, (s) => ({ __: '__underscores__', '.': '__dot__', '-': '__dash__', '/': '__slash__' })[s]!);
}

/** A YAML value as CEL sees it under its schema: objects as maps, defaults filled in. */
export function toCel(value: unknown, field: TrimmedSchema | undefined): unknown {
  const schema = resolveSchema(field);
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => toCel(item, schema?.items));
  if (typeof value === 'number') {
    const integer = schema?.type === 'integer' || schema?.['x-kubernetes-int-or-string'] === true;
    return integer && Number.isInteger(value) ? BigInt(value) : value;
  }
  if (!isRecord(value)) return value;
  const out = new Map<string, unknown>();
  const properties = schema?.properties;
  if (properties) {
    for (const [key, item] of Object.entries(value)) {
      if (item === null) continue; // the server drops explicit nulls of optional fields
      out.set(escapeFieldName(key), toCel(item, properties[key]));
    }
    for (const [key, child] of Object.entries(properties)) {
      const fallback = resolveSchema(child)?.default ?? child.default;
      if (!(key in value) && fallback !== undefined) out.set(escapeFieldName(key), toCel(fallback, child));
    }
    return out;
  }
  const items = typeof schema?.additionalProperties === 'object' ? schema.additionalProperties : undefined;
  for (const [key, item] of Object.entries(value)) out.set(key, toCel(item, items));
  return out;
}

export interface BrokenRule {
  rule: ValidationRule;
  /** The server's words: the rule's message, or "failed rule: <rule>". */
  message: string;
}

/** The rules of one schema node that `value` breaks, or cannot be evaluated on. */
export function brokenRules(rules: readonly ValidationRule[], value: unknown, schema: TrimmedSchema): BrokenRule[] {
  const self = toCel(value, schema);
  const out: BrokenRule[] = [];
  for (const rule of rules) {
    if (/\boldSelf\b/.test(rule.rule)) continue; // a transition rule: only checked on update
    const program = compile(rule.rule);
    const result = program instanceof Error ? program : program({ self });
    if (result === true) continue;
    if (program instanceof Error || isCelError(result)) {
      const reason = program instanceof Error ? program.message : (result as Error).message;
      out.push({ rule, message: `the rule "${rule.rule}" could not be evaluated (${reason})` });
      continue;
    }
    out.push({ rule, message: rule.message ?? `failed rule: ${rule.rule}` });
  }
  return out;
}
