/** The built tools are the pinned ones, and the module of k8s.io/kubernetes is pinned whole. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { expect, it } from 'vitest';
import { versions } from '../data/site';
import { KUBERNETES_STAGING, TOOLS_DIR, toolPath } from './tools';

it('KUBERNETES_STAGING is exactly what k8s.io/kubernetes replaces with ./staging', () => {
  const out = spawnSync('go', ['mod', 'download', '-json', `k8s.io/kubernetes@v${versions.kubernetes}`], { encoding: 'utf8', cwd: TOOLS_DIR });
  expect(out.status, out.stderr).toBe(0);
  const goMod = (JSON.parse(out.stdout) as { GoMod: string }).GoMod;
  const staged = [...fs.readFileSync(goMod, 'utf8').matchAll(/^\s+k8s\.io\/(\S+) => \.\/staging/gm)].map((m) => m[1]);
  expect(staged.sort()).toEqual([...KUBERNETES_STAGING].sort());
});

it.each([
  ['kube-apiserver', ['--version'], `Kubernetes v${versions.kubernetes}`],
  ['kubectl', ['version', '--client'], `Client Version: v${versions.kubernetes}`],
  ['kube-controller-manager', ['--version'], `Kubernetes v${versions.kubernetes}`],
  ['kube-scheduler', ['--version'], `Kubernetes v${versions.kubernetes}`],
  ['etcd', ['--version'], `etcd Version: ${versions.etcd}`],
  ['kwok', ['--version'], versions.kwok],
])('%s reports the pinned version', (tool, args, expected) => {
  const out = spawnSync(toolPath(tool), args, { encoding: 'utf8', env: { ...process.env, KUBECONFIG: '/dev/null' } });
  expect(`${out.stdout}${out.stderr}`).toContain(expected);
});
