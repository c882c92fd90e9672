/**
 * The Kubernetes concepts the book teaches. Each id is permanent: chapters mark terms with it
 * (`:term[Pod]{id="pod"}`) and views list it. Change a `name` here and every diagram, tooltip and
 * glossary entry follows. Facts are for Kubernetes 1.37.
 */
// cspell:words dockershim netpol millicores Karpenter
import type { Concept } from './types';

const architecture = '/docs/concepts/architecture';
const terminology = '/docs/concepts/terminology';
const labels = '/docs/concepts/labels-and-selectors';
const declarative = '/docs/concepts/declarative-configuration';
const workloads = '/docs/concepts/workloads';
const rollingUpdates = '/docs/concepts/rolling-updates';
const storage = '/docs/concepts/storage';
const selfHealing = '/docs/concepts/self-healing';
const configuration = '/docs/concepts/configuration';
const namespaces = '/docs/concepts/namespaces';
const networking = '/docs/concepts/networking';
const probesAndResources = '/docs/concepts/probes-and-resources';
const scheduling = '/docs/concepts/scheduling';
const security = '/docs/concepts/security';
const ingress = '/docs/concepts/ingress';
const packaging = '/docs/packaging/several-environments';

export const concepts: readonly Concept[] = [
  // Infrastructure: the machines and what runs on each of them.
  {
    id: 'cluster',
    name: 'Cluster',
    category: 'infrastructure',
    short: 'A control plane and the worker nodes it manages, run together as one Kubernetes installation.',
    long:
      'A cluster is one Kubernetes installation: a control plane that stores the desired state and makes decisions, ' +
      'plus a set of worker machines (nodes) that run the containers. You talk to the cluster, not to single ' +
      'machines: you ask for three copies of an application and the cluster decides where they run. A small ' +
      'practice cluster can be a single machine that plays both roles; a production cluster spreads the control ' +
      'plane over several machines so it survives the loss of one.',
    teachesAt: '/docs/concepts/terminology#the-machines',
  },
  {
    id: 'node',
    name: 'Node',
    category: 'infrastructure',
    short: 'One machine, physical or virtual, that runs Pods for the cluster.',
    long:
      'A node is a worker machine of the cluster, either a physical server or a virtual machine. Every node runs ' +
      'a kubelet, a container runtime and usually kube-proxy, and reports its capacity (CPU, memory) and health ' +
      'to the control plane. The scheduler places Pods on nodes; if a node fails, the Pods on it are lost and ' +
      'their controllers create replacements elsewhere. Nodes are API objects too: `kubectl get nodes` lists them.',
    aka: ['worker node', 'minion (obsolete)'],
    teachesAt: '/docs/concepts/architecture#node-components',
  },
  {
    id: 'container-runtime',
    name: 'Container runtime',
    category: 'infrastructure',
    short: 'The software on each node that pulls images and starts and stops containers for the kubelet.',
    long:
      'The container runtime does the low-level work of running containers: it pulls images, unpacks them and ' +
      'starts processes in isolated environments. The kubelet talks to it through the Container Runtime ' +
      'Interface (CRI), so any CRI-compatible runtime works; containerd and CRI-O are the common ones. Docker ' +
      'Engine is no longer used directly since Kubernetes 1.24 removed dockershim, but images built with Docker ' +
      'run unchanged because they follow the OCI image format.',
    aka: ['CRI', 'containerd', 'CRI-O'],
    teachesAt: `${architecture}#container-runtime`,
  },
  {
    id: 'kubelet',
    name: 'kubelet',
    category: 'infrastructure',
    short: 'The agent on every node that makes sure the containers of the Pods assigned to that node are running.',
    long:
      'The kubelet runs on every node. It watches the API server for Pods scheduled to its node, asks the ' +
      'container runtime to start their containers, mounts their volumes, runs their probes and reports their ' +
      'status back. It restarts containers that exit or fail their liveness probe, according to the Pod\'s ' +
      'restart policy. The kubelet only manages containers that Kubernetes created; anything else on the machine ' +
      'is not its business.',
    teachesAt: `${architecture}#kubelet`,
  },
  {
    id: 'kube-proxy',
    name: 'kube-proxy',
    category: 'infrastructure',
    short: 'A network component on each node that makes traffic sent to a Service reach one of its Pods.',
    long:
      'kube-proxy runs on each node (usually as a DaemonSet) and implements Services: it watches Services and ' +
      'EndpointSlices and programs the node\'s packet filtering (iptables, the default; IPVS, deprecated since ' +
      '1.35; or nftables, generally available since 1.33) so that a connection to a Service\'s virtual IP is forwarded to a ready Pod. ' +
      'It does not proxy traffic itself in these modes. Some network plugins replace kube-proxy entirely.',
    teachesAt: `${architecture}#kube-proxy`,
  },

  // Control plane: the components that store state and make decisions.
  {
    id: 'control-plane',
    name: 'Control plane',
    category: 'control-plane',
    short: 'The components that store the cluster\'s desired state and act to make the cluster match it.',
    long:
      'The control plane is the decision-making part of a cluster: kube-apiserver, etcd, kube-scheduler, ' +
      'kube-controller-manager and, on cloud providers, cloud-controller-manager. It accepts your requests, ' +
      'stores them, chooses nodes for new Pods and runs the controllers that keep reality in line with what you ' +
      'asked for. Its components can run on dedicated machines, and in managed Kubernetes services the provider ' +
      'operates them for you and you never see those machines.',
    aka: ['master (obsolete)'],
    teachesAt: `${architecture}#control-plane`,
  },
  {
    id: 'kube-apiserver',
    name: 'kube-apiserver',
    category: 'control-plane',
    short: 'The front door of the control plane: the HTTP API that every client and component reads and writes through.',
    long:
      'kube-apiserver serves the Kubernetes API. kubectl, the other control plane components, the kubelets and ' +
      'your own tools all go through it; it is the only component that talks to etcd. It authenticates each ' +
      'request, checks authorization (for example RBAC), runs admission checks, validates the object and stores ' +
      'it. Clients can also watch resources, which is how controllers learn about changes without polling. It ' +
      'scales horizontally: several instances can run behind a load balancer.',
    aka: ['API server'],
    teachesAt: `${architecture}#kube-apiserver`,
  },
  {
    id: 'etcd',
    name: 'etcd',
    category: 'control-plane',
    short: 'The consistent, highly available key-value store where the cluster keeps all of its API objects.',
    long:
      'etcd is a distributed key-value store that holds every object of the cluster: Deployments, Pods, ' +
      'Secrets, the lot. Only kube-apiserver reads and writes it. It stays consistent by consensus (the Raft ' +
      'algorithm), so it is run with an odd number of members (often three or five) and needs a majority of them ' +
      'to accept writes. Losing etcd without a backup means losing the cluster\'s state, which is why backing it up ' +
      'is part of operating a cluster. Your application data does not live in etcd.',
    teachesAt: `${architecture}#etcd`,
  },
  {
    id: 'kube-scheduler',
    name: 'kube-scheduler',
    category: 'control-plane',
    short: 'The control plane component that chooses a node for each new Pod that has none yet.',
    long:
      'kube-scheduler watches for Pods that are not yet bound to a node and picks one for each. It first filters ' +
      'out nodes that cannot run the Pod (not enough requested CPU or memory left, a taint the Pod does not ' +
      'tolerate, an affinity rule not met) and then scores the remaining ones to pick the best. It only records ' +
      'the decision in the API; the kubelet on the chosen node starts the containers. A Pod no node can take ' +
      'stays Pending, with the reason in its events.',
    aka: ['scheduler'],
    teachesAt: `${architecture}#kube-scheduler`,
  },
  {
    id: 'kube-controller-manager',
    name: 'kube-controller-manager',
    category: 'control-plane',
    short: 'One control plane process that runs the built-in controllers, such as those for Deployments, Jobs and nodes.',
    long:
      'kube-controller-manager bundles Kubernetes\' built-in controllers into a single binary: among others the ' +
      'Deployment, ReplicaSet, StatefulSet, DaemonSet, Job and CronJob controllers, the node controller, the ' +
      'EndpointSlice controller and the ServiceAccount controller. Each one watches its kind of object through ' +
      'the API server and acts to make the cluster match the desired state. When several copies run for high ' +
      'availability, leader election makes sure only one is active at a time.',
    teachesAt: `${architecture}#kube-controller-manager`,
  },
  {
    id: 'cloud-controller-manager',
    name: 'cloud-controller-manager',
    category: 'control-plane',
    short: 'The control plane component that connects the cluster to a cloud provider\'s API.',
    long:
      'cloud-controller-manager runs the controllers that depend on a cloud provider: it learns when a cloud ' +
      'machine behind a node was deleted, sets up routes between nodes, and creates a cloud load balancer for a ' +
      'Service of type LoadBalancer. Each provider ships its own. Clusters on your own hardware or a laptop ' +
      'usually have none, which is why a LoadBalancer Service there can stay without an external address unless ' +
      'something like MetalLB fills the gap.',
    aka: ['CCM'],
    teachesAt: `${architecture}#cloud-controller-manager`,
  },
  {
    id: 'controller',
    name: 'Controller',
    category: 'control-plane',
    short: 'A control loop that watches objects and acts until the actual state matches the desired state.',
    long:
      'A controller is a loop: observe the current state through the API server, compare it with the desired ' +
      'state written in objects, act to reduce the difference, and repeat. The ReplicaSet controller creates a ' +
      'Pod when one is missing; the Deployment controller creates a new ReplicaSet when you change the Pod ' +
      'template. Controllers are why Kubernetes heals itself: you declare what you want and they keep working ' +
      'toward it, even after failures. You can write your own, which is what an operator is.',
    aka: ['control loop', 'reconcile loop'],
    teachesAt: `${architecture}#reconcile-loop`,
  },

  // Workloads: what runs, and the objects that keep it running.
  {
    id: 'container',
    name: 'Container',
    category: 'workload',
    short: 'A process started from a container image, isolated from other processes, with its own filesystem.',
    long:
      'A container is a running instance of a container image: one or more processes with their own view of the ' +
      'filesystem, network and process tree, but sharing the host\'s kernel. It is lighter than a virtual machine ' +
      'and starts in seconds. Its filesystem is thrown away when it is replaced, so anything worth keeping goes ' +
      'to a volume. In Kubernetes you never run a container on its own: it always lives inside a Pod.',
    teachesAt: `${terminology}#what-runs`,
  },
  {
    id: 'container-image',
    name: 'Container image',
    category: 'workload',
    short: 'A packaged, read-only filesystem plus start-up settings from which containers are created.',
    long:
      'A container image bundles an application with everything it needs to run (libraries, runtime, default ' +
      'command) in the standard OCI format. Images are stored in registries and named by repository and tag ' +
      '(`fairdom/seek:1.18`) or, immutably, by digest. Pin a tag or digest in manifests rather than `latest`, so ' +
      'every node runs the same code and a rollback really goes back. The kubelet pulls images according to the ' +
      'container\'s `imagePullPolicy`.',
    aka: ['image', 'OCI image'],
    teachesAt: `${terminology}#what-runs`,
  },
  {
    id: 'pod',
    name: 'Pod',
    category: 'workload',
    short: 'The smallest unit Kubernetes runs: one or more containers that share a network address and volumes.',
    long:
      'A Pod is a group of one or more containers that are always scheduled together on the same node. They ' +
      'share one IP address (they reach each other on `localhost`) and can share volumes. Pods are disposable: ' +
      'if one dies or its node fails, it is not moved but replaced by a new Pod with a new name and address. ' +
      'That is why you rarely create Pods directly; a controller such as a Deployment creates them from a Pod ' +
      'template and replaces them when needed.',
    aka: ['po'],
    teachesAt: `${workloads}#pod`,
  },
  {
    id: 'init-container',
    name: 'Init container',
    category: 'workload',
    short: 'A container in a Pod that runs to completion before the Pod\'s main containers start.',
    long:
      'Init containers are listed under `initContainers` in a Pod. They run one after another, and each must ' +
      'finish successfully before the next starts; only then do the regular containers start. They are the place ' +
      'for set-up work: waiting until a database answers, running migrations, fixing file permissions on a volume. ' +
      'If one fails, the kubelet retries it according to the Pod\'s restart policy. They can use a different ' +
      'image from the application, so set-up tools stay out of the application image.',
    teachesAt: `${workloads}#init-containers`,
  },
  {
    id: 'sidecar-container',
    name: 'Sidecar container',
    category: 'workload',
    short: 'A helper container that runs alongside the main container of a Pod for the Pod\'s whole life.',
    long:
      'A sidecar container adds a supporting function to a Pod, such as shipping logs, proxying traffic or ' +
      'refreshing credentials, without changing the application image. Kubernetes supports sidecars natively ' +
      '(stable since 1.33): you declare one as an init container with `restartPolicy: Always`, so it starts ' +
      'before the main containers, keeps running beside them, and is stopped after them. Older setups simply ' +
      'list a second container in `containers`, which gives no start-up or shutdown ordering.',
    aka: ['sidecar'],
    teachesAt: `${workloads}#sidecar-containers`,
  },
  {
    id: 'replica-set',
    name: 'ReplicaSet',
    category: 'workload',
    short: 'A controller object that keeps a given number of identical Pods running.',
    long:
      'A ReplicaSet (apps/v1) holds a replica count, a label selector and a Pod template. Its controller counts ' +
      'the Pods matching the selector and creates or deletes Pods until the count is right, which replaces Pods ' +
      'lost to crashes or failed nodes. It does not update existing Pods when the template changes. You rarely ' +
      'write one yourself: a Deployment creates and manages ReplicaSets for you, one per version of the Pod ' +
      'template.',
    aka: ['rs'],
    teachesAt: `${workloads}#replica-set`,
  },
  {
    id: 'deployment',
    name: 'Deployment',
    category: 'workload',
    short: 'The usual way to run a stateless application: it manages ReplicaSets and rolls out new versions.',
    long:
      'A Deployment (apps/v1) describes an application by a Pod template and a replica count. For each version of ' +
      'the template it creates a ReplicaSet, and on a change it shifts Pods from the old ReplicaSet to the new ' +
      'one in a rolling update, so the application stays available. It keeps old ReplicaSets (ten by default) so ' +
      'you can roll back with `kubectl rollout undo`. Use it for anything whose Pods are interchangeable: web ' +
      'front ends, APIs, workers.',
    aka: ['deploy'],
    teachesAt: `${workloads}#deployment`,
  },
  {
    id: 'daemon-set',
    name: 'DaemonSet',
    category: 'workload',
    short: 'A controller object that runs one copy of a Pod on every node, or on every node that matches.',
    long:
      'A DaemonSet (apps/v1) makes sure each eligible node runs exactly one copy of its Pod: when a node joins, a ' +
      'Pod is added there; when a node leaves, its Pod goes with it. A node selector, affinity or tolerations ' +
      'narrow or widen the set of nodes. It suits per-machine agents such as log collectors, monitoring agents, ' +
      'storage drivers and network plugins; kube-proxy itself often runs as one.',
    aka: ['ds'],
    teachesAt: `${workloads}#daemon-set`,
  },
  {
    id: 'stateful-set',
    name: 'StatefulSet',
    category: 'workload',
    short: 'A controller object for Pods that need a stable name, stable storage and an ordered start.',
    long:
      'A StatefulSet (apps/v1) runs Pods that are not interchangeable. Each gets a fixed ordinal name ' +
      '(`mysql-0`, `mysql-1`), a stable DNS name through a headless Service, and its own PersistentVolumeClaim ' +
      'made from `volumeClaimTemplates`, which follows it when the Pod is replaced. By default Pods are created ' +
      'in order and removed in reverse order. Databases and clustered systems such as Solr use it. It does not ' +
      'set up replication between the copies; the application still has to do that.',
    aka: ['sts'],
    teachesAt: `${workloads}#stateful-set`,
  },
  {
    id: 'job',
    name: 'Job',
    category: 'workload',
    short: 'A controller object that runs Pods until a task has completed successfully a set number of times.',
    long:
      'A Job (batch/v1) is for work that ends: a data import, a migration, a report. It creates Pods and retries ' +
      'failed ones, up to `backoffLimit` (six by default), until the required number of completions succeeds. ' +
      'Its Pods use the restart policy `OnFailure` or `Never`, never `Always`. Finished Jobs and their Pods stay ' +
      'for inspection until deleted, or until `ttlSecondsAfterFinished` removes them.',
    teachesAt: `${workloads}#job`,
  },
  {
    id: 'cron-job',
    name: 'CronJob',
    category: 'workload',
    short: 'A controller object that creates a Job on a repeating schedule written in cron syntax.',
    long:
      'A CronJob (batch/v1) creates a Job from its Job template at the times given by a cron expression such as ' +
      '`0 3 * * *` (every day at 03:00), optionally in a named time zone. `concurrencyPolicy` decides what ' +
      'happens if the previous run is still going (allow, forbid, replace), and history limits keep a few ' +
      'finished Jobs for inspection. It replaces the crontab of a single server, and suits backups and periodic ' +
      'clean-ups.',
    aka: ['cj'],
    teachesAt: `${workloads}#cron-job`,
  },
  {
    id: 'rolling-update',
    name: 'Rolling update',
    category: 'workload',
    short: 'Replacing a workload\'s Pods with a new version a few at a time, so the application stays available.',
    long:
      'A rolling update is how a Deployment applies a change to its Pod template by default: it scales a new ' +
      'ReplicaSet up and the old one down in steps. `maxSurge` says how many extra Pods may exist during the ' +
      'update and `maxUnavailable` how many may be missing (both 25% by default). New Pods count as available ' +
      'only once their readiness probe passes, so a broken version stalls instead of taking everything down, ' +
      'and `kubectl rollout undo` goes back. StatefulSets and DaemonSets have rolling updates too.',
    aka: ['rollout'],
    teachesAt: `${rollingUpdates}#how-it-works`,
  },
  {
    id: 'probe',
    name: 'Probe',
    category: 'workload',
    short: 'A periodic check the kubelet runs against a container to decide if it is alive, ready or started.',
    long:
      'A probe is an HTTP request, TCP connection, gRPC call or command that the kubelet runs against a container ' +
      'on a schedule. A liveness probe that keeps failing makes the kubelet restart the container; a failing ' +
      'readiness probe takes the Pod out of its Services\' endpoints without restarting it; a startup probe holds ' +
      'the other two back until a slow application has started. Well-chosen probes let Kubernetes route traffic ' +
      'only to working Pods and recover stuck ones.',
    aka: ['liveness probe', 'readiness probe', 'startup probe', 'health check'],
    teachesAt: `${probesAndResources}#probes`,
  },
  {
    id: 'horizontal-pod-autoscaler',
    name: 'HorizontalPodAutoscaler',
    category: 'workload',
    short: 'An object that changes the replica count of a workload to follow a metric such as CPU use.',
    long:
      'A HorizontalPodAutoscaler (autoscaling/v2) watches metrics of the Pods of a Deployment or StatefulSet, ' +
      'most often CPU use compared with the Pods\' requests, and raises or lowers the replica count between a ' +
      'minimum and a maximum to hold a target. CPU and memory metrics come from the metrics-server add-on, which ' +
      'not every cluster has; custom metrics need an adapter. It adds Pods, not nodes: if the nodes are full, the ' +
      'new Pods stay Pending unless a cluster autoscaler adds machines.',
    aka: ['HPA'],
    teachesAt: `${selfHealing}#horizontal-pod-autoscaler`,
  },

  // Networking: how traffic finds Pods.
  {
    id: 'service',
    name: 'Service',
    category: 'networking',
    short: 'A stable name and address in front of a changing set of Pods, chosen by a label selector.',
    long:
      'Pods come and go with new addresses, so clients do not talk to them directly. A Service (v1) gives a set ' +
      'of Pods, chosen by a label selector, one stable virtual IP and DNS name, and spreads connections over the ' +
      'ready ones. Its type decides who can reach it: ClusterIP (inside the cluster, the default), NodePort (a ' +
      'port on every node), LoadBalancer (an external load balancer, where the environment provides one). A ' +
      'headless Service (`clusterIP: None`) gives each Pod its own DNS record instead.',
    aka: ['svc'],
    teachesAt: `${networking}#services`,
  },
  {
    id: 'endpoint-slice',
    name: 'EndpointSlice',
    category: 'networking',
    short: 'An object listing the addresses and ports of the Pods behind a Service, and whether each is ready.',
    long:
      'The EndpointSlice controller keeps, for each Service with a selector, one or more EndpointSlices ' +
      '(discovery.k8s.io/v1) that list the matching Pods\' IP addresses, ports and readiness, at most 100 entries ' +
      'per slice by default. kube-proxy and ingress controllers read them to know where to send traffic. They ' +
      'replace the older Endpoints object, which is deprecated since 1.33. `kubectl get endpointslices` is the ' +
      'quickest way to see whether a Service has found any Pods.',
    aka: ['endpoints'],
    teachesAt: `${networking}#endpoint-slices`,
  },
  {
    id: 'dns',
    name: 'Cluster DNS',
    category: 'networking',
    short: 'The DNS server inside the cluster that resolves Service names to their addresses.',
    long:
      'Every cluster runs a DNS add-on, usually CoreDNS, and the kubelet points each Pod\'s resolver at it. A ' +
      'Service named `mysql` in namespace `seek` resolves as `mysql.seek.svc.cluster.local`, and simply as ' +
      '`mysql` from Pods in the same namespace. That is how one component finds another by name, the way Docker ' +
      'Compose service names work, without knowing any Pod address.',
    aka: ['DNS', 'CoreDNS', 'kube-dns'],
    teachesAt: `${networking}#service-discovery`,
  },
  {
    id: 'ingress',
    name: 'Ingress',
    category: 'networking',
    short: 'An object with HTTP routing rules that send outside requests, by host name and path, to Services.',
    long:
      'An Ingress (networking.k8s.io/v1) declares how HTTP and HTTPS requests from outside the cluster reach ' +
      'Services: by host name and URL path, with optional TLS from a Secret. It does nothing on its own; an ' +
      'ingress controller must run in the cluster to implement it, chosen with `ingressClassName`. The Ingress ' +
      'API is stable but frozen: new features go into the Gateway API instead.',
    aka: ['ing'],
    teachesAt: `${ingress}#ingress`,
  },
  {
    id: 'ingress-controller',
    name: 'Ingress controller',
    category: 'networking',
    short: 'A reverse proxy running in the cluster that reads Ingress objects and routes requests accordingly.',
    long:
      'An ingress controller is an HTTP reverse proxy (based on NGINX, HAProxy, Envoy or Traefik, for example) ' +
      'with a controller that watches Ingress objects and reconfigures the proxy to match. It is not part of ' +
      'Kubernetes itself: a cluster has none until one is installed, and several can coexist, each owning an ' +
      'IngressClass. It is usually exposed to the outside through a LoadBalancer or NodePort Service.',
    teachesAt: `${ingress}#ingress`,
  },
  {
    id: 'gateway',
    name: 'Gateway',
    category: 'networking',
    short: 'A Gateway API object that asks for a load balancer with listeners on given ports and protocols.',
    long:
      'The Gateway API (gateway.networking.k8s.io) is the successor to Ingress, installed as custom resources. A ' +
      'Gateway requests a traffic entry point, with listeners for ports, protocols and TLS, from a GatewayClass ' +
      'implemented by some controller. Routes such as HTTPRoute attach to it. Splitting the entry point ' +
      '(owned by the cluster operator) from the routes (owned by application teams) is its main idea.',
    teachesAt: `${ingress}#gateway-api`,
  },
  {
    id: 'http-route',
    name: 'HTTPRoute',
    category: 'networking',
    short: 'A Gateway API object that routes HTTP requests arriving at a Gateway to Services.',
    long:
      'An HTTPRoute attaches to one or more Gateways and matches requests by host name, path, headers or query ' +
      'parameters, then forwards them to backend Services, optionally splitting traffic by weight or rewriting ' +
      'the request. It covers what Ingress does and more, in standard fields rather than controller-specific ' +
      'annotations.',
    teachesAt: `${ingress}#gateway-api`,
  },
  {
    id: 'network-policy',
    name: 'NetworkPolicy',
    category: 'networking',
    short: 'An object that restricts which Pods and addresses may connect to, or be reached from, selected Pods.',
    long:
      'By default every Pod can reach every other Pod. A NetworkPolicy (networking.k8s.io/v1) selects Pods by ' +
      'label and lists the ingress and egress traffic allowed for them; once a Pod is selected for a direction, ' +
      'everything not allowed in that direction is dropped. The network plugin enforces policies, and not every ' +
      'plugin does: on one that does not, a NetworkPolicy is accepted and silently has no effect.',
    aka: ['netpol'],
    teachesAt: `${ingress}#network-policy`,
  },

  // Configuration, identity and metadata.
  {
    id: 'manifest',
    name: 'Manifest',
    category: 'tooling',
    short: 'A YAML or JSON file that describes one or more Kubernetes objects as you want them to be.',
    long:
      'A manifest is the written form of desired state: each document in it has `apiVersion`, `kind`, ' +
      '`metadata` and usually `spec`. You apply it with `kubectl apply -f`, keep it in version control and ' +
      'review changes to it like code. Applying the same manifest twice changes nothing, which is what makes the ' +
      'declarative approach safe to repeat.',
    teachesAt: `${declarative}#kubectl-apply`,
  },
  {
    id: 'object',
    name: 'Object',
    category: 'configuration',
    short: 'A record in the Kubernetes API, such as a Pod or a Service, with a desired state and an observed status.',
    long:
      'Everything you manage in Kubernetes is an object stored by the API server: it has a kind, a name ' +
      '(unique per kind within its namespace), labels and annotations, a `spec` that says what you want and, for ' +
      'most kinds, a `status` that controllers fill in with what is. Most objects live in a namespace; some, such ' +
      'as Nodes, PersistentVolumes and StorageClasses, are cluster-wide.',
    aka: ['resource', 'API object'],
    teachesAt: `${declarative}#desired-state`,
  },
  {
    id: 'label',
    name: 'Label',
    category: 'configuration',
    short: 'A key-value pair attached to an object so that selectors and people can find it.',
    long:
      'Labels such as `app.kubernetes.io/name: seek` or `tier: db` are short key-value pairs in an object\'s ' +
      'metadata. They carry no meaning for Kubernetes by themselves; they matter because selectors match on ' +
      'them. A Service finds its Pods by label, a Deployment recognises its Pods by label, and ' +
      '`kubectl get pods -l tier=db` filters by label. Keys may have a prefix; the `app.kubernetes.io/` ones are ' +
      'recommended common labels.',
    teachesAt: `${labels}#labels`,
  },
  {
    id: 'selector',
    name: 'Selector',
    category: 'configuration',
    short: 'A query on labels that picks a set of objects, used to connect Services, controllers and policies to Pods.',
    long:
      'A label selector matches objects by their labels, either by equality (`tier=db`) or by set expressions ' +
      '(`tier in (db, cache)`, `tier` exists). It is how loosely coupled objects find each other: a Service\'s ' +
      'selector decides which Pods receive traffic, a Deployment\'s selector which Pods it owns, a NetworkPolicy\'s ' +
      'which Pods it protects. A selector that matches nothing is not an error, which is a classic cause of a ' +
      'Service with no endpoints.',
    aka: ['label selector'],
    teachesAt: `${labels}#selectors`,
  },
  {
    id: 'annotation',
    name: 'Annotation',
    category: 'configuration',
    short: 'A key-value pair in an object\'s metadata that holds information for tools and people, not for selection.',
    long:
      'Annotations attach non-identifying information to objects: a change cause, a contact, a build number, or ' +
      'settings read by a particular controller (many ingress controllers read their options from annotations). ' +
      'Unlike labels they cannot be selected on, and their values may be long and structured.',
    teachesAt: `${labels}#annotations`,
  },
  {
    id: 'namespace',
    name: 'Namespace',
    category: 'configuration',
    short: 'A named partition of a cluster that scopes object names, access rules and quotas.',
    long:
      'A Namespace groups objects so that two teams or two environments can each have a Service called `web`. ' +
      'RBAC rules, ResourceQuotas and NetworkPolicies often apply per namespace. A cluster starts with `default`, ' +
      '`kube-system`, `kube-public` and `kube-node-lease`. Namespaces do not isolate the network by themselves, ' +
      'and cluster-scoped objects (Nodes, PersistentVolumes, StorageClasses) belong to none.',
    aka: ['ns'],
    teachesAt: `${namespaces}#what-a-namespace-is`,
  },
  {
    id: 'config-map',
    name: 'ConfigMap',
    category: 'configuration',
    short: 'An object holding non-confidential configuration as key-value pairs, given to Pods as variables or files.',
    long:
      'A ConfigMap (v1) stores configuration apart from the image, so the same image runs in several ' +
      'environments. Pods consume it as environment variables (one key or all keys) or as files in a mounted ' +
      'volume. Mounted files are refreshed some time after the ConfigMap changes; environment variables are not, ' +
      'so Pods must be restarted to see new values. Its data is limited to 1 MiB and is not meant for secrets.',
    aka: ['cm'],
    teachesAt: `${configuration}#config-maps`,
  },
  {
    id: 'secret',
    name: 'Secret',
    category: 'configuration',
    short: 'An object for small confidential values such as passwords and keys, given to Pods as variables or files.',
    long:
      'A Secret (v1) is used like a ConfigMap but meant for sensitive data: passwords, tokens, TLS certificates. ' +
      'Its values are base64-encoded, which is an encoding, not encryption: anyone allowed to read the Secret ' +
      'can decode it. Protection comes from RBAC limiting who can read Secrets and, optionally, from encryption ' +
      'at rest configured for etcd. Keep real Secret values out of version control.',
    teachesAt: `${configuration}#secrets`,
  },
  {
    id: 'service-account',
    name: 'ServiceAccount',
    category: 'configuration',
    short: 'An identity for processes running in Pods, used when they call the Kubernetes API.',
    long:
      'A ServiceAccount (v1) is a namespaced identity for software rather than people. Each namespace has one ' +
      'called `default`, used by Pods that name none. The kubelet gives a Pod a short-lived token for its ' +
      'ServiceAccount, and RBAC bindings decide what that token may do. Most applications never call the API ' +
      'and need no permissions; operators and CI tools do.',
    aka: ['sa'],
    teachesAt: `${security}#service-accounts`,
  },
  {
    id: 'rbac',
    name: 'RBAC',
    category: 'configuration',
    short: 'Role-based access control: rules that say which users and ServiceAccounts may do what to which objects.',
    long:
      'RBAC (rbac.authorization.k8s.io/v1) grants permissions with four kinds: a Role (in one namespace) or ' +
      'ClusterRole (cluster-wide) lists allowed verbs on resources, such as `get` and `list` on Pods; a ' +
      'RoleBinding or ClusterRoleBinding gives a role to users, groups or ServiceAccounts. Permissions only add ' +
      'up: there are no deny rules, so anything not granted is refused.',
    aka: ['role-based access control', 'Role', 'RoleBinding'],
    teachesAt: `${security}#rbac`,
  },
  {
    id: 'resource-quota',
    name: 'ResourceQuota',
    category: 'configuration',
    short: 'An object that caps the total resources and number of objects a namespace may use.',
    long:
      'A ResourceQuota (v1) limits a namespace\'s totals: summed CPU and memory requests and limits, storage ' +
      'requested by claims, and counts of objects such as Pods or Services. A request that would exceed the ' +
      'quota is rejected by the API server. When a quota covers CPU or memory, every new Pod must state those ' +
      'requests or limits, which a LimitRange can fill in with defaults.',
    aka: ['quota'],
    teachesAt: `${namespaces}#resource-quota`,
  },

  // Scheduling: where Pods may run and how much they may use.
  {
    id: 'resource-requests-and-limits',
    name: 'Requests and limits',
    category: 'infrastructure',
    short: 'Per-container amounts of CPU and memory: requests are reserved for scheduling, limits are enforced caps.',
    long:
      'Each container may declare `resources.requests` and `resources.limits` for CPU (in cores or millicores, ' +
      '`500m`) and memory (`512Mi`). The scheduler places a Pod only on a node with enough unrequested capacity ' +
      'for its requests. At run time a container above its CPU limit is slowed down, and one above its memory ' +
      'limit is killed (OOMKilled) and restarted. Requests and limits together give the Pod its quality-of-service ' +
      'class, which decides who is evicted first when a node runs short.',
    aka: ['resource requests', 'resource limits', 'QoS class'],
    teachesAt: `${probesAndResources}#resources`,
  },
  {
    id: 'taint',
    name: 'Taint',
    category: 'infrastructure',
    short: 'A mark on a node that keeps Pods away unless they tolerate it.',
    long:
      'A taint has a key, an optional value and an effect: `NoSchedule` (new Pods without a matching toleration ' +
      'are not placed there), `PreferNoSchedule` (avoided if possible) or `NoExecute` (running Pods without the ' +
      'toleration are also evicted). Control plane nodes are commonly tainted so ordinary Pods stay off them, and ' +
      'the node controller taints nodes that become unreachable.',
    teachesAt: `${scheduling}#taints-and-tolerations`,
  },
  {
    id: 'toleration',
    name: 'Toleration',
    category: 'infrastructure',
    short: 'A setting on a Pod that allows it to be scheduled on nodes with a matching taint.',
    long:
      'A toleration in a Pod\'s spec matches a taint by key, value and effect. It permits the Pod to run on ' +
      'tainted nodes but does not attract it there; combine it with node affinity to dedicate nodes to some Pods. ' +
      'With `NoExecute` taints, `tolerationSeconds` says how long a Pod may stay after the taint appears.',
    teachesAt: `${scheduling}#taints-and-tolerations`,
  },
  {
    id: 'affinity',
    name: 'Affinity',
    category: 'infrastructure',
    short: 'Rules in a Pod that attract it to certain nodes, or place it near or away from other Pods.',
    long:
      'Node affinity chooses nodes by their labels, as a hard requirement ' +
      '(`requiredDuringSchedulingIgnoredDuringExecution`) or a preference (`preferred...`). Pod affinity and ' +
      'anti-affinity place a Pod relative to Pods with given labels, for instance never two replicas of a ' +
      'database in the same zone. The rules apply at scheduling time only; a running Pod is not moved when labels ' +
      'change later.',
    aka: ['node affinity', 'anti-affinity', 'pod affinity'],
    teachesAt: `${scheduling}#node-affinity`,
  },
  {
    id: 'pod-disruption-budget',
    name: 'PodDisruptionBudget',
    category: 'workload',
    short: 'An object that limits how many Pods of an application voluntary disruptions, such as node drains, may take down at once.',
    long:
      'A PodDisruptionBudget (policy/v1) selects Pods by label and sets `minAvailable` or `maxUnavailable`. ' +
      'Voluntary disruptions that go through the eviction API, such as `kubectl drain` during node maintenance ' +
      'or a cluster autoscaler removing a node, wait rather than break the budget. It cannot prevent involuntary ' +
      'disruptions such as a machine failure.',
    aka: ['PDB'],
    teachesAt: `${selfHealing}#pod-disruption-budget`,
  },
  {
    id: 'cluster-autoscaler',
    name: 'Cluster autoscaler',
    category: 'infrastructure',
    short: 'An add-on that adds nodes when Pods cannot be scheduled and removes nodes that stay underused.',
    long:
      'A cluster autoscaler watches for Pods stuck Pending for lack of capacity and asks the infrastructure ' +
      '(usually a cloud provider) for more nodes; it also drains and removes nodes whose Pods fit elsewhere. It ' +
      'is not built into Kubernetes: the Kubernetes project\'s Cluster Autoscaler and Karpenter are two ' +
      'implementations. It decides from Pods\' requests, not their actual use, so sensible requests matter.',
    teachesAt: `${selfHealing}#cluster-autoscaler`,
  },

  // Storage: data that outlives a container.
  {
    id: 'volume',
    name: 'Volume',
    category: 'storage',
    short: 'A directory that a Pod\'s containers can mount, whose lifetime and backing depend on its type.',
    long:
      'A volume is declared in a Pod\'s `volumes` list and mounted into containers with `volumeMounts`. Its type ' +
      'decides where the data lives: `emptyDir` is scratch space that disappears with the Pod, `configMap` and ' +
      '`secret` project configuration as files, and `persistentVolumeClaim` mounts durable storage that outlives ' +
      'the Pod. Volumes survive container restarts within the Pod, which a container\'s own filesystem does not.',
    teachesAt: `${storage}#volumes`,
  },
  {
    id: 'persistent-volume',
    name: 'PersistentVolume',
    category: 'storage',
    short: 'A piece of storage in the cluster, such as a cloud disk or an NFS share, represented as an API object.',
    long:
      'A PersistentVolume (v1) is cluster-scoped and describes actual storage: its capacity, access modes ' +
      '(ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod), the StorageClass it belongs to and how to ' +
      'reach it. An administrator can create it by hand, but usually a provisioner creates it on demand. Bound to ' +
      'one claim at a time, its reclaim policy (`Retain` or `Delete`) decides what happens to the data when the ' +
      'claim is deleted.',
    aka: ['PV'],
    teachesAt: `${storage}#persistent-volumes`,
  },
  {
    id: 'persistent-volume-claim',
    name: 'PersistentVolumeClaim',
    category: 'storage',
    short: 'A request for storage of a given size and access mode, which Kubernetes binds to a matching PersistentVolume.',
    long:
      'A PersistentVolumeClaim (v1) lives in a namespace and says what an application needs: for example 10Gi, ' +
      'ReadWriteOnce, from a given StorageClass. Kubernetes binds it to a suitable PersistentVolume, creating ' +
      'one through the class\'s provisioner if needed, and Pods mount the claim by name. The claim separates ' +
      'what the application asks for from how the cluster provides it, so the same manifest works on a laptop ' +
      'and in a cloud.',
    aka: ['PVC', 'claim'],
    teachesAt: `${storage}#persistent-volumes`,
  },
  {
    id: 'storage-class',
    name: 'StorageClass',
    category: 'storage',
    short: 'A named kind of storage a cluster offers, saying which provisioner creates volumes of that kind and how.',
    long:
      'A StorageClass (storage.k8s.io/v1) names a provisioner and its parameters (disk type, replication), a ' +
      'reclaim policy and a volume binding mode. `WaitForFirstConsumer` delays creating the volume until a Pod ' +
      'using the claim is scheduled, so the disk is made in the right zone. One class can be marked default and ' +
      'is used by claims that name none. Which classes exist depends entirely on the cluster.',
    aka: ['sc'],
    teachesAt: `${storage}#storage-classes`,
  },
  {
    id: 'provisioner',
    name: 'Provisioner',
    category: 'storage',
    short: 'The storage driver that creates a PersistentVolume, and the storage behind it, when a claim asks for one.',
    long:
      'A provisioner watches for PersistentVolumeClaims of its StorageClass and creates matching storage (a cloud ' +
      'disk, a directory on a node, a network share) together with the PersistentVolume that represents it. ' +
      'Most are CSI (Container Storage Interface) drivers installed in the cluster, named like ' +
      '`ebs.csi.aws.com`; practice clusters ship a simple local-path one. Without a provisioner, claims wait until ' +
      'someone creates a PersistentVolume by hand.',
    aka: ['CSI driver', 'dynamic provisioner'],
    teachesAt: `${storage}#storage-classes`,
  },

  // Tooling: how people and scripts talk to the cluster and package applications.
  {
    id: 'kubectl',
    name: 'kubectl',
    category: 'tooling',
    short: 'The command-line client that sends requests to the cluster\'s API server.',
    long:
      'kubectl reads, creates, changes and deletes objects through kube-apiserver: `kubectl apply -f` for ' +
      'manifests, `kubectl get` and `kubectl describe` to inspect, `kubectl logs` and `kubectl exec` to look ' +
      'inside Pods. It finds the cluster and your credentials in a kubeconfig file (`~/.kube/config` by default). ' +
      'It includes Kustomize (`kubectl apply -k`). It should be within one minor version of the cluster.',
    aka: ['kube control', 'kube cuttle'],
    teachesAt: `${terminology}#talking-to-the-cluster`,
  },
  {
    id: 'kustomize',
    name: 'Kustomize',
    category: 'tooling',
    short: 'A tool, built into kubectl, that produces variants of plain manifests by layering patches over a base.',
    long:
      'Kustomize works on ordinary YAML without templates: a `kustomization.yaml` lists base resources, and ' +
      'overlays (one per environment) add patches, name prefixes, labels, images or generated ConfigMaps and ' +
      'Secrets. `kubectl kustomize DIR` prints the result and `kubectl apply -k DIR` applies it. The base stays ' +
      'valid Kubernetes on its own, which keeps changes easy to review.',
    teachesAt: `${packaging}#kustomize`,
  },
  {
    id: 'helm',
    name: 'Helm',
    category: 'tooling',
    short: 'A package manager for Kubernetes that installs, upgrades and rolls back applications packaged as charts.',
    long:
      'Helm renders a chart\'s templates with values you supply and applies the result to the cluster as a ' +
      'release, a named, versioned installation that it can upgrade or roll back as a unit. Charts are shared ' +
      'through repositories and OCI registries. Since Helm 3 it needs no component inside the cluster; it uses ' +
      'your kubeconfig credentials like kubectl.',
    teachesAt: `${packaging}#helm`,
  },
  {
    id: 'helm-chart',
    name: 'Helm chart',
    category: 'tooling',
    short: 'A versioned package of templated manifests with default values, installed with Helm.',
    long:
      'A chart is a directory (or archive) with `Chart.yaml` (name, version, dependencies), `values.yaml` ' +
      '(defaults users can override) and `templates/` (manifests written in Go templates). Installing it with ' +
      'different values gives different environments from one package. Templates are flexible but harder to ' +
      'read than plain YAML, so good charts keep their values few and documented.',
    aka: ['chart'],
    teachesAt: `${packaging}#helm`,
  },
  {
    id: 'custom-resource',
    name: 'Custom resource',
    category: 'configuration',
    short: 'A kind of object added to the Kubernetes API by a CustomResourceDefinition rather than built in.',
    long:
      'A CustomResourceDefinition (apiextensions.k8s.io/v1) teaches the API server a new kind, with its own ' +
      'schema, and objects of that kind are custom resources: kubectl, RBAC and watches work with them as with ' +
      'built-in kinds. On their own they are only stored data; a controller gives them behaviour. The Gateway ' +
      'API and most operators are delivered this way.',
    aka: ['CRD', 'CustomResourceDefinition'],
    teachesAt: `${storage}#operators`,
  },
  {
    id: 'operator',
    name: 'Operator',
    category: 'tooling',
    short: 'A controller plus custom resources that automate running a specific application, such as a database.',
    long:
      'An operator packages the know-how of a human operator into software: you create a custom resource such ' +
      'as `MySQLCluster`, and its controller creates the StatefulSets, Services and Secrets, and handles backups, ' +
      'upgrades and failover for that application. It is the controller pattern applied to one product. Mature ' +
      'operators save a lot of work; each also adds a component to trust and keep up to date.',
    teachesAt: `${storage}#operators`,
  },
  {
    id: 'docker-compose',
    name: 'Docker Compose',
    category: 'tooling',
    short: 'A tool that runs a multi-container application on one machine from a single YAML file.',
    long:
      'Docker Compose reads a `compose.yaml` (formerly `docker-compose.yml`) listing services, each with an ' +
      'image, environment, ports and volumes, and starts them together on one Docker host with a shared network ' +
      'where service names resolve. It is how SEEK is commonly run. It has no scheduler across machines and no ' +
      'controllers that replace failed containers elsewhere, which is where Kubernetes takes over.',
    aka: ['Compose', 'docker compose'],
    teachesAt: '/docs/showcase/docker-compose#compose-file',
  },
];

/** Concepts by id. */
export const conceptById: ReadonlyMap<string, Concept> = new Map(concepts.map((c) => [c.id, c]));
