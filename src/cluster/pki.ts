/**
 * Certificates for a throwaway control plane: one CA, a serving certificate for 127.0.0.1, and
 * a client certificate per component (the API server reads user and groups from CN and O, as
 * kubeadm sets them up). EC P-256 keys, valid for two days; made with openssl's `req -x509 -CA`.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface KeyPair {
  readonly cert: string;
  readonly key: string;
}

export interface ClusterPki {
  readonly ca: KeyPair;
  /** kube-apiserver's and etcd's serving certificate (also a client certificate for etcd). */
  readonly serving: KeyPair;
  /** Client certificates by name: admin, kube-controller-manager, kube-scheduler, kwok, apiserver-etcd. */
  readonly clients: Readonly<Record<string, KeyPair>>;
  /** Service account token keys. */
  readonly serviceAccount: { readonly privateKey: string; readonly publicKey: string };
}

/** Client identities: file name, user (CN) and group (O). */
const CLIENT_IDENTITIES: ReadonlyArray<{ name: string; user: string; group?: string }> = [
  { name: 'admin', user: 'k8s-intro-admin', group: 'system:masters' },
  { name: 'kube-controller-manager', user: 'system:kube-controller-manager' },
  { name: 'kube-scheduler', user: 'system:kube-scheduler' },
  // kwok updates node and Pod status like a kubelet would, for many nodes: cluster admin here.
  { name: 'kwok', user: 'kwok', group: 'system:masters' },
  { name: 'apiserver-etcd', user: 'kube-apiserver-etcd-client' },
];

const DAYS = '2';

export function createPki(dir: string): ClusterPki {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // An empty config: no default extensions (the stock one would mark every certificate a CA).
  const config = path.join(dir, 'openssl.cnf');
  fs.writeFileSync(config, '[req]\ndistinguished_name=dn\n[dn]\n');
  const file = (name: string): KeyPair => ({ cert: path.join(dir, `${name}.crt`), key: path.join(dir, `${name}.key`) });
  const openssl = (args: string[]): void => {
    execFileSync('openssl', ['req', '-config', config, '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', DAYS, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  const ca = file('ca');
  openssl(['-keyout', ca.key, '-out', ca.cert, '-subj', '/CN=k8s-intro-throwaway-ca', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  const leaf = (name: string, subject: string, extensions: string[]): KeyPair => {
    const pair = file(name);
    const ext = ['basicConstraints=critical,CA:FALSE', 'keyUsage=critical,digitalSignature', ...extensions].flatMap((e) => ['-addext', e]);
    openssl(['-keyout', pair.key, '-out', pair.cert, '-subj', subject, '-CA', ca.cert, '-CAkey', ca.key, ...ext]);
    return pair;
  };
  const serving = leaf('serving', '/CN=127.0.0.1', ['subjectAltName=IP:127.0.0.1,DNS:localhost', 'extendedKeyUsage=serverAuth,clientAuth']);
  const clients: Record<string, KeyPair> = {};
  for (const id of CLIENT_IDENTITIES) {
    clients[id.name] = leaf(id.name, `${id.group ? `/O=${id.group}` : ''}/CN=${id.user}`, ['extendedKeyUsage=clientAuth']);
  }
  const { privateKey, publicKey } = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  const sa = { privateKey: path.join(dir, 'sa.key'), publicKey: path.join(dir, 'sa.pub') };
  fs.writeFileSync(sa.privateKey, privateKey, { mode: 0o600 });
  fs.writeFileSync(sa.publicKey, publicKey);
  return { ca, serving, clients, serviceAccount: sa };
}

/** A kubeconfig that authenticates with a client certificate of the PKI. */
export function kubeconfigText(server: string, ca: string, client: KeyPair, user: string): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: k8s-intro',
    '  cluster:',
    `    server: ${server}`,
    `    certificate-authority: ${ca}`,
    'users:',
    `- name: ${user}`,
    '  user:',
    `    client-certificate: ${client.cert}`,
    `    client-key: ${client.key}`,
    'contexts:',
    '- name: k8s-intro',
    '  context:',
    '    cluster: k8s-intro',
    `    user: ${user}`,
    'current-context: k8s-intro',
    '',
  ].join('\n');
}
