/**
 * The validator against the API server, on every rule fixture, seed fixture, valid fixture and
 * page block: the agreement table (printed), and what it may not contain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { blocksOfPaths, manifestSets, validateBlocks } from '../manifests';
import type { Finding, SourceBlock } from '../manifests/types';
import { agreement, formatAgreement, type Agreement } from './agreement';
import { kubectlFor } from './control-plane';
import { dryRunSets, type Verdict } from './dry-run';
import { PROJECT_ROOT } from './tools';

const plane = kubectlFor(inject('kubeconfig'));
const fixtures = path.join(PROJECT_ROOT, 'src/manifests/__fixtures__');

/** Groups as the validator's own tests read them: each fixture file alone, the site as a whole. */
function groups(): SourceBlock[][] {
  const out: SourceBlock[][] = [];
  for (const dir of ['rules', 'seeds', 'valid']) {
    for (const entry of fs.readdirSync(path.join(fixtures, dir)).sort()) {
      out.push(blocksOfPaths([path.join(fixtures, dir, entry)], PROJECT_ROOT).blocks);
    }
  }
  out.push(blocksOfPaths(['docs', 'blog', 'static/examples'], PROJECT_ROOT).blocks);
  return out;
}

let table: Agreement;
let verdicts: Verdict[] = [];

beforeAll(async () => {
  const workDir = fs.mkdtempSync(path.join(inject('clusterDir'), 'agreement-'));
  const findings: Finding[] = [];
  const sets: SourceBlock[][] = [];
  for (const blocks of groups()) {
    findings.push(...validateBlocks(blocks).all);
    sets.push(...manifestSets(blocks));
  }
  ({ verdicts } = await dryRunSets(plane, sets, { workDir, namespacePrefix: 'agree' }));
  table = agreement(verdicts, findings);
  console.log(`[agreement] validator vs kube-apiserver on ${verdicts.length} objects\n${formatAgreement(table)}`);
});

describe('the validator against the pinned API server', () => {
  it('judges the rule, seed and valid fixtures and every page block', () => {
    expect(verdicts.filter((v) => v.submission.block.file.startsWith('src/manifests/__fixtures__/')).length).toBeGreaterThan(40);
    expect(table.bothAccept).toBeGreaterThan(100);
  });

  it('every object the server rejects, the validator rejects too (no "server only" case)', () => {
    expect(table.serverOnly.map((s) => `${s.where}: ${s.message}`)).toEqual([]);
  });
});
