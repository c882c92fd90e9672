/**
 * Facts about the site itself, shared by the Docusaurus config, the home page and the scripts.
 * Change the repository here and every edit link follows.
 */

/**
 * Every pinned version, in one place. `npm run tools` builds these tools from their Go modules
 * (tools/<name>/go.mod is generated from this list), and the cluster tier judges the examples
 * with them. Changing a pin is one edit here, then `npm run tools`.
 */
export interface Versions {
  readonly kubernetes: string;
  readonly etcd: string;
  readonly helm: string;
  readonly helm3: string;
  readonly kwok: string;
  readonly gatewayApi: string;
}

export const versions: Versions = {
  /** Kubernetes release: kube-apiserver, kubectl, kube-controller-manager, kube-scheduler. */
  kubernetes: '1.37.2',
  /** etcd, the minor kubeadm pairs with the Kubernetes pin (its DefaultEtcdVersion). */
  etcd: '3.7.3',
  /** Helm 4, the current major: what a reader installs today. */
  helm: '4.3.1',
  /** Helm 3, still in use on many machines: the chart must work with both. */
  helm3: '3.22.0',
  /** kwok: fake nodes, so Pods get scheduled and run without a kubelet. */
  kwok: '0.8.0',
  /** Gateway API, standard channel CRDs (its module declares go 1.27: fetched with that toolchain). */
  gatewayApi: '1.7.0',
};

/** "1.37" from "1.37.2". */
function minorOf(version: string): string {
  return version.split('.').slice(0, 2).join('.');
}

export const site = {
  title: 'Kubernetes from the ground up',
  tagline:
    'A structured introduction to Kubernetes, with FAIRDOM SEEK taken from one container to a Helm chart.',
  url: 'https://k8s-intro.example.org',
  baseUrl: '/',
  repositoryUrl: 'https://github.com/k8s-intro/kubernetes-introduction',
  /** The Kubernetes minor version the book teaches and every manifest is checked against. */
  kubernetesVersion: minorOf(versions.kubernetes),
} as const;

/** Link to edit a file of the repository on its default branch. */
export const editUrlBase = `${site.repositoryUrl}/edit/main/`;
