import { describe, expect, it } from 'vitest';
import { normaliseOutput, outputMismatches, readerView, withCapturedOutputs } from './outputs';
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
