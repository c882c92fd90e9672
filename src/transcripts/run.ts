/**
 * Runs a page's transcript in one bash session, as a reader would type it: the titled YAML files
 * are written into a fresh folder at the point the page shows them, `cd` and `export` carry over,
 * commands that cannot run against a control plane without kubelets are left out (and counted),
 * and each command's status and output are recorded. kubectl and helm are the pinned binaries,
 * each call bounded by a timeout so that a wait that never ends fails instead of hanging.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { TranscriptCommand, TranscriptStep } from './transcript';

export interface CommandResult {
  command: TranscriptCommand;
  status: number;
  stdout: string;
  stderr: string;
}

export interface TranscriptRun {
  ran: CommandResult[];
  notRun: TranscriptCommand[];
}

export interface RunOptions {
  /** Folder the page's files are written to and commands run in (the reader's folder). */
  workDir: string;
  /** Admin kubeconfig; the transcript gets a copy (a page may change its context). */
  kubeconfig: string;
  /** The context namespace of the copy: where objects without a namespace go. */
  namespace: string;
  /** Folder with the pinned kubectl and helm. */
  toolsBin: string;
  /** Folders copied into the work folder by name (static, for static/examples/...). */
  copies?: Record<string, string>;
  /** Commands run first, unrecorded but required to succeed (create the page's namespace). */
  prelude?: string[];
  /** Seconds one kubectl or helm call may take. */
  commandTimeout?: number;
}

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** Run the steps; the script itself is kept in workDir as transcript.sh for a reader of a failure. */
export async function runTranscript(steps: readonly TranscriptStep[], options: RunOptions): Promise<TranscriptRun> {
  const { workDir } = options;
  const out = path.join(workDir, '.transcript');
  const shims = path.join(workDir, '.bin');
  fs.mkdirSync(out, { recursive: true });
  fs.mkdirSync(shims, { recursive: true });
  // Copies, not links: a page may write into these folders, and the project must stay as it is.
  for (const [name, source] of Object.entries(options.copies ?? {})) fs.cpSync(source, path.join(workDir, name), { recursive: true });
  const timeout = options.commandTimeout ?? 60;
  for (const tool of ['kubectl', 'helm']) {
    const shim = path.join(shims, tool);
    fs.writeFileSync(shim, `#!/bin/sh\nexec timeout ${timeout} ${quote(path.join(options.toolsBin, tool))} "$@"\n`, { mode: 0o755 });
  }
  const kubeconfig = path.join(workDir, '.kubeconfig');
  fs.copyFileSync(options.kubeconfig, kubeconfig);
  const setNamespace = spawnSync(path.join(options.toolsBin, 'kubectl'), ['config', 'set-context', '--current', `--namespace=${options.namespace}`], { env: { ...process.env, KUBECONFIG: kubeconfig }, encoding: 'utf8' });
  if (setNamespace.status !== 0) throw new Error(`kubectl config set-context failed: ${setNamespace.stderr}`);

  const script: string[] = ['set +e', `cd ${quote(workDir)}`, ...(options.prelude ?? []).map((c) => `${c} > /dev/null || exit 97`)];
  const ran: TranscriptCommand[] = [];
  const notRun: TranscriptCommand[] = [];
  let fileIndex = 0;
  for (const step of steps) {
    if (step.kind === 'file') {
      // Written where the page shows it: a later version of the same file replaces the earlier one.
      const source = path.join(out, `file-${fileIndex++}`);
      fs.writeFileSync(source, step.text.endsWith('\n') ? step.text : `${step.text}\n`);
      // Saved where the reader is (a page may have changed folder with cd).
      script.push(`cp ${quote(source)} ./${quote(step.name)}`);
      continue;
    }
    const command = step.command;
    if (command.notRun) {
      notRun.push(command);
      continue;
    }
    const n = ran.length;
    ran.push(command);
    script.push(`# ${command.line}`, `{\n${command.text}\n} > ${quote(`${out}/${n}.out`)} 2> ${quote(`${out}/${n}.err`) } < /dev/null`, `echo $? > ${quote(`${out}/${n}.rc`)}`);
  }
  const file = path.join(workDir, 'transcript.sh');
  fs.writeFileSync(file, `${script.join('\n')}\n`);
  const env = {
    PATH: `${shims}:/usr/local/bin:/usr/bin:/bin`,
    KUBECONFIG: kubeconfig,
    HOME: workDir,
    KUBECTL_KUBERC: 'false',
    LANG: 'C.UTF-8',
  };
  const result = await new Promise<{ status: number | null; stderr: string; error?: Error }>((resolve) => {
    const child = spawn('bash', ['-o', 'pipefail', file], { cwd: workDir, env, timeout: (ran.length + 1) * timeout * 1000 });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => resolve({ status: null, stderr, error }));
    child.on('close', (status) => resolve({ status, stderr }));
  });
  if (result.error) throw new Error(`the transcript did not finish: ${result.error.message} (script: ${file})`);
  if (result.status === 97) throw new Error(`the transcript's prelude failed: ${result.stderr}`);
  const read = (name: string): string => (fs.existsSync(path.join(out, name)) ? fs.readFileSync(path.join(out, name), 'utf8') : '');
  return {
    ran: ran.map((command, n) => ({ command, status: Number(read(`${n}.rc`).trim() || '-1'), stdout: read(`${n}.out`), stderr: read(`${n}.err`) })),
    notRun,
  };
}

/** What went wrong in a run: commands that failed though the page expects success, or the reverse. */
export function transcriptFailures(run: TranscriptRun, file: string): string[] {
  return run.ran.flatMap((r) => {
    // diff and kubectl diff exit 1 when they found differences: that is their answer, not a failure.
    const found = r.status === 1 && /^\s*(kubectl\s+(?:-\S+\s+)*diff|diff)\b/.test(r.command.text);
    const ok = r.command.fails ? r.status !== 0 && !found : r.status === 0 || found;
    if (ok) return [];
    const said = (r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ');
    return [`${file}:${r.command.line}: ${r.command.fails ? 'the page says this fails, but it succeeded' : `exit ${r.status}`}: ${r.command.text.split('\n')[0]} -> ${said}`];
  });
}
