/**
 * Types of the object model. The model is data: concepts, the relations between them, and views
 * that pick some of both for one diagram. Renderers never see a view directly; they draw a
 * {@link DiagramGraph}, which a view resolves to (and which a set of manifests can also produce).
 */

/** What area of Kubernetes a concept belongs to; drives colour and grouping in diagrams. */
export type Category =
  | 'infrastructure'
  | 'control-plane'
  | 'workload'
  | 'networking'
  | 'configuration'
  | 'storage'
  | 'tooling'
  | 'actor'
  | 'application';

/**
 * The verbs a relation may use. Each has one meaning, so an arrow never mixes two ideas:
 * - manages: a controller creates, replaces and deletes the target
 * - runs-on: the source is placed on and executed by the target
 * - selects: the source finds targets by their labels
 * - routes-to: the source forwards network traffic to the target
 * - mounts: a Pod or container mounts the target as a volume
 * - claims: a PersistentVolumeClaim is bound to a PersistentVolume
 * - provisions: the source creates the target on demand
 * - configures: the source supplies configuration values to the target
 * - stores-state-in: the source persists its state in the target
 * - talks-to: the source calls the target's API
 */
export type Verb =
  | 'manages'
  | 'runs-on'
  | 'selects'
  | 'routes-to'
  | 'mounts'
  | 'claims'
  | 'provisions'
  | 'configures'
  | 'stores-state-in'
  | 'talks-to';

export interface Concept {
  /** Stable id, kebab-case (`persistent-volume-claim`). Chapters and tooltips refer to it. */
  readonly id: string;
  /** How the concept is written in prose and diagrams (`PersistentVolumeClaim`). */
  readonly name: string;
  readonly category: Category;
  /** One sentence, for tooltips. */
  readonly short: string;
  /** A paragraph, for the glossary. */
  readonly long: string;
  /** Other names and abbreviations (`PVC`). */
  readonly aka?: readonly string[];
  /** Site path of the section that teaches it, with anchor (`/docs/concepts/storage#claims`). */
  readonly teachesAt?: string;
}

export interface Relation {
  readonly from: string;
  readonly verb: Verb;
  readonly to: string;
  /** Optional edge label when the verb alone is not enough (`port 80`). */
  readonly note?: string;
}

export type Direction = 'TB' | 'LR';

/** A box drawn around some nodes (a node, the control plane, a namespace). */
export interface Group {
  readonly id: string;
  readonly label: string;
  /** Nodes and groups inside this group, by id. */
  readonly members: readonly string[];
}

/**
 * Something drawn in diagrams that is not a Kubernetes concept: a person, a browser, a cloud API,
 * one of SEEK's programs. Externals never appear in the glossary and cannot be marked as terms.
 */
export interface External {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** One sentence; read out in diagram descriptions. */
  readonly short: string;
}

/**
 * A node of a view. A plain id draws that concept (or external) once, under its own name. The
 * object form draws one instance of it: `{ id: 'pod-1', of: 'pod', label: '{name} 1' }` draws
 * "Pod 1", and still says "PersistentVolumeClaim" after a rename because `{name}` is filled in
 * from the model.
 */
export type ViewNode = string | { readonly id: string; readonly of: string; readonly label?: string };

/** An edge of a view between two of its nodes; it must be an instance of a model relation. */
export interface ViewEdge {
  readonly from: string;
  readonly verb: Verb;
  readonly to: string;
  readonly note?: string;
}

/** A box of a view. `of` names the concept the box stands for, so its label follows renames. */
export interface ViewGroup {
  readonly id: string;
  /** Concept or external drawn as this box; its name replaces `{name}` in `label`. */
  readonly of?: string;
  /** Defaults to `{name}` when `of` is set. */
  readonly label?: string;
  /** View node ids and group ids inside this box. */
  readonly members: readonly string[];
}

export interface View {
  readonly id: string;
  readonly title: string;
  /** What is drawn, in order. */
  readonly nodes: readonly ViewNode[];
  /** Arrows, each an instance of one of the model's relations. */
  readonly edges: readonly ViewEdge[];
  readonly groups?: readonly ViewGroup[];
  readonly direction: Direction;
  /** Shown under the diagram. */
  readonly caption: string;
  /** Read by screen readers; says what the diagram shows in full sentences. */
  readonly description: string;
}

/** The whole model: everything diagrams and the glossary are made from. */
export interface Model {
  readonly concepts: readonly Concept[];
  readonly externals: readonly External[];
  readonly relations: readonly Relation[];
  readonly views: readonly View[];
}

/** What renderers draw. Node ids are unique within one graph. */
export interface DiagramNode {
  readonly id: string;
  readonly label: string;
  readonly category: Category;
}

export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly verb: Verb;
  readonly note?: string;
}

export interface DiagramGraph {
  readonly id: string;
  readonly title: string;
  readonly direction: Direction;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly groups: readonly Group[];
  readonly caption: string;
  readonly description: string;
}
