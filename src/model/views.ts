/**
 * The named views: each one diagram. Titles, captions and descriptions write concept names as
 * `{concept-id}` (`{persistent-volume-claim}s`), so they follow a rename like the boxes do.
 * Containment (a Pod on a Node, Pods inside a ReplicaSet) is drawn with groups, never with an
 * arrow; every arrow is an instance of a model relation.
 */
import type { View, ViewNode } from './types';

/** Instance of a concept with a label built from its name. */
const of = (id: string, concept: string, label: string): ViewNode => ({ id, of: concept, label });

/** What the concept map draws inside the cluster box: everything but the user and kubectl. */
const conceptMapCluster = [
  'kube-apiserver',
  'etcd',
  'deployment',
  'replica-set',
  'daemon-set',
  'stateful-set',
  'job',
  'cron-job',
  'service',
  'config-map',
  'secret',
  'persistent-volume-claim',
  'pod',
  'node',
];

export const views: readonly View[] = [
  {
    id: 'concept-map',
    title: 'Concept map',
    direction: 'TB',
    nodes: ['user', 'kubectl', ...conceptMapCluster],
    groups: [
      {
        id: 'cluster',
        of: 'cluster',
        members: conceptMapCluster,
      },
    ],
    edges: [
      { from: 'user', verb: 'talks-to', to: 'kubectl' },
      { from: 'kubectl', verb: 'talks-to', to: 'kube-apiserver' },
      { from: 'kube-apiserver', verb: 'stores-state-in', to: 'etcd' },
      { from: 'deployment', verb: 'manages', to: 'replica-set' },
      { from: 'replica-set', verb: 'manages', to: 'pod' },
      { from: 'daemon-set', verb: 'manages', to: 'pod' },
      { from: 'stateful-set', verb: 'manages', to: 'pod' },
      { from: 'cron-job', verb: 'manages', to: 'job' },
      { from: 'job', verb: 'manages', to: 'pod' },
      { from: 'service', verb: 'selects', to: 'pod', note: 'by label' },
      { from: 'config-map', verb: 'configures', to: 'pod' },
      { from: 'secret', verb: 'configures', to: 'pod' },
      { from: 'pod', verb: 'mounts', to: 'persistent-volume-claim' },
      { from: 'pod', verb: 'runs-on', to: 'node' },
    ],
    caption:
      'The main objects and how they relate. Every arrow has one meaning: manages, selects, configures, mounts, runs on, talks to, stores state in.',
    description:
      'You use {kubectl}, which talks to {kube-apiserver}; {kube-apiserver} stores the cluster\'s state in {etcd}. ' +
      'Inside the cluster, a {deployment} manages a {replica-set}, which manages {pod}s. A {daemon-set}, a ' +
      '{stateful-set} and a {job} also manage {pod}s, and a {cron-job} manages {job}s. A {service} selects {pod}s by ' +
      'label. A {config-map} and a {secret} configure {pod}s. A {pod} mounts a {persistent-volume-claim} and runs on a {node}.',
  },
  {
    id: 'cluster-architecture',
    title: 'Cluster architecture',
    direction: 'TB',
    nodes: [
      'kubectl',
      'kube-apiserver',
      'etcd',
      'kube-scheduler',
      'kube-controller-manager',
      'cloud-controller-manager',
      'cloud-provider-api',
      'kubelet',
      'kube-proxy',
      'container-runtime',
      of('pod-a', 'pod', '{name} A'),
      of('pod-b', 'pod', '{name} B'),
    ],
    groups: [
      {
        id: 'control-plane',
        of: 'control-plane',
        members: ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager', 'cloud-controller-manager'],
      },
      { id: 'worker', of: 'node', label: 'Each {name}', members: ['kubelet', 'kube-proxy', 'container-runtime', 'pod-a', 'pod-b'] },
    ],
    edges: [
      { from: 'kubectl', verb: 'talks-to', to: 'kube-apiserver' },
      { from: 'kube-apiserver', verb: 'stores-state-in', to: 'etcd' },
      { from: 'kube-scheduler', verb: 'talks-to', to: 'kube-apiserver' },
      { from: 'kube-controller-manager', verb: 'talks-to', to: 'kube-apiserver' },
      { from: 'cloud-controller-manager', verb: 'talks-to', to: 'kube-apiserver' },
      { from: 'cloud-controller-manager', verb: 'talks-to', to: 'cloud-provider-api' },
      { from: 'kubelet', verb: 'talks-to', to: 'kube-apiserver' },
      { from: 'kube-proxy', verb: 'talks-to', to: 'kube-apiserver' },
      { from: 'kubelet', verb: 'talks-to', to: 'container-runtime' },
      { from: 'pod-a', verb: 'runs-on', to: 'container-runtime' },
      { from: 'pod-b', verb: 'runs-on', to: 'container-runtime' },
    ],
    caption:
      'The {control-plane} decides, the nodes run. Every component talks to {kube-apiserver}; only {kube-apiserver} talks to {etcd}.',
    description:
      'Two boxes. The {control-plane} box holds {kube-apiserver}, {etcd}, {kube-scheduler}, {kube-controller-manager} and ' +
      '{cloud-controller-manager}. The {node} box holds {kubelet}, {kube-proxy}, the {container-runtime} and two {pod}s. ' +
      '{kubectl}, {kube-scheduler}, {kube-controller-manager}, {cloud-controller-manager}, {kubelet} and {kube-proxy} all ' +
      'talk to {kube-apiserver}, which stores state in {etcd}. {cloud-controller-manager} also talks to the cloud ' +
      'provider API. On the node, {kubelet} talks to the {container-runtime}, and both {pod}s run on it.',
  },
  {
    id: 'reconcile-loop',
    title: 'The reconcile loop',
    direction: 'TB',
    nodes: ['user', 'kubectl', 'kube-apiserver', 'etcd', 'controller', 'kube-scheduler', 'kubelet', 'container-runtime'],
    groups: [
      { id: 'control-plane', of: 'control-plane', members: ['kube-apiserver', 'etcd', 'controller', 'kube-scheduler'] },
      { id: 'worker', of: 'node', members: ['kubelet', 'container-runtime'] },
    ],
    edges: [
      { from: 'user', verb: 'talks-to', to: 'kubectl', note: '1 apply a manifest' },
      { from: 'kubectl', verb: 'talks-to', to: 'kube-apiserver', note: '2 send desired state' },
      { from: 'kube-apiserver', verb: 'stores-state-in', to: 'etcd', note: '3 record it' },
      { from: 'controller', verb: 'talks-to', to: 'kube-apiserver', note: '4 watch, compare, create Pods' },
      { from: 'kube-scheduler', verb: 'talks-to', to: 'kube-apiserver', note: '5 assign Pods to nodes' },
      { from: 'kubelet', verb: 'talks-to', to: 'kube-apiserver', note: '6 watch own Pods, report status' },
      { from: 'kubelet', verb: 'talks-to', to: 'container-runtime', note: '7 start containers' },
    ],
    caption:
      'Nobody gives orders directly: each component watches {kube-apiserver} and acts until the actual state matches the desired state, then keeps watching.',
    description:
      'Seven numbered steps. 1: you apply a manifest with {kubectl}. 2: {kubectl} sends the desired state to ' +
      '{kube-apiserver}. 3: {kube-apiserver} records it in {etcd}. 4: a {controller} watches {kube-apiserver}, compares ' +
      'desired and actual state, and creates the missing Pods through it. 5: {kube-scheduler} watches for Pods without a ' +
      '{node} and assigns one. 6: the {kubelet} of that {node} sees its new Pods and reports their status. 7: the ' +
      '{kubelet} asks the {container-runtime} to start the containers. Steps 4 to 7 repeat whenever something drifts.',
  },
  {
    id: 'workload-nesting',
    title: 'A {deployment}, its {replica-set} and its {pod}s',
    direction: 'TB',
    nodes: [of('pod-1', 'pod', '{name} 1'), of('pod-2', 'pod', '{name} 2'), of('pod-3', 'pod', '{name} 3')],
    groups: [
      { id: 'deployment', of: 'deployment', members: ['replica-set'] },
      { id: 'replica-set', of: 'replica-set', members: ['pod-1', 'pod-2', 'pod-3'] },
    ],
    edges: [],
    caption:
      'A {deployment} manages a {replica-set}, which keeps three identical {pod}s running. On an update the {deployment} starts a second {replica-set}.',
    description:
      'Three nested boxes. The outer box is a {deployment}: it holds the Pod template and the update strategy. Inside it ' +
      'is a {replica-set}, which keeps the requested number of {pod}s running. Inside the {replica-set} are three ' +
      '{pod}s, numbered 1 to 3, each running the application\'s containers.',
  },
  {
    id: 'workload-controllers',
    title: 'Workload controllers side by side',
    direction: 'LR',
    nodes: [
      of('deploy-pod-1', 'pod', '{name} web-7d9c-a'),
      of('deploy-pod-2', 'pod', '{name} web-7d9c-b'),
      of('ds-pod-1', 'pod', '{name} agent-1'),
      of('ds-pod-2', 'pod', '{name} agent-2'),
      of('node-1', 'node', '{name} 1'),
      of('node-2', 'node', '{name} 2'),
      of('sts-pod-0', 'pod', '{name} db-0'),
      of('sts-pod-1', 'pod', '{name} db-1'),
      of('sts-pvc-0', 'persistent-volume-claim', '{name} data-db-0'),
      of('sts-pvc-1', 'persistent-volume-claim', '{name} data-db-1'),
      of('job-pod', 'pod', '{name} import (runs to completion)'),
      of('cron-job-pod', 'pod', '{name} backup (each night)'),
    ],
    groups: [
      { id: 'deployment', of: 'deployment', members: ['replica-set'] },
      { id: 'replica-set', of: 'replica-set', members: ['deploy-pod-1', 'deploy-pod-2'] },
      { id: 'daemon-set', of: 'daemon-set', members: ['ds-pod-1', 'ds-pod-2'] },
      { id: 'stateful-set', of: 'stateful-set', members: ['sts-pod-0', 'sts-pod-1'] },
      { id: 'job', of: 'job', members: ['job-pod'] },
      { id: 'cron-job', of: 'cron-job', members: ['cron-job-job'] },
      { id: 'cron-job-job', of: 'job', members: ['cron-job-pod'] },
    ],
    edges: [
      { from: 'ds-pod-1', verb: 'runs-on', to: 'node-1' },
      { from: 'ds-pod-2', verb: 'runs-on', to: 'node-2' },
      { from: 'sts-pod-0', verb: 'mounts', to: 'sts-pvc-0' },
      { from: 'sts-pod-1', verb: 'mounts', to: 'sts-pvc-1' },
    ],
    caption:
      'Five ways to keep {pod}s running: interchangeable replicas, one per node, numbered with their own storage, once to completion, or on a schedule.',
    description:
      'Five boxes. A {deployment} holds a {replica-set} with two interchangeable {pod}s whose names end in random ' +
      'suffixes. A {daemon-set} holds two agent {pod}s, one running on {node} 1 and one on {node} 2. A {stateful-set} ' +
      'holds {pod}s db-0 and db-1, each mounting its own {persistent-volume-claim}, data-db-0 and data-db-1. A {job} ' +
      'holds one {pod} that runs to completion. A {cron-job} holds a {job} that it creates each night, with its {pod}.',
  },
  {
    id: 'storage',
    title: '{volume}s, claims and {persistent-volume}s',
    direction: 'TB',
    nodes: [
      'pod',
      of('scratch', 'volume', '{name} (emptyDir)'),
      'persistent-volume-claim',
      'persistent-volume',
    ],
    groups: [{ id: 'node', of: 'node', members: ['pod', 'scratch'] }],
    edges: [
      { from: 'pod', verb: 'mounts', to: 'scratch' },
      { from: 'pod', verb: 'mounts', to: 'persistent-volume-claim' },
      { from: 'persistent-volume-claim', verb: 'claims', to: 'persistent-volume' },
    ],
    caption:
      'An emptyDir {volume} lives and dies with its {pod}; data that must survive goes through a {persistent-volume-claim} bound to a {persistent-volume}.',
    description:
      'A {pod} runs on a {node} and mounts two volumes. The first is an emptyDir {volume}, drawn inside the {node} box ' +
      'because it is deleted with the {pod}. The second is a {persistent-volume-claim}, outside the {node}, which claims ' +
      'a {persistent-volume}: that storage outlives the {pod} and can be mounted again by its replacement.',
  },
  {
    id: 'dynamic-provisioning',
    title: 'Dynamic provisioning',
    direction: 'TB',
    nodes: ['pod', 'persistent-volume-claim', 'storage-class', 'provisioner', 'persistent-volume', 'storage-backend'],
    edges: [
      { from: 'pod', verb: 'mounts', to: 'persistent-volume-claim' },
      { from: 'storage-class', verb: 'configures', to: 'provisioner' },
      { from: 'provisioner', verb: 'talks-to', to: 'storage-backend', note: 'create a disk' },
      { from: 'provisioner', verb: 'provisions', to: 'persistent-volume' },
      { from: 'persistent-volume-claim', verb: 'claims', to: 'persistent-volume' },
    ],
    caption:
      'A claim names a {storage-class}; its {provisioner} creates the storage and a matching {persistent-volume}, and the claim is bound to it.',
    description:
      'A {pod} mounts a {persistent-volume-claim}. The claim names a {storage-class}, which configures a {provisioner}. ' +
      'The {provisioner} talks to the storage system to create a disk, then provisions a {persistent-volume} that ' +
      'represents it. The {persistent-volume-claim} claims that {persistent-volume}.',
  },
  {
    id: 'configuration',
    title: 'Configuration into a {pod}',
    direction: 'TB',
    nodes: [
      'config-map',
      'secret',
      'environment-variables',
      of('config-files', 'volume', '{name} with config files'),
      of('secret-files', 'volume', '{name} with secret files'),
      'container',
    ],
    groups: [{ id: 'pod', of: 'pod', members: ['environment-variables', 'config-files', 'secret-files', 'container'] }],
    edges: [
      { from: 'config-map', verb: 'configures', to: 'environment-variables' },
      { from: 'secret', verb: 'configures', to: 'environment-variables' },
      { from: 'config-map', verb: 'configures', to: 'config-files' },
      { from: 'secret', verb: 'configures', to: 'secret-files' },
      { from: 'environment-variables', verb: 'configures', to: 'container' },
      { from: 'container', verb: 'mounts', to: 'config-files' },
      { from: 'container', verb: 'mounts', to: 'secret-files' },
    ],
    caption:
      'A {config-map} and a {secret} reach a {container} in two ways: as environment variables, read once at start, or as files in a mounted {volume}.',
    description:
      'Outside the {pod} are a {config-map} and a {secret}. Both configure the environment variables of the {pod}\'s ' +
      '{container}. The {config-map} also configures a {volume} of config files and the {secret} a {volume} of secret ' +
      'files; the {container} mounts both volumes.',
  },
  {
    id: 'networking',
    title: 'From a browser to a {pod}',
    direction: 'LR',
    nodes: [
      'client',
      'ingress',
      'ingress-controller',
      'http-route',
      'gateway',
      'service',
      of('pod-1', 'pod', '{name} 1'),
      of('pod-2', 'pod', '{name} 2'),
      of('caller', 'pod', 'Another {name}'),
      'dns',
    ],
    groups: [
      { id: 'ingress-route', of: 'ingress', label: 'Entry point, either: {name} API', members: ['ingress', 'ingress-controller'] },
      { id: 'gateway-route', of: 'gateway', label: 'or: {name} API', members: ['http-route', 'gateway'] },
    ],
    edges: [
      { from: 'client', verb: 'talks-to', to: 'ingress-controller' },
      { from: 'client', verb: 'talks-to', to: 'gateway' },
      { from: 'ingress', verb: 'configures', to: 'ingress-controller' },
      { from: 'http-route', verb: 'configures', to: 'gateway' },
      { from: 'ingress-controller', verb: 'routes-to', to: 'service' },
      { from: 'gateway', verb: 'routes-to', to: 'service' },
      { from: 'service', verb: 'routes-to', to: 'pod-1' },
      { from: 'service', verb: 'routes-to', to: 'pod-2' },
      { from: 'caller', verb: 'talks-to', to: 'dns', note: 'resolve the name' },
      { from: 'caller', verb: 'talks-to', to: 'service' },
    ],
    caption:
      'Outside traffic enters through an {ingress-controller} or a {gateway}; inside, a {service} spreads it over ready {pod}s, and other {pod}s find the {service} by name through {dns}.',
    description:
      'A browser talks to one of two entry points. In the first, an {ingress} configures an {ingress-controller}, which ' +
      'routes to a {service}. In the second, an {http-route} configures a {gateway}, which routes to the same {service}. ' +
      'The {service} routes to {pod} 1 and {pod} 2. Another {pod} inside the cluster talks to {dns} to resolve the ' +
      '{service}\'s name, then talks to the {service}.',
  },
  {
    id: 'namespaces',
    title: '{namespace}s and cluster-wide objects',
    direction: 'TB',
    nodes: [
      of('dev-service', 'service', '{name} seek'),
      of('dev-pod', 'pod', '{name} seek'),
      of('dev-pvc', 'persistent-volume-claim', '{name} filestore'),
      of('prod-service', 'service', '{name} seek'),
      of('prod-pod', 'pod', '{name} seek'),
      of('prod-pvc', 'persistent-volume-claim', '{name} filestore'),
      of('prod-quota', 'resource-quota', '{name} limits'),
      of('pv-1', 'persistent-volume', '{name} pv-1'),
      of('pv-2', 'persistent-volume', '{name} pv-2'),
      'node',
      'storage-class',
    ],
    groups: [
      { id: 'dev', of: 'namespace', label: '{name} seek-dev', members: ['dev-service', 'dev-pod', 'dev-pvc'] },
      { id: 'prod', of: 'namespace', label: '{name} seek-prod', members: ['prod-service', 'prod-pod', 'prod-pvc', 'prod-quota'] },
      { id: 'cluster-wide', label: 'Cluster-wide, in no namespace', members: ['pv-1', 'pv-2', 'node', 'storage-class'] },
    ],
    edges: [
      { from: 'dev-service', verb: 'routes-to', to: 'dev-pod' },
      { from: 'dev-pod', verb: 'mounts', to: 'dev-pvc' },
      { from: 'dev-pvc', verb: 'claims', to: 'pv-1' },
      { from: 'prod-service', verb: 'routes-to', to: 'prod-pod' },
      { from: 'prod-pod', verb: 'mounts', to: 'prod-pvc' },
      { from: 'prod-pvc', verb: 'claims', to: 'pv-2' },
    ],
    caption:
      'The same names live side by side in two {namespace}s. {node}s, {persistent-volume}s and {storage-class}es belong to no {namespace}.',
    description:
      'A cluster with two {namespace}s, seek-dev and seek-prod. Each holds a {service} named seek that routes to a {pod} ' +
      'named seek, which mounts a {persistent-volume-claim} named filestore; seek-prod also has a {resource-quota}. ' +
      'A third box holds the cluster-wide objects: two {persistent-volume}s, a {node} and a {storage-class}. The claim ' +
      'in seek-dev claims pv-1 and the claim in seek-prod claims pv-2.',
  },
  {
    id: 'compose-to-kubernetes',
    title: 'From {docker-compose} to Kubernetes',
    direction: 'TB',
    nodes: [
      'compose-port',
      'compose-env-file',
      'compose-service',
      'compose-volume',
      'docker-host',
      'service',
      'config-map',
      'secret',
      of('pod', 'pod', '{name}s of a {deployment}'),
      'persistent-volume-claim',
      'node',
    ],
    groups: [
      { id: 'compose', of: 'docker-compose', label: '{name}: one machine', members: ['compose-port', 'compose-env-file', 'compose-service', 'compose-volume', 'docker-host'] },
      { id: 'kubernetes', of: 'cluster', label: 'Kubernetes: a {name}', members: ['service', 'config-map', 'secret', 'pod', 'persistent-volume-claim', 'node'] },
    ],
    edges: [
      { from: 'compose-port', verb: 'routes-to', to: 'compose-service' },
      { from: 'compose-env-file', verb: 'configures', to: 'compose-service' },
      { from: 'compose-service', verb: 'mounts', to: 'compose-volume' },
      { from: 'compose-service', verb: 'runs-on', to: 'docker-host' },
      { from: 'service', verb: 'routes-to', to: 'pod' },
      { from: 'config-map', verb: 'configures', to: 'pod' },
      { from: 'secret', verb: 'configures', to: 'pod' },
      { from: 'pod', verb: 'mounts', to: 'persistent-volume-claim' },
      { from: 'pod', verb: 'runs-on', to: 'node' },
    ],
    caption:
      'Each Compose idea has a Kubernetes counterpart: a service becomes a {deployment} and its {pod}s, a published port a {service}, env_file a {config-map} and a {secret}, a named volume a {persistent-volume-claim}, the Docker host a set of {node}s.',
    description:
      'Two boxes with the same shape. In {docker-compose}, a published port routes to a Compose service, an env_file ' +
      'configures it, it mounts a named volume and runs on the single Docker host. In Kubernetes, a {service} routes to a ' +
      '{pod} of a {deployment}, a {config-map} and a {secret} configure it, it mounts a ' +
      '{persistent-volume-claim} and runs on a {node}.',
  },
  {
    id: 'seek-on-kubernetes',
    title: 'SEEK on Kubernetes',
    direction: 'TB',
    nodes: [
      'client',
      of('ingress', 'ingress', '{name} seek'),
      'ingress-controller',
      of('seek-service', 'service', '{name} seek'),
      of('seek-pod', 'pod', '{name} seek'),
      of('workers-pod', 'pod', '{name} seek-workers'),
      of('mysql-service', 'service', '{name} mysql'),
      of('mysql-pod', 'pod', '{name} mysql-0'),
      of('solr-service', 'service', '{name} solr'),
      of('solr-pod', 'pod', '{name} solr-0'),
      of('config', 'config-map', '{name} seek-config'),
      of('db-secret', 'secret', '{name} seek-db'),
      of('filestore', 'persistent-volume-claim', '{name} seek-filestore (ReadWriteMany)'),
      of('mysql-data', 'persistent-volume-claim', '{name} data-mysql-0'),
      of('solr-data', 'persistent-volume-claim', '{name} data-solr-0'),
    ],
    groups: [
      { id: 'seek-deployment', of: 'deployment', label: '{name} seek', members: ['seek-pod'] },
      { id: 'workers-deployment', of: 'deployment', label: '{name} seek-workers', members: ['workers-pod'] },
      { id: 'mysql-stateful-set', of: 'stateful-set', label: '{name} mysql', members: ['mysql-pod'] },
      { id: 'solr-stateful-set', of: 'stateful-set', label: '{name} solr', members: ['solr-pod'] },
    ],
    edges: [
      { from: 'client', verb: 'talks-to', to: 'ingress-controller' },
      { from: 'ingress', verb: 'configures', to: 'ingress-controller' },
      { from: 'ingress-controller', verb: 'routes-to', to: 'seek-service' },
      { from: 'seek-service', verb: 'routes-to', to: 'seek-pod', note: 'port 3000' },
      { from: 'seek-pod', verb: 'talks-to', to: 'mysql-service' },
      { from: 'seek-pod', verb: 'talks-to', to: 'solr-service' },
      { from: 'workers-pod', verb: 'talks-to', to: 'mysql-service' },
      { from: 'workers-pod', verb: 'talks-to', to: 'solr-service' },
      { from: 'mysql-service', verb: 'routes-to', to: 'mysql-pod', note: 'port 3306' },
      { from: 'solr-service', verb: 'routes-to', to: 'solr-pod', note: 'port 8983' },
      { from: 'config', verb: 'configures', to: 'seek-pod' },
      { from: 'config', verb: 'configures', to: 'workers-pod' },
      { from: 'db-secret', verb: 'configures', to: 'seek-pod' },
      { from: 'db-secret', verb: 'configures', to: 'workers-pod' },
      { from: 'db-secret', verb: 'configures', to: 'mysql-pod' },
      { from: 'seek-pod', verb: 'mounts', to: 'filestore' },
      { from: 'workers-pod', verb: 'mounts', to: 'filestore' },
      { from: 'mysql-pod', verb: 'mounts', to: 'mysql-data' },
      { from: 'solr-pod', verb: 'mounts', to: 'solr-data' },
    ],
    caption:
      'SEEK\'s four Compose services as Kubernetes objects in one {namespace}: web and workers as {deployment}s sharing one filestore claim, MySQL and Solr as {stateful-set}s with their own claims.',
    description:
      'All objects except the {ingress-controller} live in the {namespace} seek. ' +
      'A browser talks to the {ingress-controller}, which an {ingress} named seek configures, and which routes to the ' +
      '{service} seek and on to the seek {pod} on port 3000. The seek and seek-workers {pod}s are drawn inside their ' +
      '{deployment}s; {pod}s mysql-0 and solr-0 inside the {stateful-set}s mysql and solr. The seek and seek-workers {pod}s talk to ' +
      'the {service}s mysql (port 3306) and solr (port 8983), which route to mysql-0 and solr-0. The {config-map} seek-config ' +
      'configures seek and seek-workers; the {secret} seek-db configures them and mysql-0. seek and seek-workers ' +
      'both mount the {persistent-volume-claim} seek-filestore (ReadWriteMany); mysql-0 and solr-0 each mount their own claim.',
  },
];
