/**
 * The pinned Helm binaries (Helm 4, and Helm 3 for readers who still have it), run with their
 * own empty config, cache and data folders so that nothing of the machine's Helm setup counts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { versions } from '../data/site';
import type { SourceBlock } from '../manifests/types';
import { toolPath } from './tools';

export interface HelmResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface Helm {
  /** "helm" (4) or "helm3". */
  readonly binary: string;
  readonly version: string;
  /** With `kubeconfig`, Helm may reach that cluster (and no other); without, it has none. */
  run(args: readonly string[], options?: { kubeconfig?: string }): HelmResult;
}

let home: string | undefined;

/** A Helm of the pins: `helm` is Helm 4, `helm3` Helm 3. */
export function helmTool(binary: 'helm' | 'helm3'): Helm {
  home ??= fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-intro-helm-'));
  const file = toolPath(binary);
  const env = {
    ...process.env,
    HELM_CONFIG_HOME: path.join(home, binary, 'config'),
    HELM_CACHE_HOME: path.join(home, binary, 'cache'),
    HELM_DATA_HOME: path.join(home, binary, 'data'),
    // helm template needs no cluster; nothing may reach one by accident.
    KUBECONFIG: '/dev/null',
  };
  return {
    binary,
    version: binary === 'helm' ? versions.helm : versions.helm3,
    run: (args, options = {}) => {
      const out = spawnSync(file, [...args], { encoding: 'utf8', env: { ...env, KUBECONFIG: options.kubeconfig ?? '/dev/null' }, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
      return { status: out.status ?? 1, stdout: out.stdout ?? '', stderr: out.error ? String(out.error) : out.stderr ?? '' };
    },
  };
}

/** The Kubernetes version helm renders for (.Capabilities.KubeVersion): the pin. */
export const KUBE_VERSION_FLAG = ['--kube-version', versions.kubernetes] as const;

export interface PageValuesFile {
  /** The page that shows it. */
  readonly page: string;
  /** Its title on the page ("seek-secrets.yaml"). */
  readonly title: string;
  readonly line: number;
  readonly text: string;
  /** Passed only to helm commands the page shows failing (transcript="fails"): broken on purpose. */
  readonly brokenOnPurpose: boolean;
}

/**
 * Values files the pages show: YAML blocks whose title a helm command on the same page passes
 * with `-f` or `--values`. One that only commands shown failing use is broken on purpose.
 */
export function valuesFilesOnPages(pages: readonly { file: string; blocks: readonly SourceBlock[] }[]): PageValuesFile[] {
  const out: PageValuesFile[] = [];
  for (const { file, blocks } of pages) {
    const passed = new Set<string>();
    const passedToFailing = new Set<string>();
    for (const b of blocks) {
      if (b.language !== 'shell') continue;
      const into = b.meta['transcript'] === 'fails' ? passedToFailing : passed;
      for (const m of b.text.matchAll(/^\s*helm\s+(?:lint|template|install|upgrade)\b.*$/gm)) {
        for (const f of m[0].matchAll(/(?:-f|--values)[ =](\S+)/g)) into.add(path.basename(f[1]!));
      }
    }
    for (const b of blocks) {
      const title = b.meta['title'];
      if (b.language !== 'yaml' || !title) continue;
      const name = path.basename(title);
      if (passed.has(name) || passedToFailing.has(name)) {
        out.push({ page: file, title, line: b.fenceLine, text: b.text, brokenOnPurpose: !passed.has(name) });
      }
    }
  }
  return out;
}
