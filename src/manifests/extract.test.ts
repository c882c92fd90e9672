import { describe, expect, it } from 'vitest';
import { extractMarkdownBlocks, parseFenceMeta, yamlFileBlock } from './extract';
import { validateMarkdownText } from './validate';

describe('parseFenceMeta', () => {
  it('reads quoted, single-quoted and bare attributes', () => {
    expect(parseFenceMeta(`title="seek service.yaml" set='seek' expect=unknown-field showLineNumbers`)).toEqual({
      title: 'seek service.yaml',
      set: 'seek',
      expect: 'unknown-field',
      showLineNumbers: 'true',
    });
  });
});

describe('extractMarkdownBlocks', () => {
  const page = [
    '---', // 1
    'title: x', // 2
    '---', // 3
    '', // 4
    '<Tabs>', // 5
    '  <TabItem value="a">', // 6
    '    ```yaml title="a.yaml" set="s"', // 7
    '    apiVersion: v1', // 8
    '    kind: ConfigMap', // 9
    '    ```', // 10
    '  </TabItem>', // 11
    '</Tabs>', // 12
    '', // 13
    '````md', // 14
    '```yaml', // 15
    'not: extracted', // 16
    '```', // 17
    '````', // 18
    '~~~sh', // 19
    'kubectl get pods', // 20
    '~~~', // 21
    '```text', // 22
    'kubect1 ignored in text blocks', // 23
    '```', // 24
  ].join('\n');

  it('finds yaml blocks inside MDX components with their fence indentation removed', () => {
    const blocks = extractMarkdownBlocks(page, 'p.mdx');
    expect(blocks.map((b) => [b.language, b.fenceLine, b.startLine, b.endLine])).toEqual([
      ['yaml', 7, 8, 10],
      ['shell', 19, 20, 21],
    ]);
    expect(blocks[0]!.text).toBe('apiVersion: v1\nkind: ConfigMap');
    expect(blocks[0]!.indents).toEqual([4, 4]);
    expect(blocks[0]!.meta).toEqual({ title: 'a.yaml', set: 's' });
  });

  it('reports at the line and column of the Markdown file', () => {
    const text = ['# Page', '', '<Tabs>', '  <TabItem value="a">', '    ```yaml', '    apiVersion: v1', '    kind: Service', '    metadata:', '      name: web', '    spec:', '      ports:', '        - port: 80', '          target port: 8080', '    ```', '  </TabItem>', '</Tabs>'].join('\n');
    const [finding] = validateMarkdownText(text, { file: 'page.mdx' }).findings;
    expect(finding).toMatchObject({ file: 'page.mdx', line: 13, column: 11, rule: 'unknown-field' });
  });

  it('reads # validate: attributes of a YAML file', () => {
    expect(yamlFileBlock('# validate: external="ConfigMap/solr-conf"\napiVersion: v1\n', 'f.yaml').meta).toEqual({ external: 'ConfigMap/solr-conf' });
  });
});

describe('Helm templates', () => {
  it('skips a yaml block with Go template actions, and checks the same block once rendered', () => {
    const template = '```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "seek.fullname" . }}\nspec:\n  replicas: {{ .Values.web.replicas }}\n```\n';
    expect(validateMarkdownText(template, { file: 't.md' })).toMatchObject({ findings: [], blocks: 0 });
    const rendered = '```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: seek\nspec:\n  replicas: 2\n```\n';
    expect(validateMarkdownText(rendered, { file: 't.md' }).findings.map((f) => f.rule)).toEqual(['missing-required-field', 'missing-required-field']);
  });
});
