/**
 * Every chapter's commands, run top to bottom against the control plane of the cluster tier, as
 * a reader types them (src/transcripts): each command that needs only the API server succeeds, or
 * fails where the page says it fails (transcript="fails"). Pages run in reading order in one
 * cluster, each in a namespace of its own, so a step may build on the page before it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parts } from '../data/parts';
import { listChapterFiles } from '../frontmatter/chapter';
import { transcriptOf } from '../transcripts/transcript';
import { runTranscript, transcriptFailures, type TranscriptRun } from '../transcripts/run';
import { BIN_DIR, PROJECT_ROOT } from './tools';

const docsDir = path.join(PROJECT_ROOT, 'docs');
const order = (file: string): number => parts.findIndex((p) => file.startsWith(`${p.dir}/`));
const pages = listChapterFiles(docsDir)
  .filter((file) => order(file) >= 0)
  .sort((a, b) => order(a) - order(b) || position(a) - position(b) || a.localeCompare(b));

function position(file: string): number {
  return Number(/^sidebar_position:\s*(\d+)/m.exec(fs.readFileSync(path.join(docsDir, file), 'utf8'))?.[1] ?? 99);
}

const runs = new Map<string, TranscriptRun>();

describe('the transcript of every chapter', () => {
  for (const page of pages) {
    const file = `docs/${page}`;
    const steps = transcriptOf(fs.readFileSync(path.join(docsDir, page), 'utf8'), file);
    if (!steps.some((s) => s.kind === 'command')) continue;
    it(`${file} runs top to bottom`, { timeout: 600_000 }, async () => {
      const workDir = fs.mkdtempSync(path.join(inject('clusterDir'), `transcript-${path.basename(page, path.extname(page))}-`));
      const namespace = `page-${path.basename(page, path.extname(page))}`.slice(0, 63);
      const run = await runTranscript(steps, {
        workDir,
        kubeconfig: inject('kubeconfig'),
        namespace,
        toolsBin: BIN_DIR,
        copies: { static: path.join(PROJECT_ROOT, 'static') },
        prelude: [`kubectl create namespace ${namespace}`],
      });
      runs.set(file, run);
      const failures = transcriptFailures(run, file);
      if (failures.length) console.log(`[transcripts] ${file}: ${failures.length} failed (script: ${workDir}/transcript.sh)\n${failures.map((f) => `  ${f}`).join('\n')}`);
      expect(failures).toEqual([]);
    });
  }

  it('says what it ran and what it could not run here', () => {
    const reasons = new Map<string, number>();
    let ran = 0;
    for (const run of runs.values()) {
      ran += run.ran.length;
      for (const c of run.notRun) reasons.set(c.notRun!, (reasons.get(c.notRun!) ?? 0) + 1);
    }
    const lines = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `  ${String(n).padStart(4)}  ${reason}`);
    console.log(`[transcripts] ${runs.size} pages, ${ran} commands run against kube-apiserver; not run here (no kubelet behind the fake node):\n${lines.join('\n')}`);
    expect(ran).toBeGreaterThan(0);
  });
});
