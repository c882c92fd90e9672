/** Trimming the server's OpenAPI v3 schemas for the bundle. */
import { describe, expect, it } from 'vitest';
import { schemaBundleText, trimSchema } from './openapi';

describe('trimSchema', () => {
  it('drops descriptions, keeps what validation uses, and turns allOf [$ref] into $ref', () => {
    const trimmed = trimSchema({
      description: 'Compute Resources required by this container.',
      default: {},
      allOf: [{ $ref: '#/components/schemas/io.k8s.api.core.v1.ResourceRequirements' }],
    });
    expect(trimmed).toEqual({ $ref: 'io.k8s.api.core.v1.ResourceRequirements', default: {} });
  });

  it('keeps enums, list map keys, CEL rules and unions of plain types', () => {
    expect(trimSchema({ type: 'string', enum: ['Always', 'Never'], description: 'x' })).toEqual({ type: 'string', enum: ['Always', 'Never'] });
    expect(trimSchema({ type: 'array', items: { $ref: '#/components/schemas/P' }, 'x-kubernetes-list-map-keys': ['containerPort', 'protocol'], 'x-kubernetes-patch-strategy': 'merge' })).toEqual({
      type: 'array',
      items: { $ref: 'P' },
      'x-kubernetes-list-map-keys': ['containerPort', 'protocol'],
    });
    expect(trimSchema({ oneOf: [{ type: 'string' }, { type: 'number' }] })).toEqual({ oneOfTypes: ['string', 'number'] });
    expect(trimSchema({ type: 'object', 'x-kubernetes-validations': [{ rule: 'self.a > 0', message: 'a must be positive', fieldPath: '.a' }] })).toEqual({
      type: 'object',
      'x-kubernetes-validations': [{ rule: 'self.a > 0', message: 'a must be positive' }],
    });
  });

  it('writes one kind and one schema per line, keys sorted', () => {
    const text = schemaBundleText({ kubernetes: '1.37.2', gatewayApi: '1.7.0', kinds: [{ schema: 'S', kind: 'K', apiVersion: 'v1', namespaced: true }], schemas: { S: { type: 'object', properties: { b: {}, a: {} } } } });
    expect(text).toContain('{"apiVersion":"v1","kind":"K","namespaced":true,"schema":"S"}');
    expect(text).toContain('"S": {"properties":{"a":{},"b":{}},"type":"object"}');
  });
});
