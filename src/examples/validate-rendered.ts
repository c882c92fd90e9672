/**
 * Validates rendered manifests (kustomize or chart output) with the site's validator, as one set,
 * declaring the objects the examples expect to exist in the cluster already.
 */
import { validateYamlText, type Finding } from '../manifests';

/** Objects the SEEK packaging examples use but do not create, and why. */
const EXTERNAL_OBJECTS: Readonly<Record<string, string>> = {
  // SEEK's Solr configset, created from a SEEK checkout with kubectl create configmap.
  'ConfigMap/solr-seek-conf': 'made from SEEK solr/seek/conf before the first apply',
  // The certificate, from kubectl create secret tls or from cert-manager.
  'Secret/seek-tls': 'a TLS Secret created outside the examples',
};

export function validateRendered(text: string, file: string): Finding[] {
  return validateYamlText(text, { file, external: Object.keys(EXTERNAL_OBJECTS) }).findings;
}
