/**
 * The facts diagrams may draw: "source verb target", each verb with one meaning (see {@link Verb}).
 * A view can only draw an arrow that is listed here, so no picture can invent a relation.
 */
import type { Relation, Verb } from './types';

const r = (from: string, verb: Verb, to: string): Relation => ({ from, verb, to });

export const relations: readonly Relation[] = [
  // Who talks to the API, and where the API keeps its state.
  r('user', 'talks-to', 'kubectl'),
  r('kubectl', 'talks-to', 'kube-apiserver'),
  r('kube-apiserver', 'stores-state-in', 'etcd'),
  r('kube-scheduler', 'talks-to', 'kube-apiserver'),
  r('kube-controller-manager', 'talks-to', 'kube-apiserver'),
  r('cloud-controller-manager', 'talks-to', 'kube-apiserver'),
  r('cloud-controller-manager', 'talks-to', 'cloud-provider-api'),
  r('controller', 'talks-to', 'kube-apiserver'),
  r('kubelet', 'talks-to', 'kube-apiserver'),
  r('kube-proxy', 'talks-to', 'kube-apiserver'),
  r('kubelet', 'talks-to', 'container-runtime'),

  // Where things run.
  r('pod', 'runs-on', 'node'),
  r('pod', 'runs-on', 'container-runtime'),
  r('container', 'runs-on', 'container-runtime'),
  r('compose-service', 'runs-on', 'docker-host'),

  // Controllers and what they create and replace.
  r('deployment', 'manages', 'replica-set'),
  r('replica-set', 'manages', 'pod'),
  r('daemon-set', 'manages', 'pod'),
  r('stateful-set', 'manages', 'pod'),
  r('stateful-set', 'manages', 'persistent-volume-claim'),
  r('job', 'manages', 'pod'),
  r('cron-job', 'manages', 'job'),
  r('controller', 'manages', 'pod'),

  // Finding Pods by label, and traffic.
  r('service', 'selects', 'pod'),
  r('replica-set', 'selects', 'pod'),
  r('network-policy', 'selects', 'pod'),
  r('service', 'routes-to', 'pod'),
  r('ingress-controller', 'routes-to', 'service'),
  r('gateway', 'routes-to', 'service'),
  r('client', 'talks-to', 'ingress-controller'),
  r('client', 'talks-to', 'gateway'),
  r('pod', 'talks-to', 'service'),
  r('pod', 'talks-to', 'dns'),
  r('compose-port', 'routes-to', 'compose-service'),

  // Configuration.
  r('ingress', 'configures', 'ingress-controller'),
  r('http-route', 'configures', 'gateway'),
  r('config-map', 'configures', 'pod'),
  r('secret', 'configures', 'pod'),
  r('config-map', 'configures', 'environment-variables'),
  r('secret', 'configures', 'environment-variables'),
  r('config-map', 'configures', 'volume'),
  r('secret', 'configures', 'volume'),
  r('environment-variables', 'configures', 'container'),
  r('storage-class', 'configures', 'provisioner'),
  r('compose-env-file', 'configures', 'compose-service'),

  // Storage.
  r('container', 'mounts', 'volume'),
  r('pod', 'mounts', 'volume'),
  r('pod', 'mounts', 'persistent-volume-claim'),
  r('compose-service', 'mounts', 'compose-volume'),
  r('persistent-volume-claim', 'claims', 'persistent-volume'),
  r('provisioner', 'provisions', 'persistent-volume'),
  r('provisioner', 'talks-to', 'storage-backend'),
];
