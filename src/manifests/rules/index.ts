import { backendNotFound } from './backend-not-found';
import { duplicateName } from './duplicate-name';
import { headlessServiceRequired } from './headless-service-required';
import { hpaTargetNotFound } from './hpa-target-not-found';
import { imageTagRule } from './image-tag';
import { invalidBase64 } from './invalid-base64';
import { keyNotFound } from './key-not-found';
import { referenceNotFound } from './reference-not-found';
import { selectorMismatch } from './selector-mismatch';
import { serviceSelectsNothing } from './service-selects-nothing';
import { targetPortNotFound } from './target-port-not-found';
import { configData } from './config-data';
import { ingressSpec } from './ingress-spec';
import { serviceSpec } from './service-spec';
import { storageSpec } from './storage-spec';
import { invalidLabel } from './invalid-label';
import { invalidName } from './invalid-name';
import { invalidPort } from './invalid-port';
import { podSpec } from './pod-spec';
import { workloadSpec } from './workload-spec';
import type { Rule } from './types';

/** The cross-resource rules, run on every manifest set after the schema check. */
export const SET_RULES: readonly Rule[] = [
  // What the API server's validation refuses beyond the schema (pkg/apis/*/validation).
  invalidName,
  invalidLabel,
  invalidPort,
  podSpec,
  workloadSpec,
  configData,
  serviceSpec,
  storageSpec,
  ingressSpec,
  // Cross-resource checks.
  selectorMismatch,
  serviceSelectsNothing,
  targetPortNotFound,
  backendNotFound,
  referenceNotFound,
  keyNotFound,
  headlessServiceRequired,
  invalidBase64,
  duplicateName,
  imageTagRule,
  hpaTargetNotFound,
];
