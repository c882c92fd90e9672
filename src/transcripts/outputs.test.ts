import { describe, expect, it } from 'vitest';
import { bookSampleSummary, normaliseOutput, outputMismatches, readerView, sampleVerdicts, withCapturedOutputs } from './outputs';
import type { TranscriptRun } from './run';
import { outputBlocksOf, transcriptOf } from './transcript';

const page = ['```bash', 'kubectl get pods -o wide', '```', '', '```text output', 'old', '```', ''].join('\n');

function runOf(stdout: string): TranscriptRun {
  const steps = transcriptOf(page, 'p.mdx');
  const command = steps.find((s) => s.kind === 'command')!;
  if (command.kind !== 'command') throw new Error('no command');
  return { ran: [{ command: command.command, status: 0, stdout, stderr: '' }], notRun: [] };
}

describe('captured outputs', () => {
  const captured = 'NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE\nweb-5d9c7b6f4-x2k8q   1/1     Running   0          12s   10.244.0.7   kwok-node-0\n';

  it('show the reader the practice cluster: its node, the default namespace', () => {
    expect(readerView('web in page-x on kwok-node-0', 'page-x')).toBe('web in default on practice-control-plane');
  });

  it('align a table again for the longer node name, as kubectl would', () => {
    const table = 'NAME   NODE          AGE\nweb    kwok-node-0   1s\n';
    expect(readerView(table, 'page-x')).toBe('NAME   NODE                     AGE\nweb    practice-control-plane   1s\n');
  });

  it('compare without what changes between runs: ages, IPs, generated suffixes, column widths', () => {
    expect(normaliseOutput(captured)).toBe(normaliseOutput('NAME  READY  STATUS  RESTARTS  AGE  IP  NODE\nweb-7c8d9f6b5-q9z2m  1/1  Running  0  3m2s  10.1.2.3  kwok-node-0\n'));
    expect(normaliseOutput('web  1/1  Running')).not.toBe(normaliseOutput('web  0/1  Pending'));
  });

  it('name the line where a page differs, and rewrite the block with what kubectl printed', () => {
    const outputs = outputBlocksOf(page, 'p.mdx');
    expect(outputMismatches(runOf(captured), outputs, 'p.mdx', 'page-p')[0]).toMatch(/^p\.mdx:6: the output shown is not what kubectl prints/);
    const updated = withCapturedOutputs(page, runOf(captured), outputs, 'page-p');
    expect(updated).toContain('web-5d9c7b6f4-x2k8q   1/1     Running   0          12s   10.244.0.7   practice-control-plane\n```');
    expect(outputMismatches(runOf(captured), outputBlocksOf(updated, 'p.mdx'), 'p.mdx', 'page-p')).toEqual([]);
  });

  it('must follow the shell block they belong to', () => {
    expect(() => outputBlocksOf('Some text.\n\n```text output\nx\n```\n', 'p.mdx')).toThrow(/must follow the shell block/);
  });

  it('show what a command the page shows failing says on stderr: the refusal', () => {
    const failing = ['```bash transcript="fails"', 'kubectl apply -f bad.yaml', '```', '', '```text output', 'old', '```', ''].join('\n');
    const step = transcriptOf(failing, 'p.mdx').find((s) => s.kind === 'command')!;
    if (step.kind !== 'command') throw new Error('no command');
    const refusal = 'The ConfigMap "web" is invalid: data: Forbidden: field is immutable\n';
    const run: TranscriptRun = { ran: [{ command: step.command, status: 1, stdout: '', stderr: refusal }], notRun: [] };
    const outputs = outputBlocksOf(failing, 'p.mdx');
    expect(outputMismatches(run, outputs, 'p.mdx', 'page-p')[0]).toMatch(/kubectl "The ConfigMap/);
    expect(withCapturedOutputs(failing, run, outputs, 'page-p')).toContain('```text output\nThe ConfigMap "web" is invalid');
  });
});

describe('samples', () => {
  const pvcs = 'NAME   STATUS    VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE\ndata   Pending                                                         <unset>                 1s\n';
  const replicaSets = 'NAME             DESIRED   CURRENT   READY   AGE\nweb-5d8c6b7f9c   3         3         0       1s\n';
  const page = (commands: string[], sample: string[]) => ['```bash', ...commands, '```', '', '```text sample', ...sample, '```', ''].join('\n');
  const verdicts = (text: string, printed: string[]) => {
    const commands = transcriptOf(text, 'p.mdx').flatMap((s) => (s.kind === 'command' ? [s.command] : []));
    const run: TranscriptRun = { ran: commands.map((command, i) => ({ command, status: 0, stdout: printed[i] ?? '', stderr: '' })), notRun: [] };
    return sampleVerdicts(run, outputBlocksOf(text, 'p.mdx', 'sample'), 'p.mdx');
  };

  it('are written by hand, but their tables have the columns the pinned kubectl prints', () => {
    const good = page(['kubectl get pvc'], ['NAME   STATUS   VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   VOLUMEATTRIBUTESCLASS   AGE', 'data   Bound   pvc-1   1Gi   RWO   standard   <unset>   5s']);
    expect(verdicts(good, [pvcs])).toEqual(expect.objectContaining({ checked: 1, unchecked: [], problems: [] }));
    const old = page(['kubectl get pvc'], ['data is bound:', 'NAME   STATUS   VOLUME   CAPACITY   ACCESS MODES   STORAGECLASS   AGE', 'data   Bound   pvc-1   1Gi   RWO   standard   5s']);
    expect(verdicts(old, [pvcs]).problems).toEqual([
      'p.mdx:7: the sample\'s columns are not what the pinned kubectl prints: page "NAME  STATUS  VOLUME  CAPACITY  ACCESS MODES  STORAGECLASS  AGE", kubectl "NAME  STATUS  VOLUME  CAPACITY  ACCESS MODES  STORAGECLASS  VOLUMEATTRIBUTESCLASS  AGE"',
    ]);
  });

  it('may show the tables of only some of the commands, in their order', () => {
    const last = page(['kubectl get pvc', 'kubectl get replicasets'], ['NAME             DESIRED   CURRENT   READY   AGE', 'web-5d8c6b7f9c   5         5         5       2m']);
    expect(verdicts(last, [pvcs, replicaSets])).toEqual(expect.objectContaining({ checked: 1, unchecked: [], problems: [] }));
    const swapped = page(['kubectl get pvc', 'kubectl get replicasets'], [replicaSets, pvcs]);
    expect(verdicts(swapped, [pvcs, replicaSets]).problems).toHaveLength(1);
  });

  it('after commands that print no table here are counted as not checked, not passed', () => {
    const text = page(['kubectl get pvc'], ['NAME   AGE', 'data   1s']);
    expect(verdicts(text, ['No resources found in default namespace.\n'])).toEqual(expect.objectContaining({ checked: 0, unchecked: [{ at: 'p.mdx:6', header: 'NAME  AGE' }], problems: [] }));
    const volumes = page(['kubectl get pvc,pv'], [pvcs, 'NAME   CAPACITY   ACCESS MODES   RECLAIM POLICY   STATUS   CLAIM   STORAGECLASS   VOLUMEATTRIBUTESCLASS   REASON   AGE', 'pvc-1   1Gi   RWO   Delete   Bound   default/data   standard   <unset>      5s']);
    expect(verdicts(volumes, [pvcs])).toEqual(expect.objectContaining({ checked: 0, unchecked: [{ at: 'p.mdx:9', header: 'NAME  CAPACITY  ACCESS MODES  RECLAIM POLICY  STATUS  CLAIM  STORAGECLASS  VOLUMEATTRIBUTESCLASS  REASON  AGE' }], problems: [] }));
    expect(verdicts(page(['kubectl logs web'], ['hello']), ['hello\n'])).toEqual(expect.objectContaining({ checked: 0, unchecked: [], problems: [] }));
  });

  it('of the whole book count a table as checked when kubectl printed its header on another page', () => {
    const pv = 'NAME  CAPACITY  ACCESS MODES  RECLAIM POLICY  STATUS  CLAIM  STORAGECLASS  VOLUMEATTRIBUTESCLASS  REASON  AGE';
    const storage = { checked: 0, problems: [], printed: [], unchecked: [{ at: 'a.mdx:9', header: pv }, { at: 'a.mdx:20', header: 'NAME  PROVISIONER  AGE' }] };
    const other = { checked: 2, problems: [], unchecked: [], printed: [pv] };
    expect(bookSampleSummary([storage, other])).toBe(
      'samples: 2 with the columns kubectl printed for their commands; 1 tables with columns kubectl printed on another page; 1 tables not checked, kubectl printed no version of them here (the state they show needs a kubelet, a provisioner or a StorageClass): a.mdx:20',
    );
  });
});

