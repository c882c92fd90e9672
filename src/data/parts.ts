/**
 * The parts of the book, in reading order. The sidebar and the home page are both built from
 * this list, so a part is added or renamed in one place. A part shows only once its folder under
 * docs/ holds at least one chapter: nothing unfinished is ever linked.
 */
export interface Part {
  /** Folder under docs/ and the category slug. */
  readonly dir: string;
  readonly title: string;
  /** One sentence for the home page and the category index page. */
  readonly summary: string;
}

export const parts: readonly Part[] = [
  {
    dir: 'start-here',
    title: 'Start here',
    summary: 'What Kubernetes is and is not, how this book is built, and a cluster to practise on.',
  },
  {
    dir: 'showcase',
    title: 'The showcase: SEEK',
    summary: 'FAIRDOM SEEK, its components and its Docker Compose setup: the application we move to Kubernetes.',
  },
  {
    dir: 'concepts',
    title: 'Kubernetes concepts',
    summary: 'From terminology and architecture to workloads, storage, configuration, networking and scheduling.',
  },
  {
    dir: 'seek-on-kubernetes',
    title: 'SEEK on Kubernetes',
    summary: 'SEEK step by step: one Pod, then storage, a database, search, workers, ingress and operations.',
  },
  {
    dir: 'packaging',
    title: 'Packaging',
    summary: 'One application, several environments: kustomize overlays and a Helm chart.',
  },
  {
    dir: 'reference',
    title: 'Reference',
    summary: 'The glossary, permanent links for courses, and the API of the build tools.',
  },
];
