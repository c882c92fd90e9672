/** The throwaway control plane: every component up, loopback only, no anonymous access. */
import https from 'node:https';
import { expect, inject, it } from 'vitest';
import { FAKE_NODE, kubectlFor, listeningAddresses } from './control-plane';

const plane = kubectlFor(inject('kubeconfig'));

it('runs etcd, kube-apiserver, kube-controller-manager, kube-scheduler and kwok', () => {
  expect(inject('components')).toEqual(['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kwok']);
});

it('listens on 127.0.0.1 only', () => {
  const addresses = listeningAddresses(inject('pids'));
  expect(addresses.length).toBeGreaterThanOrEqual(3); // etcd client and peer, kube-apiserver
  expect(addresses.filter((a) => !a.startsWith('127.0.0.1:'))).toEqual([]);
});

it('refuses a request without credentials', async () => {
  const server = /server: (\S+)/.exec(plane.kubectl(['config', 'view', '--minify']).stdout)?.[1];
  expect(server).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  const status = await new Promise<number>((resolve, reject) => {
    https.get(`${server}/api/v1/namespaces`, { rejectUnauthorized: false }, (res) => resolve(res.statusCode ?? 0)).on('error', reject);
  });
  expect(status).toBe(401);
});

it('schedules a Pod to the kwok node, which runs it without a kubelet', () => {
  const pod = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: hello\n  namespace: default\nspec:\n  containers:\n    - name: hello\n      image: busybox:1.37\n';
  expect(plane.kubectl(['apply', '-f', '-'], { input: pod }).status).toBe(0);
  const wait = plane.kubectl(['wait', '--namespace', 'default', '--for=jsonpath={.status.phase}=Running', 'pod/hello', '--timeout=60s']);
  expect(wait.status, wait.stderr).toBe(0);
  expect(plane.kubectl(['get', 'pod', 'hello', '--namespace', 'default', '-o', 'jsonpath={.spec.nodeName}']).stdout).toBe(FAKE_NODE);
  expect(plane.kubectl(['delete', 'pod', 'hello', '--namespace', 'default', '--wait=false']).status).toBe(0);
});
