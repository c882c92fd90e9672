/**
 * Every kustomization under static/examples: the files it names exist and validate. Their rendered
 * output is checked with the pinned kubectl in the cluster tier (src/cluster/kustomize.cluster.ts).
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateYamlText } from '../manifests';
import { relativePosix } from '../util/files';
import { EXAMPLES_DIR } from '../util/project';
import { findKustomizations, referencedFiles } from './kustomize';

const kustomizations = findKustomizations(EXAMPLES_DIR);
const rel = (p: string): string => relativePosix(EXAMPLES_DIR, p);

describe('kustomizations under static/examples', () => {
  it('include the SEEK base and its two overlays', () => {
    expect(kustomizations.map(rel)).toEqual(
      expect.arrayContaining(['seek/10-kustomize/base', 'seek/10-kustomize/overlays/local', 'seek/10-kustomize/overlays/production']),
    );
  });

  describe.each(kustomizations.map((dir) => [rel(dir), dir]))('%s', (_name, dir) => {
    const refs = referencedFiles(dir);

    it('names only files and folders that exist', () => {
      expect(refs.filter((r) => !r.exists).map((r) => `${r.role} ${r.entry}`)).toEqual([]);
    });

    it('names resources and patches that validate (patches as partial objects)', () => {
      const findings = refs
        .filter((r) => r.exists && !r.isDirectory && (r.role === 'resource' || r.role === 'patch'))
        .flatMap((r) => validateYamlText(fs.readFileSync(r.path, 'utf8'), { file: rel(r.path), partial: r.role === 'patch' }).findings);
      expect(findings).toEqual([]);
    });

    it('uses only folders with a kustomization as folder resources', () => {
      const folders = refs.filter((r) => r.isDirectory).map((r) => r.path);
      expect(folders.filter((f) => !kustomizations.includes(f))).toEqual([]);
    });
  });
});
