/**
 * The pages whose commands form transcripts, in reading order, and one page's run with its
 * verdicts: shared by the cluster tier (src/cluster/transcripts.cluster.ts) and by
 * `npm run transcripts`, which rewrites the captured outputs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parts } from '../data/parts';
import { frontMatterOf } from '../markdown/source';
import { listChapterFiles } from '../frontmatter/chapter';
import { PROJECT_ROOT } from '../util/project';
import { outputMismatches, sampleVerdicts, type SampleVerdicts } from './outputs';
import { runTranscript, transcriptFailures, type TranscriptRun } from './run';
import { outputBlocksOf, transcriptOf, type OutputBlock } from './transcript';

export const DOCS_DIR = path.join(PROJECT_ROOT, 'docs');

/** docs/ pages (relative to docs/) with at least one command, in the book's reading order. */
export function transcriptPages(): string[] {
  const part = (file: string): number => parts.findIndex((p) => file.startsWith(`${p.dir}/`));
  const position = (file: string): number => {
    const value = frontMatterOf(fs.readFileSync(path.join(DOCS_DIR, file), 'utf8'), file).data['sidebar_position'];
    return typeof value === 'number' ? value : 99;
  };
  return listChapterFiles(DOCS_DIR)
    .filter((file) => part(file) >= 0)
    .filter((file) => transcriptOf(fs.readFileSync(path.join(DOCS_DIR, file), 'utf8'), `docs/${file}`).some((s) => s.kind === 'command'))
    .sort((a, b) => part(a) - part(b) || position(a) - position(b) || a.localeCompare(b));
}

export interface PageRun {
  file: string;
  namespace: string;
  workDir: string;
  run: TranscriptRun;
  outputs: OutputBlock[];
  /** Commands that failed, or succeeded where the page says they fail. */
  failures: string[];
  /** Output blocks that differ from what the commands print; samples whose columns differ. */
  mismatches: string[];
  /** The samples' tables compared with kubectl's. */
  samples: SampleVerdicts;
}

/** Run one page's transcript in a folder of its own under `scratch`, in namespace page-<part>-<name>. */
export async function runPage(page: string, cluster: { kubeconfig: string; scratch: string; toolsBin: string }): Promise<PageRun> {
  const file = `docs/${page}`;
  const text = fs.readFileSync(path.join(DOCS_DIR, page), 'utf8');
  const name = path.basename(page, path.extname(page));
  // The part too: two parts may have a page of the same name (concepts/ingress, seek-on-kubernetes/ingress).
  const part = path.dirname(page).split(path.sep).join('-');
  const namespace = `page-${part === '.' ? '' : `${part}-`}${name}`.slice(0, 63).replace(/-+$/, '');
  const workDir = fs.mkdtempSync(path.join(cluster.scratch, `transcript-${name}-`));
  const run = await runTranscript(transcriptOf(text, file), {
    workDir,
    kubeconfig: cluster.kubeconfig,
    namespace,
    toolsBin: cluster.toolsBin,
    copies: { static: path.join(PROJECT_ROOT, 'static') },
    // The namespace's default ServiceAccount comes a moment later (the controller manager makes it);
    // a Pod created before it exists is refused, so wait for it, as a reader's cluster has it.
    prelude: [`kubectl create namespace ${namespace}`, `kubectl wait --for=create serviceaccount/default --namespace ${namespace} --timeout=60s`],
  });
  const outputs = outputBlocksOf(text, file);
  const samples = sampleVerdicts(run, outputBlocksOf(text, file, 'sample'), file);
  const mismatches = [...outputMismatches(run, outputs, file, namespace), ...samples.problems];
  return { file, namespace, workDir, run, outputs, failures: transcriptFailures(run, file), mismatches, samples };
}
