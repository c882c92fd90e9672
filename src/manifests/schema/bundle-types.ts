/**
 * The shape of schema-bundle.json: what the pinned API server serves, trimmed (see
 * src/cluster/openapi.ts, which writes it with `npm run schemas`).
 */

/** An OpenAPI v3 schema of the server without descriptions; `$ref` names another schema. */
export interface TrimmedSchema {
  $ref?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  format?: string;
  properties?: Record<string, TrimmedSchema>;
  required?: string[];
  items?: TrimmedSchema;
  additionalProperties?: TrimmedSchema | boolean;
  enum?: unknown[];
  default?: unknown;
  nullable?: boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minProperties?: number;
  maxProperties?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  uniqueItems?: boolean;
  /** A union of plain types (Quantity: string or number; IntOrString: integer or string). */
  oneOfTypes?: string[];
  oneOf?: TrimmedSchema[];
  anyOf?: TrimmedSchema[];
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-validations'?: { rule: string; message?: string }[];
}

/** A kind the server lets you create, and the schema of its objects. */
export interface ApiKindEntry {
  apiVersion: string;
  kind: string;
  namespaced: boolean;
  schema: string;
}

export interface SchemaBundle {
  /** The server it was read from: "1.37.2". */
  kubernetes: string;
  /** The Gateway API release whose CRDs were installed: "1.7.0". */
  gatewayApi: string;
  kinds: ApiKindEntry[];
  schemas: Record<string, TrimmedSchema>;
}
