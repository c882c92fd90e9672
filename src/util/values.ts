/** Plain-data helpers shared by the validator, the cluster tier and the tests. */

/** A key of a mapping or an index of a list: one step of a path into parsed YAML or JSON. */
export type PathKey = string | number;

/** A mapping (a plain object): not null, not a list. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value at `path` inside `root`: numbers index lists, other keys index mappings; undefined
 * as soon as a step does not fit (a key of a list, an index of a mapping, a missing key).
 */
export function valueAt(root: unknown, path: readonly PathKey[]): unknown {
  let current = root;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isRecord(current)) current = current[String(key)];
    else return undefined;
  }
  return current;
}
