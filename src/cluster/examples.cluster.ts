/**
 * Every example of the site through the pinned API server: each YAML block of docs/ and blog/ and
 * each file under static/examples/, set by set, with `kubectl apply --dry-run=server
 * --validate=strict`. A rejection fails at the file, line and column of the field the server names.
 * The same verdicts, with those of the validator's rule, seed and valid fixtures, give the
 * validator-against-server table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { blocksOfPaths, manifestSets, validateBlocks } from '../manifests';
import { RULES } from '../manifests/rules/catalog';
import type { Finding, SourceBlock } from '../manifests/types';
import { agreement, formatAgreement, type Agreement } from './agreement';
import { kubectlFor } from './control-plane';
import { dryRunSets, formatVerdicts, type Submission, type Verdict } from './dry-run';
import { CONTENT_DIRS, PROJECT_ROOT } from '../util/project';

const plane = kubectlFor(inject('kubeconfig'));
const fixtures = path.join(PROJECT_ROOT, 'src/manifests/__fixtures__');
const FIXTURES = 'src/manifests/__fixtures__/';

/** Blocks grouped as their checks read them: the site as a whole, each fixture file alone. */
function groups(): SourceBlock[][] {
  const out = [blocksOfPaths([...CONTENT_DIRS], PROJECT_ROOT).blocks];
  for (const dir of ['rules', 'seeds', 'valid']) {
    for (const entry of fs.readdirSync(path.join(fixtures, dir)).sort()) {
      if (entry !== '__findings__') out.push(blocksOfPaths([path.join(fixtures, dir, entry)], PROJECT_ROOT).blocks);
    }
  }
  return out;
}

let all: Verdict[] = [];
let site: Verdict[] = [];
let notJudged: Submission[] = [];
let table: Agreement;

beforeAll(async () => {
  const findings: Finding[] = [];
  const sets: SourceBlock[][] = [];
  for (const blocks of groups()) {
    findings.push(...validateBlocks(blocks).all);
    sets.push(...manifestSets(blocks));
  }
  const workDir = fs.mkdtempSync(path.join(inject('clusterDir'), 'examples-'));
  const result = await dryRunSets(plane, sets, { workDir, namespacePrefix: 'example', concurrency: 4 });
  all = result.verdicts;
  notJudged = result.notJudged;
  site = all.filter((v) => !v.submission.block.file.startsWith(FIXTURES));
  const rejected = site.filter((v) => v.rejected).length;
  console.log(`[examples] server dry-run of the site: ${site.length} objects, ${site.length - rejected} accepted, ${rejected} rejected (all broken on purpose unless a test below fails)`);
  for (const s of notJudged) console.log(`[examples] NOT JUDGED by the server (its group is not served): ${s.block.file}:${s.at.line} ${s.label}`);
  table = agreement(all, findings);
  console.log(`[agreement] the validator against kube-apiserver on ${all.length} objects (site and fixtures)\n${formatAgreement(table)}`);
});

const expected = (v: Verdict): string[] => (v.submission.block.meta['expect'] ?? '').split(/[\s,]+/).filter(Boolean);
const serverRule = (id: string): boolean => RULES.find((r) => r.id === id)?.enforcedBy !== 'validator';

describe('server dry-run of every example', () => {
  it('sends every object of the site, except component configuration files the page says are not objects', () => {
    expect(site.length).toBeGreaterThan(150);
    // The API server's own configuration file (configuration.mdx): not an object, not served.
    expect(notJudged.filter((s) => !s.block.file.startsWith(FIXTURES)).map((s) => `${s.block.file} ${s.label}`)).toEqual(['docs/concepts/configuration.mdx EncryptionConfiguration/?']);
  });

  it('the API server accepts every example that is not broken on purpose', () => {
    expect(formatVerdicts(site.filter((v) => expected(v).length === 0))).toEqual([]);
  });

  it('rejects each block broken on purpose with a rule the server enforces', () => {
    const missed = site.filter((v) => expected(v).some(serverRule) && !v.rejected);
    expect(missed.map((v) => `${v.submission.block.file}:${v.submission.at.line} ${v.submission.label} expect="${expected(v).join(' ')}": the server accepted it`)).toEqual([]);
  });

  it('accepts each block broken on purpose with a lint rule only (those are warnings)', () => {
    const lint = site.filter((v) => expected(v).length > 0 && !expected(v).some(serverRule));
    expect(formatVerdicts(lint.filter((v) => v.rejected))).toEqual([]);
  });
});

describe('the validator against the pinned API server', () => {
  it('judges the rule, seed and valid fixtures too', () => {
    expect(all.length - site.length).toBeGreaterThan(40);
    expect(table.bothAccept).toBeGreaterThan(100);
  });

  it('every object the server rejects, the validator rejects too (no "server only" case)', () => {
    expect(table.serverOnly.map((s) => `${s.where}: ${s.message}`)).toEqual([]);
  });

  it('every error of the validator is a rejection of the server (no "ours only" case: those are warnings)', () => {
    expect(table.oursOnlyCases.map((c) => `${c.where}: ${c.rule}`)).toEqual([]);
  });

  it('each rule fixture gets the verdict its rule promises: good ones accepted, bad ones of server-side rules rejected', () => {
    const byFile = new Map<string, Verdict[]>();
    for (const v of all) {
      const file = v.submission.block.file;
      if (file.startsWith(`${FIXTURES}rules/`)) byFile.set(file, [...(byFile.get(file) ?? []), v]);
    }
    const wrong: string[] = [];
    for (const [file, verdicts] of byFile) {
      const name = path.basename(file);
      const rule = RULES.find((r) => name.startsWith(`${r.id}.`));
      if (!rule) continue;
      // A good fixture may show a block broken on purpose (expect-not-met's does): that one may fail.
      const refused = verdicts.filter((v) => v.rejected && expected(v).length === 0);
      if (name.includes('.good.') && refused.length) wrong.push(`${file}: good, but the server rejected ${refused.map((v) => v.submission.label).join(', ')}`);
      if (name.includes('.bad.') && rule.enforcedBy !== 'validator' && !verdicts.some((v) => v.rejected)) wrong.push(`${file}: ${rule.id} is enforced by the ${rule.enforcedBy}, but it accepted every object`);
    }
    expect(byFile.size).toBeGreaterThan(40);
    expect(wrong).toEqual([]);
  });

  it('every rule the server enforces is one it enforced here, and none it never rejected', () => {
    // A rule marked api-server or kubectl whose every case the server accepted is mislabelled.
    const serverSide = new Set(RULES.filter((r) => r.enforcedBy !== 'validator').map((r) => r.id));
    const mislabelled = table.rows.filter((r) => serverSide.has(r.rule) && r.agree === 0 && r.oursOnly > 0).map((r) => r.rule);
    expect(mislabelled).toEqual([]);
  });
});
