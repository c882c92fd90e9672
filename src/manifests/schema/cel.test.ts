import { describe, expect, it } from 'vitest';
import { brokenRules, escapeFieldName, toCel, unknownFunctions } from './cel';
import { schemaBundle } from './bundle';
import type { TrimmedSchema } from './bundle-types';

describe('toCel', () => {
  const schema: TrimmedSchema = {
    type: 'object',
    properties: {
      group: { type: 'string', default: '' },
      kind: { type: 'string', default: 'Service' },
      port: { type: 'integer' },
      namespace: { type: 'string' },
      weight: { type: 'number' },
    },
  };

  it('fills in schema defaults, escapes reserved names and types integers as CEL ints', () => {
    const value = toCel({ port: 80, namespace: 'web', weight: 1 }, schema) as Map<string, unknown>;
    expect(Object.fromEntries(value)).toEqual({ port: 80n, __namespace__: 'web', weight: 1, group: '', kind: 'Service' });
  });

  it('drops explicit nulls, as the server does before validating', () => {
    expect([...(toCel({ port: null }, schema) as Map<string, unknown>).keys()]).toEqual(['group', 'kind']);
  });
});

describe('escapeFieldName', () => {
  it('escapes as apiserver/pkg/cel/escaping.go does', () => {
    expect(['namespace', 'a.b', 'x-y', 'a/b', 'a__b', 'name'].map(escapeFieldName)).toEqual(['__namespace__', 'a__dot__b', 'x__dash__y', 'a__slash__b', 'a__underscores__b', 'name']);
  });
});

describe('brokenRules', () => {
  const backendRef: TrimmedSchema = { type: 'object', properties: { group: { type: 'string', default: '' }, kind: { type: 'string', default: 'Service' }, port: { type: 'integer' } } };
  const portRule = { rule: "(size(self.group) == 0 && self.kind == 'Service') ? has(self.port) : true", message: 'Must have port for Service reference' };

  it('reports the rule message when a rule is false, with defaults applied', () => {
    expect(brokenRules([portRule], { name: 'web' }, backendRef).map((b) => b.message)).toEqual(['Must have port for Service reference']);
    expect(brokenRules([portRule], { name: 'web', port: 80 }, backendRef)).toEqual([]);
    expect(brokenRules([portRule], { name: 'x', group: 'example.com', kind: 'Bucket' }, backendRef)).toEqual([]);
  });

  it('skips transition rules, which only run on update', () => {
    expect(brokenRules([{ rule: 'self == oldSelf', message: 'field is immutable' }], 'a', { type: 'string' })).toEqual([]);
  });

  it('says so when a rule cannot be evaluated, and names it without a message', () => {
    expect(brokenRules([{ rule: 'self.missing == 1' }], {}, { type: 'object', properties: {} })[0]!.message).toMatch(/could not be evaluated/);
    expect(brokenRules([{ rule: 'self > 1' }], 0, { type: 'integer' })[0]!.message).toBe('failed rule: self > 1');
  });

  it('knows Kubernetes isIP and the strings extension', () => {
    const s: TrimmedSchema = { type: 'string' };
    expect(brokenRules([{ rule: 'isIP(self)' }], '10.0.0.1', s)).toEqual([]);
    expect(brokenRules([{ rule: 'isIP(self)' }], 'fe80::1%eth0', s)).toHaveLength(1);
    expect(brokenRules([{ rule: "self.split('.').size() == 2 && self.substring(0, 1) == 'a'" }], 'a.b', s)).toEqual([]);
  });

  it('can run every rule of the schema bundle: each parses and calls only functions it has', () => {
    const rules = new Set<string>();
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const declared = (node as TrimmedSchema)['x-kubernetes-validations'];
      if (Array.isArray(declared)) for (const r of declared) rules.add(r.rule);
      Object.values(node).forEach(visit);
    };
    Object.values(schemaBundle.schemas).forEach(visit);
    expect(rules.size).toBeGreaterThan(50);
    expect([...rules].flatMap((rule) => unknownFunctions(rule).map((f) => `${f} in ${rule}`))).toEqual([]);
    expect(unknownFunctions('quantity(self).isGreaterThan(quantity("1"))')).toEqual(['isGreaterThan', 'quantity']);
  });
});
