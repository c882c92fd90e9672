/**
 * Every example of the site through the pinned API server: each YAML block of docs/ and blog/ and
 * each file under static/examples/, set by set, with `kubectl apply --dry-run=server
 * --validate=strict`. A rejection fails at the file, line and column of the field the server names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { blocksOfPaths, manifestSets } from '../manifests';
import { RULES } from '../manifests/rules/catalog';
import { kubectlFor } from './control-plane';
import { dryRunSets, formatVerdicts, type Submission, type Verdict } from './dry-run';
import { PROJECT_ROOT } from './tools';

const plane = kubectlFor(inject('kubeconfig'));
const { blocks } = blocksOfPaths(['docs', 'blog', 'static/examples'], PROJECT_ROOT);
const sets = manifestSets(blocks);
let verdicts: Verdict[] = [];
let notJudged: Submission[] = [];

beforeAll(async () => {
  const workDir = fs.mkdtempSync(path.join(inject('clusterDir'), 'examples-'));
  const result = await dryRunSets(plane, sets, { workDir, namespacePrefix: 'example' });
  verdicts = result.verdicts;
  notJudged = result.notJudged;
  const rejected = verdicts.filter((v) => v.rejected).length;
  console.log(`[examples] server dry-run of ${verdicts.length} objects in ${sets.length} sets: ${verdicts.length - rejected} accepted, ${rejected} rejected`);
  for (const s of notJudged) console.log(`[examples] NOT JUDGED by the server (its group is not served): ${s.block.file}:${s.at.line} ${s.label}`);
});

const expected = (v: Verdict): string[] => (v.submission.block.meta['expect'] ?? '').split(/[\s,]+/).filter(Boolean);
const serverRule = (id: string): boolean => RULES.find((r) => r.id === id)?.enforcedBy !== 'validator';

describe('server dry-run of every example', () => {
  it('sends every object of the site, except component configuration files the page says are not objects', () => {
    expect(verdicts.length).toBeGreaterThan(150);
    // The API server's own configuration file (configuration.mdx): not an object, not served.
    expect(notJudged.map((s) => `${s.block.file} ${s.label}`)).toEqual(['docs/concepts/configuration.mdx EncryptionConfiguration/?']);
  });

  it('the API server accepts every example that is not broken on purpose', () => {
    expect(formatVerdicts(verdicts.filter((v) => expected(v).length === 0))).toEqual([]);
  });

  it('rejects each block broken on purpose with a rule the server enforces', () => {
    const missed = verdicts.filter((v) => expected(v).some(serverRule) && !v.rejected);
    expect(missed.map((v) => `${v.submission.block.file}:${v.submission.at.line} ${v.submission.label} expect="${expected(v).join(' ')}": the server accepted it`)).toEqual([]);
  });

  it('accepts each block broken on purpose with a lint rule only (those are warnings)', () => {
    const lint = verdicts.filter((v) => expected(v).length > 0 && !expected(v).some(serverRule));
    expect(formatVerdicts(lint.filter((v) => v.rejected))).toEqual([]);
  });
});
