/**
 * A throwaway control plane of the real, pinned binaries, run as plain processes: etcd and
 * kube-apiserver, then kube-controller-manager, kube-scheduler and kwok (fake nodes) when built.
 *
 * Everything listens on 127.0.0.1 only, on free ports, over TLS with client certificates;
 * anonymous access is off. All state lives in one temporary folder, removed on stop. A guardian
 * process stops every component and removes the folder if the process that started them dies
 * without stopping them (a killed test run included).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createPki, kubeconfigText, type ClusterPki } from './pki';
import type { KubectlTable } from '../manifests/commands/command-table';
import { buildKubectlTable } from './kubectl-help';
import { ensureTools, gatewayApiCrdFiles, hasTool, kwokStageFiles, toolPath } from './tools';

export type Component = 'etcd' | 'kube-apiserver' | 'kube-controller-manager' | 'kube-scheduler' | 'kwok';

/** The fake node kwok manages: Pods scheduled to it become Running without a kubelet. */
export const FAKE_NODE = 'kwok-node-0';

export interface ControlPlane {
  /** Temporary folder with certificates, kubeconfigs, etcd data and logs. */
  readonly dir: string;
  /** Admin kubeconfig (user k8s-intro-admin, group system:masters). */
  readonly kubeconfig: string;
  /** https://127.0.0.1:PORT */
  readonly server: string;
  readonly components: readonly Component[];
  /** Process ids of the running components. */
  readonly pids: readonly number[];
  /** Runs the pinned kubectl against this control plane. */
  kubectl(args: readonly string[], options?: KubectlOptions): KubectlResult;
  /** The same without blocking, so that several runs can go at once. */
  kubectlAsync(args: readonly string[], options?: KubectlOptions): Promise<KubectlResult>;
  /** GET a path of the API as the admin (JSON parsed). */
  get(pathname: string): Promise<unknown>;
  /** Stops every component (SIGTERM, then SIGKILL) and removes the folder. Idempotent. */
  stop(): Promise<void>;
}

export interface KubectlOptions {
  readonly input?: string;
  readonly timeoutMs?: number;
  /**
   * The context's namespace: where objects without one go. Unlike --namespace, objects that name
   * their own namespace keep it, as when a reader runs `kubectl apply -f folder/`.
   */
  readonly contextNamespace?: string;
}

export interface KubectlResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The pinned kubectl bound to a kubeconfig: what the checks need of a control plane. */
export type Kubectl = Pick<ControlPlane, 'kubectl' | 'kubectlAsync'>;

class ControlPlaneError extends Error {}

/** A free TCP port on 127.0.0.1 (bound and released; the component binds it right after). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

interface Running {
  readonly name: Component;
  readonly child: ChildProcess;
  readonly log: string;
  exited?: { code: number | null; signal: NodeJS.Signals | null };
}

function lastLines(file: string, count = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(no log)';
  }
}

/** A node process that waits for `parent` to die, then kills `pids` and removes `dir`. */
function startGuardian(parent: number, dir: string): ChildProcess {
  const code = `
const [parent, dir, pidFile] = process.argv.slice(1);
const fs = require('fs');
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };
const pids = () => { try { return fs.readFileSync(pidFile, 'utf8').split(/\\s+/).filter(Boolean).map(Number); } catch { return []; } };
setInterval(() => {
  if (alive(Number(parent))) return;
  for (const pid of pids()) { try { process.kill(pid, 'SIGKILL'); } catch {} }
  try { fs.rmSync(dir, { recursive: true, force: true }); } catch {}
  process.exit(0);
}, 500);`;
  const child = spawn(process.execPath, ['-e', code, String(parent), dir, path.join(dir, 'pids')], { detached: true, stdio: 'ignore' });
  child.unref();
  return child;
}

function request(server: string, pki: ClusterPki, pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = https.get(`${server}${pathname}`, {
      ca: fs.readFileSync(pki.ca.cert),
      cert: fs.readFileSync(pki.clients['admin']!.cert),
      key: fs.readFileSync(pki.clients['admin']!.key),
      timeout: 5_000,
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

export interface StartOptions {
  /** Components beyond etcd and kube-apiserver; default: every one that is built. */
  readonly extras?: readonly Exclude<Component, 'etcd' | 'kube-apiserver'>[];
  readonly log?: (line: string) => void;
  /** Seconds to wait for the API server to be ready. */
  readonly readyTimeout?: number;
}

export async function startControlPlane(options: StartOptions = {}): Promise<ControlPlane> {
  const log = options.log ?? (() => {});
  const extras = options.extras ?? (['kube-controller-manager', 'kube-scheduler', 'kwok'] as const).filter((c) => hasTool(c));
  const binaries = { etcd: toolPath('etcd'), 'kube-apiserver': toolPath('kube-apiserver') };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'k8s-intro-cluster-'));
  const pidFile = path.join(dir, 'pids');
  const guardian = startGuardian(process.pid, dir);
  const running: Running[] = [];
  let stopped = false;

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    // Reverse order: clients of the API server first, etcd last.
    for (const r of [...running].reverse()) {
      if (r.exited) continue;
      r.child.kill('SIGTERM');
      const gone = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 5_000);
        r.child.once('exit', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (!gone) r.child.kill('SIGKILL');
    }
    try {
      if (guardian.pid) process.kill(guardian.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const killNow = (): void => {
    for (const r of running) if (!r.exited) r.child.kill('SIGKILL');
  };
  process.once('exit', killNow);

  const launch = (name: Component, command: string, args: string[]): Running => {
    const logFile = path.join(dir, `${name}.log`);
    const out = fs.openSync(logFile, 'a');
    const child = spawn(command, args, { cwd: dir, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    const r: Running = { name, child, log: logFile };
    child.on('exit', (code, signal) => {
      r.exited = { code, signal };
    });
    running.push(r);
    fs.appendFileSync(pidFile, `${child.pid}\n`);
    log(`started ${name} (pid ${child.pid})`);
    return r;
  };
  const dead = (): Running | undefined => running.find((r) => r.exited);
  const failure = (r: Running): ControlPlaneError =>
    new ControlPlaneError(`${r.name} exited (${r.exited?.signal ?? `code ${r.exited?.code}`}); its last log lines:\n${lastLines(r.log)}`);

  try {
    const pki = createPki(path.join(dir, 'pki'));
    const [etcdClient, etcdPeer, apiPort] = [await freePort(), await freePort(), await freePort()];
    const etcdUrl = `https://127.0.0.1:${etcdClient}`;
    const peerUrl = `https://127.0.0.1:${etcdPeer}`;
    launch('etcd', binaries.etcd, [
      '--name=k8s-intro', `--data-dir=${path.join(dir, 'etcd')}`,
      `--listen-client-urls=${etcdUrl}`, `--advertise-client-urls=${etcdUrl}`,
      `--listen-peer-urls=${peerUrl}`, `--initial-advertise-peer-urls=${peerUrl}`, `--initial-cluster=k8s-intro=${peerUrl}`,
      `--cert-file=${pki.serving.cert}`, `--key-file=${pki.serving.key}`, `--trusted-ca-file=${pki.ca.cert}`, '--client-cert-auth',
      `--peer-cert-file=${pki.serving.cert}`, `--peer-key-file=${pki.serving.key}`, `--peer-trusted-ca-file=${pki.ca.cert}`, '--peer-client-cert-auth',
      '--unsafe-no-fsync', '--log-level=warn',
    ]);
    const server = `https://127.0.0.1:${apiPort}`;
    const etcdClientCert = pki.clients['apiserver-etcd']!;
    launch('kube-apiserver', binaries['kube-apiserver'], [
      '--bind-address=127.0.0.1', '--advertise-address=127.0.0.1', `--secure-port=${apiPort}`,
      `--cert-dir=${path.join(dir, 'apiserver')}`, `--tls-cert-file=${pki.serving.cert}`, `--tls-private-key-file=${pki.serving.key}`,
      `--client-ca-file=${pki.ca.cert}`, '--anonymous-auth=false', '--authorization-mode=Node,RBAC',
      `--etcd-servers=${etcdUrl}`, `--etcd-cafile=${pki.ca.cert}`, `--etcd-certfile=${etcdClientCert.cert}`, `--etcd-keyfile=${etcdClientCert.key}`,
      '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
      `--service-account-key-file=${pki.serviceAccount.publicKey}`, `--service-account-signing-key-file=${pki.serviceAccount.privateKey}`,
      '--service-cluster-ip-range=10.96.0.0/16', '--allow-privileged=true',
      // No kubelet answers for 127.0.0.1, so no endpoints for the kubernetes Service.
      '--endpoint-reconciler-type=none',
      '--profiling=false', '-v=1',
    ]);
    const deadline = Date.now() + (options.readyTimeout ?? 90) * 1000;
    for (;;) {
      const gone = dead();
      if (gone) throw failure(gone);
      const ready = await request(server, pki, '/readyz').catch(() => undefined);
      if (ready?.status === 200) break;
      if (Date.now() > deadline) {
        throw new ControlPlaneError(`kube-apiserver was not ready after ${options.readyTimeout ?? 90} s (last /readyz: ${ready ? `${ready.status} ${ready.body.slice(0, 400)}` : 'no answer'}); its last log lines:\n${lastLines(path.join(dir, 'kube-apiserver.log'))}`);
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    log(`kube-apiserver ready at ${server}`);

    const kubeconfigs: Record<string, string> = {};
    for (const [name, user] of [['admin', 'k8s-intro-admin'], ['kube-controller-manager', 'system:kube-controller-manager'], ['kube-scheduler', 'system:kube-scheduler'], ['kwok', 'kwok']] as const) {
      kubeconfigs[name] = path.join(dir, `${name}.kubeconfig`);
      fs.writeFileSync(kubeconfigs[name], kubeconfigText(server, pki.ca.cert, pki.clients[name]!, user), { mode: 0o600 });
    }
    if (extras.includes('kube-controller-manager')) {
      launch('kube-controller-manager', toolPath('kube-controller-manager'), [
        `--kubeconfig=${kubeconfigs['kube-controller-manager']}`, '--secure-port=0', '--leader-elect=false',
        `--service-account-private-key-file=${pki.serviceAccount.privateKey}`, `--root-ca-file=${pki.ca.cert}`,
        '--use-service-account-credentials=true', `--cluster-signing-cert-file=${pki.ca.cert}`, `--cluster-signing-key-file=${pki.ca.key}`,
        '-v=1',
      ]);
    }
    if (extras.includes('kube-scheduler')) {
      launch('kube-scheduler', toolPath('kube-scheduler'), [`--kubeconfig=${kubeconfigs['kube-scheduler']}`, '--secure-port=0', '--leader-elect=false', '-v=1']);
    }
    if (extras.includes('kwok')) {
      launch('kwok', toolPath('kwok'), [
        `--kubeconfig=${kubeconfigs['kwok']}`, '--manage-all-nodes=false',
        '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake', '--node-ip=10.0.0.10',
        '--cidr=10.244.0.0/16', '--server-address=',
        // kwok renews the node's Lease (as kwokctl does); without one the node lifecycle
        // controller marks the node unreachable after 40 s and its Pods stop being ready.
        '--node-lease-duration-seconds=40',
        ...kwokStageFiles().map((f) => `--config=${f}`),
      ]);
    }
    const { kubectl, kubectlAsync } = kubectlFor(kubeconfigs['admin']!);
    if (extras.includes('kwok')) {
      const node = kubectl(['apply', '-f', '-'], { input: fakeNodeManifest() });
      if (node.status !== 0) throw new ControlPlaneError(`could not create the fake node ${FAKE_NODE}: ${node.stderr}`);
    }
    // A component that died while starting fails the start, with its log.
    await new Promise((r) => setTimeout(r, 500));
    const gone = dead();
    if (gone) throw failure(gone);
    return {
      dir,
      kubeconfig: kubeconfigs['admin']!,
      server,
      components: running.map((r) => r.name),
      pids: running.map((r) => r.child.pid!).filter(Boolean),
      kubectl,
      kubectlAsync,
      get: async (pathname) => {
        const res = await request(server, pki, pathname);
        if (res.status !== 200) throw new ControlPlaneError(`GET ${pathname}: HTTP ${res.status} ${res.body.slice(0, 300)}`);
        return JSON.parse(res.body) as unknown;
      },
      stop: async () => {
        process.removeListener('exit', killNow);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs the pinned kubectl with a kubeconfig (the user's own kubeconfig and kuberc are ignored). */
export function kubectlFor(kubeconfig: string): Kubectl {
  const binary = toolPath('kubectl');
  const env = { ...process.env, KUBECONFIG: kubeconfig, KUBECTL_KUBERC: 'false' };
  const configs = new Map<string, string>();
  /** The admin kubeconfig, or a copy whose context has a default namespace. */
  const configFor = (namespace: string | undefined): string => {
    if (!namespace) return kubeconfig;
    let file = configs.get(namespace);
    if (!file) {
      file = `${kubeconfig}.${namespace}`;
      const text = fs.readFileSync(kubeconfig, 'utf8').replace(/^(  context:\n)/m, `$1    namespace: ${namespace}\n`);
      fs.writeFileSync(file, text, { mode: 0o600 });
      configs.set(namespace, file);
    }
    return file;
  };
  const argv = (args: readonly string[], namespace?: string): string[] => ['--kubeconfig', configFor(namespace), ...args];
  return {
    kubectl: (args, opts = {}) => {
      const out = spawnSync(binary, argv(args, opts.contextNamespace), { encoding: 'utf8', input: opts.input, timeout: opts.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024, env });
      return { status: out.status ?? 1, stdout: out.stdout ?? '', stderr: out.error ? String(out.error) : out.stderr ?? '' };
    },
    kubectlAsync: (args, opts = {}) =>
      new Promise((resolve) => {
        const child = spawn(binary, argv(args, opts.contextNamespace), { env, timeout: opts.timeoutMs ?? 120_000 });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
        child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
        child.on('error', (e) => resolve({ status: 1, stdout, stderr: `${stderr}${String(e)}` }));
        child.on('close', (code) => resolve({ status: code ?? 1, stdout, stderr }));
        child.stdin.end(opts.input ?? '');
      }),
  };
}

/** A Node object kwok adopts (by its annotation) and keeps Ready. */
function fakeNodeManifest(): string {
  return [
    'apiVersion: v1',
    'kind: Node',
    'metadata:',
    `  name: ${FAKE_NODE}`,
    '  annotations:',
    '    kwok.x-k8s.io/node: fake',
    '  labels:',
    `    kubernetes.io/hostname: ${FAKE_NODE}`,
    '    kubernetes.io/os: linux',
    '    kubernetes.io/arch: amd64',
    '    type: kwok',
    'status:',
    '  allocatable:',
    '    cpu: "8"',
    '    memory: 32Gi',
    '    pods: "110"',
    '  capacity:',
    '    cpu: "8"',
    '    memory: 32Gi',
    '    pods: "110"',
    '',
  ].join('\n');
}

/** Installs the Gateway API standard channel CRDs of the pin and waits until they are served. */
export function installGatewayApiCrds(kubectl: ControlPlane['kubectl']): void {
  const crds = kubectl(['apply', '--server-side', '--field-manager=k8s-intro-tests', ...gatewayApiCrdFiles().flatMap((f) => ['-f', f])]);
  if (crds.status !== 0) throw new ControlPlaneError(`the Gateway API CRDs did not install: ${crds.stderr}`);
  const established = kubectl(['wait', '--for=condition=Established', '--timeout=60s', 'crd', '--all']);
  if (established.status !== 0) throw new ControlPlaneError(`the Gateway API CRDs did not become established: ${established.stderr}`);
}

/** The kubectl table read off the pinned kubectl and this control plane's API resources. */
export function readKubectlTable(kubectl: ControlPlane['kubectl']): KubectlTable {
  const binary = toolPath('kubectl');
  const help = (args: string[]): string => {
    const out = spawnSync(binary, args, { encoding: 'utf8', env: { ...process.env, KUBECONFIG: '/dev/null', KUBECTL_KUBERC: 'false' } });
    if (out.status !== 0) throw new ControlPlaneError(`kubectl ${args.join(' ')} failed: ${out.stderr}`);
    return out.stdout;
  };
  const resources = kubectl(['api-resources']);
  if (resources.status !== 0) throw new ControlPlaneError(`kubectl api-resources failed: ${resources.stderr}`);
  return buildKubectlTable(help, resources.stdout);
}

/**
 * The TCP addresses the given processes listen on, read from /proc (Linux): "127.0.0.1:PORT".
 * The cluster tier uses it to show that nothing listens beyond the loopback address.
 */
export function listeningAddresses(pids: readonly number[]): string[] {
  const inodes = new Set<string>();
  for (const pid of pids) {
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m) inodes.add(m[1]!);
      } catch {
        // Closed meanwhile.
      }
    }
  }
  const out: string[] = [];
  for (const [file, v6] of [['/proc/net/tcp', false], ['/proc/net/tcp6', true]] as const) {
    let text = '';
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.trim().split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [local, state, inode] = [cols[1]!, cols[3]!, cols[9]!];
      if (state !== '0A' || !inodes.has(inode)) continue; // 0A: LISTEN
      const [hex, port] = local.split(':') as [string, string];
      out.push(`${v6 ? ipv6(hex) : ipv4(hex)}:${parseInt(port, 16)}`);
    }
  }
  return out.sort();
}

/** /proc/net/tcp writes IPv4 addresses as little-endian hex. */
function ipv4(hex: string): string {
  return [3, 2, 1, 0].map((i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16)).join('.');
}

function ipv6(hex: string): string {
  if (/^0{32}$/.test(hex)) return '[::]';
  if (hex === '00000000000000000000000001000000') return '[::1]';
  return `[${hex}]`;
}

/**
 * Runs `work` against a control plane of etcd and kube-apiserver with the Gateway API CRDs of the
 * pin (what the generators read the kubectl table and the schema bundle from), stopped afterwards.
 * With `nodes`, the controller manager, the scheduler and kwok's node run too (the transcripts).
 */
export async function withApiServer<T>(work: (plane: ControlPlane) => Promise<T> | T, options: { nodes?: boolean } = {}): Promise<T> {
  ensureTools(options.nodes ? {} : { only: ['kubernetes', 'etcd'] });
  const plane = await startControlPlane(options.nodes ? {} : { extras: [] });
  try {
    installGatewayApiCrds(plane.kubectl);
    return await work(plane);
  } finally {
    await plane.stop();
  }
}
