/**
 * Turns a view of the model into the graph renderers draw: labels and texts get the model's
 * current names, so a rename in src/model/ reaches every output.
 */
import { nodeId, nodeOf } from '../model/check';
import type { Category, DiagramGraph, Model, View } from '../model/types';

interface Named {
  readonly name: string;
  readonly category: Category;
}

function index(model: Model): Map<string, Named> {
  return new Map<string, Named>([...model.concepts, ...model.externals].map((thing) => [thing.id, thing]));
}

/** Replaces `{concept-id}` with that concept's (or external's) name, and `{name}` with `ownName`. */
export function fillNames(model: Model, text: string, ownName?: string): string {
  const things = index(model);
  return text.replace(/\{([a-z0-9-]+)\}/g, (whole, id: string) => {
    if (id === 'name' && ownName !== undefined) return ownName;
    const thing = things.get(id);
    if (thing === undefined) throw new Error(`"${whole}" names no concept or external`);
    return thing.name;
  });
}

/** Ids of every view, in model order. */
export function viewIds(model: Model): string[] {
  return model.views.map((view) => view.id);
}

export function findView(model: Model, id: string): View | undefined {
  return model.views.find((view) => view.id === id);
}

/** Resolves a view by id; an unknown id throws with the list of known ones. */
export function resolveView(model: Model, id: string): DiagramGraph {
  const view = findView(model, id);
  if (view === undefined) {
    throw new Error(`Unknown diagram view "${id}". Known views: ${viewIds(model).join(', ')}`);
  }
  const things = index(model);
  const thing = (ref: string): Named => {
    const found = things.get(ref);
    if (found === undefined) throw new Error(`view "${id}" draws unknown "${ref}"`);
    return found;
  };
  return {
    id: view.id,
    title: fillNames(model, view.title),
    direction: view.direction,
    nodes: view.nodes.map((node) => {
      const drawn = thing(nodeOf(node));
      const label = typeof node === 'string' || node.label === undefined ? drawn.name : fillNames(model, node.label, drawn.name);
      return { id: nodeId(node), label, category: drawn.category };
    }),
    edges: view.edges.map((edge) => ({ ...edge })),
    groups: (view.groups ?? []).map((group) => {
      const ownName = group.of === undefined ? undefined : thing(group.of).name;
      const label = fillNames(model, group.label ?? '{name}', ownName);
      return { id: group.id, label, members: [...group.members] };
    }),
    caption: fillNames(model, view.caption),
    description: fillNames(model, view.description),
  };
}
