/** The stages the SEEK showcase goes through, in order, as named on the home page. */
export const showcaseStages: readonly string[] = [
  'One container with SQLite',
  'Docker Compose: web, workers, MySQL, Solr',
  'A Pod, then a Deployment and a Service',
  'Persistent volumes for the filestore',
  'MySQL and Solr as StatefulSets',
  'Workers sharing the filestore',
  'ConfigMaps, Secrets and probes',
  'Ingress and the Gateway API',
  'Backups, upgrades, autoscaling, network policy',
  'kustomize overlays',
  'A Helm chart',
];
