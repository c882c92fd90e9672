/**
 * The object model of the site: Kubernetes concepts, the relations between them, and the views
 * that every architecture diagram and the glossary are generated from.
 * @module model
 */
export type {
  Category,
  Concept,
  DiagramEdge,
  DiagramGraph,
  DiagramNode,
  Direction,
  External,
  Group,
  Model,
  Relation,
  Verb,
  View,
  ViewEdge,
  ViewGroup,
  ViewNode,
} from './types';
export { concepts, conceptById } from './concepts';
export { externals } from './externals';
export { relations } from './relations';
export { views } from './views';
export { model } from './model';
export { checkModel, REQUIRED_VIEW_IDS } from './check';
export { CATEGORY_LABELS, CATEGORY_ORDER, VERB_LABELS } from './labels';
