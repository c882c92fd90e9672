/**
 * Runs the chapters' transcripts against a throwaway control plane (the cluster tier does the
 * same) and prints what failed. With --update, rewrites every ```text output``` block with what
 * its commands printed, as a reader's practice cluster shows it.
 * Usage: npm run transcripts -- [--update] [PAGE...]   (PAGE: a path under docs/, e.g. concepts/storage.mdx)
 */
import fs from 'node:fs';
import path from 'node:path';
import { withApiServer } from '../src/cluster/control-plane';
import { BIN_DIR } from '../src/cluster/tools';
import { bookSampleSummary, withCapturedOutputs, type SampleVerdicts } from '../src/transcripts/outputs';
import { DOCS_DIR, runPage, transcriptPages } from '../src/transcripts/pages';
import { runScript, UsageError } from '../src/util/cli';

const usage = 'usage: npm run transcripts -- [--update] [PAGE...]  (PAGE: a path under docs/, such as concepts/storage.mdx)';

runScript({ usage, options: { update: { type: 'boolean', default: false } }, positionals: true }, async ({ values, positionals }) => {
  const all = transcriptPages();
  const wanted = positionals.map((p) => p.replace(/^docs\//, ''));
  for (const page of wanted) if (!all.includes(page)) throw new UsageError(`"${page}" is not a page with commands under docs/`);
  let problems = 0;
  const samples: SampleVerdicts[] = [];
  await withApiServer(async (plane) => {
    // Earlier pages run too (a step may build on the page before it, as for a reader); later ones need not.
    const last = wanted.length ? Math.max(...wanted.map((p) => all.indexOf(p))) : all.length - 1;
    for (const page of all.slice(0, last + 1)) {
      const result = await runPage(page, { kubeconfig: plane.kubeconfig, scratch: plane.dir, toolsBin: BIN_DIR });
      if (wanted.length && !wanted.includes(page)) continue;
      if (values.update && result.outputs.length) {
        const file = path.join(DOCS_DIR, page);
        const before = fs.readFileSync(file, 'utf8');
        const after = withCapturedOutputs(before, result.run, result.outputs, result.namespace);
        if (after !== before) {
          fs.writeFileSync(file, after);
          console.log(`updated ${result.outputs.length} output block(s) of ${result.file}`);
        }
      }
      const shown = values.update ? result.failures : [...result.failures, ...result.mismatches];
      problems += shown.length;
      samples.push(result.samples);
      console.log(`${shown.length ? '✗' : '✓'} ${result.file}: ${result.run.ran.length} commands run, ${result.run.notRun.length} not run here, ${result.outputs.length} outputs`);
      for (const line of shown) console.log(`  ${line}`);
    }
  }, { nodes: true });
  console.log(bookSampleSummary(samples));
  return problems ? 1 : 0;
});
