/**
 * How server verdicts are read and located, on what the pinned kubectl really printed:
 * __fixtures__/kubectl-apply/ holds seven objects and the stderr of
 * `kubectl apply --dry-run=server --validate=strict -f FOLDER` against kube-apiserver v1.37.2.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { yamlFileBlock } from '../manifests/extract';
import { attribute, errorEntries, fieldPathOf, parseFieldPath, submissionsOf } from './dry-run';

const fixture = path.join(__dirname, '__fixtures__/kubectl-apply');
const stderr = fs.readFileSync(path.join(fixture, 'stderr.txt'), 'utf8');
const files = fs.readdirSync(fixture).filter((f) => f.endsWith('.yaml')).sort().map((f) => `FOLDER/${f}`);

describe('kubectl apply stderr', () => {
  const { byFile, orphans } = attribute(errorEntries(stderr), files, []);

  it('gives every file its own errors, also those kubectl lists in brackets before sending', () => {
    expect(orphans).toEqual([]);
    expect(byFile.map((e) => e.length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(byFile[4]![0]!.message).toMatch(/^error parsing FOLDER\/004.yaml: .*yaml: line 7: did not find expected key$/);
    expect(byFile[5]![0]!.message).toContain('no matches for kind "PersistentVolume" in version "c1"');
    expect(byFile[5]![0]!.message).toContain('ensure CRDs are installed first');
    expect(byFile[1]![0]!.message).toContain('resource name may not be empty');
  });

  it('keeps the server\'s list of causes whole', () => {
    expect(byFile[0]![0]!.message).toMatch(/is invalid: \[spec.selector: Required value, .*`labels`\]$/);
  });

  it('reads the object of an "is invalid" line that names no file', () => {
    const entries = errorEntries('The HorizontalPodAutoscaler "web" is invalid: spec.scaleTargetRef.apiVersion: Invalid value: "v1": apiVersion must specify API group\n');
    expect(entries[0]!.object).toEqual({ kind: 'HorizontalPodAutoscaler', name: 'web' });
    expect(attribute(entries, ['a/000.yaml', 'a/001.yaml'], ['Deployment/web', 'HorizontalPodAutoscaler/web']).byFile[1]).toHaveLength(1);
  });
});

describe('field paths in server messages', () => {
  it('parse indices and map keys', () => {
    expect(parseFieldPath('spec.template.spec.containers[0].ports[1].name')).toEqual(['spec', 'template', 'spec', 'containers', 0, 'ports', 1, 'name']);
    expect(parseFieldPath('metadata.labels[app.kubernetes.io/name]')).toEqual(['metadata', 'labels', 'app.kubernetes.io/name']);
    expect(parseFieldPath('data[bad key]')).toEqual(['data', 'bad key']);
  });

  it('are found in strict decoding errors and in validation errors', () => {
    expect(fieldPathOf('strict decoding error: unknown field "spec.ports[0].target port"')).toEqual(['spec', 'ports', 0, 'target port']);
    const files = ['FOLDER/003.yaml', 'FOLDER/006.yaml'];
    const messages = attribute(errorEntries(stderr), files, []).byFile.map((e) => e[0]!.message);
    expect(fieldPathOf(messages[0]!)).toEqual(['spec', 'scaleTargetRef', 'apiVersion']);
    expect(fieldPathOf(messages[1]!)).toEqual(['spec', 'template', 'spec', 'containers', 0, 'ports', 0, 'name']);
    expect(fieldPathOf('error parsing x: yaml: line 7: did not find expected key')).toBeUndefined();
  });
});

describe('what is sent', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n# the second\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n';

  it('one file per object, with the block\'s line numbers (the other documents blanked)', () => {
    const items = submissionsOf([{ ...yamlFileBlock(text, 'two.yaml'), startLine: 10 }]);
    expect(items.map((i) => i.submission.label)).toEqual(['ConfigMap/a', 'ConfigMap/b']);
    expect(items[1]!.text.split('\n').slice(0, 7)).toEqual(['', '', '', '', '', '', 'apiVersion: v1']);
    expect(items[0]!.submission.lines).toEqual({ first: 10, last: 13 });
    expect(items[1]!.submission.at).toEqual({ line: 17, column: 1 });
  });

  it('leaves out what the server does not serve, and kubeconfigs', () => {
    const config = 'apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources: []\n---\napiVersion: v1\nkind: Config\nclusters: []\n';
    const items = submissionsOf([yamlFileBlock(config, 'c.yaml')], new Set(['', 'apps']));
    expect(items).toHaveLength(0);
    expect(items.notJudged?.map((s) => s.label)).toEqual(['EncryptionConfiguration/?']);
  });
});
