/**
 * Every chapter's commands, run top to bottom against the control plane of the cluster tier, as
 * a reader types them (src/transcripts), on a control plane of their own: each command that needs only the API server succeeds, or
 * fails where the page says it fails (transcript="fails"), every ```text output``` block is
 * what its commands print, and every table of a ```text sample``` has the columns they print. Pages run in reading order in one cluster, each in a namespace of its
 * own, so a step may build on the page before it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bookSampleSummary } from '../transcripts/outputs';
import { runPage, transcriptPages, type PageRun } from '../transcripts/pages';
import { installGatewayApiCrds, startControlPlane, type ControlPlane } from './control-plane';
import { BIN_DIR } from './tools';

const runs: PageRun[] = [];
// A control plane of its own: the pages create namespaces and objects (seek, its Secrets) that
// would change what the other files of the tier see, and they must not see the others' either.
let plane: ControlPlane;

beforeAll(async () => {
  plane = await startControlPlane({});
  installGatewayApiCrds(plane.kubectl);
});

afterAll(async () => {
  await plane?.stop();
});

describe('the transcript of every chapter', () => {
  for (const page of transcriptPages()) {
    it(`docs/${page} runs top to bottom`, { timeout: 600_000 }, async () => {
      const result = await runPage(page, { kubeconfig: plane.kubeconfig, scratch: plane.dir, toolsBin: BIN_DIR });
      runs.push(result);
      const problems = [...result.failures, ...result.mismatches];
      if (problems.length) console.log(`[transcripts] ${result.file}: ${problems.length} problems (script: ${result.workDir}/transcript.sh)\n${problems.map((f) => `  ${f}`).join('\n')}`);
      expect(problems).toEqual([]);
    });
  }

  it('says what it ran, what it compared, and what it could not run here', () => {
    const reasons = new Map<string, number>();
    let ran = 0;
    let outputs = 0;
    for (const { run, outputs: blocks } of runs) {
      ran += run.ran.length;
      outputs += blocks.length;
      for (const c of run.notRun) reasons.set(c.notRun!, (reasons.get(c.notRun!) ?? 0) + 1);
    }
    const lines = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `  ${String(n).padStart(4)}  ${reason}`);
    console.log(`[transcripts] ${runs.length} pages, ${ran} commands run against kube-apiserver, ${outputs} captured outputs compared; not run here (no kubelet behind the fake node):\n${lines.join('\n')}`);
    console.log(`[transcripts] ${bookSampleSummary(runs.map((r) => r.samples))}`);
    expect(ran).toBeGreaterThan(0);
  });
});
