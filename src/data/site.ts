/**
 * Facts about the site itself, shared by the Docusaurus config, the home page and the scripts.
 * Change the repository here and every edit link follows.
 */
export const site = {
  title: 'Kubernetes from the ground up',
  tagline:
    'A structured introduction to Kubernetes, with FAIRDOM SEEK taken from one container to a Helm chart.',
  url: 'https://k8s-intro.example.org',
  baseUrl: '/',
  repositoryUrl: 'https://github.com/k8s-intro/kubernetes-introduction',
  /** The Kubernetes minor version every manifest on the site is validated against. */
  kubernetesVersion: '1.33',
} as const;

/** Link to edit a file of the repository on its default branch. */
export const editUrlBase = `${site.repositoryUrl}/edit/main/`;
