/**
 * Consistency checks of the model, run by its tests: a view may only draw what the model knows.
 * Returns problems as sentences, empty when the model is sound.
 */
import type { Model, ViewNode } from './types';

/** View ids the chapters rely on; each must exist. */
export const REQUIRED_VIEW_IDS = [
  'concept-map',
  'cluster-architecture',
  'reconcile-loop',
  'workload-nesting',
  'workload-controllers',
  'storage',
  'dynamic-provisioning',
  'configuration',
  'networking',
  'namespaces',
  'compose-to-kubernetes',
  'seek-on-kubernetes',
] as const;

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PLACEHOLDER = /\{([a-z0-9-]+)\}/g;

export function nodeId(node: ViewNode): string {
  return typeof node === 'string' ? node : node.id;
}

export function nodeOf(node: ViewNode): string {
  return typeof node === 'string' ? node : node.of;
}

export function checkModel(model: Model): string[] {
  const problems: string[] = [];
  const known = new Set<string>();
  for (const thing of [...model.concepts, ...model.externals]) {
    if (!KEBAB.test(thing.id)) problems.push(`id "${thing.id}" is not kebab-case`);
    if (known.has(thing.id)) problems.push(`id "${thing.id}" is defined twice`);
    known.add(thing.id);
    if (!thing.name.trim()) problems.push(`"${thing.id}" has no name`);
    if (!/[.!?]$/.test(thing.short.trim())) problems.push(`"${thing.id}": short definition must be a full sentence`);
  }
  for (const concept of model.concepts) {
    if (concept.long.length < 2 * concept.short.length) problems.push(`"${concept.id}": long definition is not longer than a sentence or two`);
    if (concept.teachesAt !== undefined && !/^\/docs\/[a-z0-9-]+\/[a-z0-9-]+(#[a-z0-9-]+)?$/.test(concept.teachesAt)) {
      problems.push(`"${concept.id}": teachesAt "${concept.teachesAt}" is not a /docs/<part>/<chapter>[#anchor] path`);
    }
  }

  const relationKeys = new Set<string>();
  for (const relation of model.relations) {
    const key = `${relation.from} ${relation.verb} ${relation.to}`;
    for (const end of [relation.from, relation.to]) {
      if (!known.has(end)) problems.push(`relation "${key}": "${end}" is no concept or external`);
    }
    if (relationKeys.has(key)) problems.push(`relation "${key}" is listed twice`);
    relationKeys.add(key);
  }

  const checkText = (where: string, text: string, allowName: boolean) => {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const id = match[1]!;
      if (id === 'name' && allowName) continue;
      if (!known.has(id)) problems.push(`${where}: placeholder {${id}} names no concept or external`);
    }
  };

  const viewIds = new Set<string>();
  for (const view of model.views) {
    const where = `view "${view.id}"`;
    if (!KEBAB.test(view.id)) problems.push(`${where}: id is not kebab-case`);
    if (viewIds.has(view.id)) problems.push(`${where} is defined twice`);
    viewIds.add(view.id);
    if (view.nodes.length === 0) problems.push(`${where} draws nothing`);
    for (const [field, text] of [['title', view.title], ['caption', view.caption], ['description', view.description]] as const) {
      if (!text.trim()) problems.push(`${where}: ${field} is empty`);
      checkText(`${where} ${field}`, text, false);
    }

    const nodeOfId = new Map<string, string>();
    for (const node of view.nodes) {
      const id = nodeId(node);
      if (nodeOfId.has(id)) problems.push(`${where}: node "${id}" appears twice`);
      nodeOfId.set(id, nodeOf(node));
      if (!known.has(nodeOf(node))) problems.push(`${where}: node "${id}" draws unknown "${nodeOf(node)}"`);
      if (typeof node !== 'string' && node.label !== undefined) checkText(`${where} node "${id}"`, node.label, true);
    }

    const groupIds = new Set<string>();
    for (const group of view.groups ?? []) {
      if (groupIds.has(group.id) || nodeOfId.has(group.id)) problems.push(`${where}: group id "${group.id}" is not unique`);
      groupIds.add(group.id);
      if (group.of !== undefined && !known.has(group.of)) problems.push(`${where}: group "${group.id}" stands for unknown "${group.of}"`);
      if (group.of === undefined && group.label === undefined) problems.push(`${where}: group "${group.id}" has no label`);
      if (group.label !== undefined) checkText(`${where} group "${group.id}"`, group.label, group.of !== undefined);
      if (group.members.length === 0) problems.push(`${where}: group "${group.id}" is empty`);
    }
    const parent = new Map<string, string>();
    for (const group of view.groups ?? []) {
      for (const member of group.members) {
        if (!nodeOfId.has(member) && !groupIds.has(member)) problems.push(`${where}: group "${group.id}" holds unknown "${member}"`);
        if (parent.has(member)) problems.push(`${where}: "${member}" is in two groups`);
        parent.set(member, group.id);
      }
    }
    for (const group of groupIds) {
      const seen = new Set<string>();
      for (let at: string | undefined = group; at !== undefined; at = parent.get(at)) {
        if (seen.has(at)) {
          problems.push(`${where}: group "${group}" contains itself`);
          break;
        }
        seen.add(at);
      }
    }

    const depth = (id: string): number => {
      let levels = 0;
      for (let at = parent.get(id); at !== undefined && levels <= groupIds.size; at = parent.get(at)) levels++;
      return levels;
    };
    for (const edge of view.edges) {
      // The SVG layout engine misroutes arrows into boxes nested two deep; keep arrows to depth 1.
      for (const end of [edge.from, edge.to]) {
        if (nodeOfId.has(end) && depth(end) > 1) problems.push(`${where}: arrow end "${end}" sits ${depth(end)} boxes deep; arrows may reach one box deep at most`);
      }
      const from = nodeOfId.get(edge.from);
      const to = nodeOfId.get(edge.to);
      if (from === undefined) problems.push(`${where}: edge starts at unknown node "${edge.from}"`);
      if (to === undefined) problems.push(`${where}: edge ends at unknown node "${edge.to}"`);
      if (from !== undefined && to !== undefined && !relationKeys.has(`${from} ${edge.verb} ${to}`)) {
        problems.push(`${where}: edge "${edge.from} ${edge.verb} ${edge.to}" is no model relation ("${from} ${edge.verb} ${to}")`);
      }
    }
  }
  for (const id of REQUIRED_VIEW_IDS) {
    if (!viewIds.has(id)) problems.push(`view "${id}" is missing`);
  }
  return problems;
}
