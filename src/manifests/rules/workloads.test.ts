import { describe, expect, it } from 'vitest';
import { selectorMatches } from './workloads';

const labels = { app: 'seek', tier: 'web' };
const expression = (operator: string, key: string, values?: string[]) => ({ matchExpressions: [{ key, operator, ...(values ? { values } : {}) }] });

describe('selectorMatches', () => {
  it('matchLabels: every label must be equal', () => {
    expect(selectorMatches({ matchLabels: { app: 'seek' } }, labels)).toBe(true);
    expect(selectorMatches({ matchLabels: { app: 'seek', tier: 'db' } }, labels)).toBe(false);
  });

  it('a Service selector is a plain map', () => {
    expect(selectorMatches({ app: 'seek' }, labels, true)).toBe(true);
    expect(selectorMatches({ app: 'solr' }, labels, true)).toBe(false);
  });

  it('In: the label exists and has one of the values', () => {
    expect(selectorMatches(expression('In', 'tier', ['web', 'worker']), labels)).toBe(true);
    expect(selectorMatches(expression('In', 'tier', ['db']), labels)).toBe(false);
    expect(selectorMatches(expression('In', 'zone', ['a']), labels)).toBe(false);
  });

  it('NotIn: the label is missing or has none of the values', () => {
    expect(selectorMatches(expression('NotIn', 'tier', ['db', 'cache']), labels)).toBe(true);
    expect(selectorMatches(expression('NotIn', 'zone', ['a']), labels)).toBe(true);
    expect(selectorMatches(expression('NotIn', 'tier', ['web']), labels)).toBe(false);
  });

  it('Exists: the label is there, whatever its value', () => {
    expect(selectorMatches(expression('Exists', 'tier'), labels)).toBe(true);
    expect(selectorMatches(expression('Exists', 'zone'), labels)).toBe(false);
  });

  it('DoesNotExist: the label is not there', () => {
    expect(selectorMatches(expression('DoesNotExist', 'zone'), labels)).toBe(true);
    expect(selectorMatches(expression('DoesNotExist', 'tier'), labels)).toBe(false);
  });

  it('an unknown operator matches nothing (the API server refuses it)', () => {
    expect(selectorMatches(expression('Equals', 'tier', ['web']), labels)).toBe(false);
    expect(selectorMatches(expression('in', 'tier', ['web']), labels)).toBe(false);
    expect(selectorMatches({ matchExpressions: [{ key: 'tier', values: ['web'] }] }, labels)).toBe(false);
  });

  it('all expressions and matchLabels must hold together', () => {
    const selector = { matchLabels: { app: 'seek' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['web'] }, { key: 'zone', operator: 'DoesNotExist' }] };
    expect(selectorMatches(selector, labels)).toBe(true);
    expect(selectorMatches(selector, { ...labels, zone: 'a' })).toBe(false);
  });
});
