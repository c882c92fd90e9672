/** Small builders for the MDX nodes our plugins insert (JSX elements, imports). */
import type { RootContent } from 'mdast';
import type { VFile } from 'vfile';

export type JsxAttributes = Record<string, string | undefined>;

function attributes(values: JsxAttributes) {
  return Object.entries(values)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value }));
}

export function jsxFlow(name: string, values: JsxAttributes, position?: unknown): RootContent {
  return { type: 'mdxJsxFlowElement', name, attributes: attributes(values), children: [], position } as unknown as RootContent;
}

export function jsxText(name: string, values: JsxAttributes, children: unknown[], position?: unknown): RootContent {
  return { type: 'mdxJsxTextElement', name, attributes: attributes(values), children, position } as unknown as RootContent;
}

/** `import Name from 'source';` as an MDX ESM node, with the estree MDX compiles from. */
export function importNode(name: string, source: string): RootContent {
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from '${source}';`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          {
            type: 'ImportDeclaration',
            specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
            source: { type: 'Literal', value: source, raw: JSON.stringify(source) },
          },
        ],
      },
    },
  } as unknown as RootContent;
}

/** `path:line:column` of a node, for build errors that point at the author's text. */
export function where(file: VFile, node: { position?: { start?: { line?: number; column?: number } } }): string {
  const start = node.position?.start;
  return `${file.path ?? '<input>'}:${start?.line ?? 0}:${start?.column ?? 0}`;
}
