import { locate, type ParsedDocument, type PathSegment } from '../parse';
import type { Finding, Severity } from '../types';

/** A Kubernetes object of a manifest set, as the cross-resource rules see it. */
export interface ManifestObject {
  document: ParsedDocument;
  apiVersion: string;
  kind: string;
  name: string;
  /** metadata.namespace, or undefined when the object does not say (the namespace of `kubectl apply`). */
  namespace: string | undefined;
  value: Record<string, unknown>;
  /** The API server could not decode it (unknown fields, wrong types): its validation never runs. */
  undecodable?: boolean;
}

/** Everything a cross-resource rule may look at: the objects of one manifest set. */
export interface ManifestSet {
  objects: ManifestObject[];
  /** "Kind/name" of objects the page declares to exist elsewhere (fence meta external="..."). */
  external: ReadonlySet<string>;
}

/**
 * Who rejects what a rule finds, when a reader applies it: the API server, kubectl (before
 * sending anything: YAML it cannot parse, a kustomization it cannot build, a command it does not
 * have), or nobody (only this validator: the object is accepted and fails or misbehaves later).
 * The cluster tier checks this against the real tools.
 */
export type EnforcedBy = 'api-server' | 'kubectl' | 'validator';

/** A rule's second severity and when it applies (the server rejects some cases, warns on others). */
export interface OtherSeverity {
  severity: Severity;
  when: string;
}

export interface Rule {
  id: string;
  severity: Severity;
  otherwise?: OtherSeverity;
  enforcedBy: EnforcedBy;
  /** One sentence for the rule table: what the rule catches. */
  description: string;
  check(set: ManifestSet): Finding[];
}

/** A finding about `path` of an object, located at the key or the value in the source file. */
export function findingAt(
  object: ManifestObject,
  path: readonly PathSegment[],
  rule: string,
  severity: Severity,
  message: string,
  at: 'key' | 'value' = 'value',
): Finding {
  return { file: object.document.block.file, ...locate(object.document, path, at), rule, severity, message };
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
