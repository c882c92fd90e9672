/**
 * The real tools, built from their Go modules at the versions pinned in src/data/site.ts.
 *
 * Each tool has a Go module of the project's own under tools/<module>/ whose go.mod is generated
 * from the pins (`goModText`), so that a pin change is one edit. k8s.io/kubernetes needs its own
 * module with replace lines: its go.mod points the k8s.io/* staging modules at ./staging, which
 * `go install pkg@version` refuses; we pin each staging module at v0.X.Y instead.
 * Binaries go to .tools/bin/ (git-ignored). A stamp records what was built from what, so a second
 * run with nothing changed does not even link.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { versions, type Versions } from '../data/site';
import { PROJECT_ROOT } from '../util/project';

/** The Go toolchain the go command may fetch to download a module that declares a newer Go. */
const GO_TOOLCHAIN_FOR_DOWNLOADS = 'go1.27.3';

/** Kept for the cluster tests that import it from here (helm.cluster.ts). */
export { PROJECT_ROOT };
export const TOOLS_DIR = path.join(PROJECT_ROOT, 'tools');
export const BIN_DIR = path.join(PROJECT_ROOT, '.tools', 'bin');
const STAMP_FILE = path.join(PROJECT_ROOT, '.tools', 'stamp.json');

/** The k8s.io/* staging modules k8s.io/kubernetes replaces with ./staging/src/k8s.io/<name>. */
export const KUBERNETES_STAGING = [
  'api', 'apiextensions-apiserver', 'apimachinery', 'apiserver', 'cli-runtime', 'client-go',
  'cloud-provider', 'cluster-bootstrap', 'code-generator', 'component-base', 'component-helpers',
  'controller-manager', 'cri-api', 'cri-client', 'cri-streaming', 'csi-translation-lib',
  'dynamic-resource-allocation', 'endpointslice', 'externaljwt', 'kms', 'kube-aggregator',
  'kube-controller-manager', 'kube-proxy', 'kube-scheduler', 'kubectl', 'kubelet', 'metrics',
  'mount-utils', 'pod-security-admission', 'sample-apiserver', 'sample-cli-plugin',
  'sample-controller', 'streaming',
] as const;

export interface Binary {
  /** File name under .tools/bin. */
  readonly name: string;
  /** Go package that builds it. */
  readonly pkg: string;
}

export interface ToolModule {
  /** Folder under tools/. */
  readonly dir: string;
  /** Version printed to the reader ("v1.37.2"). */
  readonly version: string;
  readonly require: Readonly<Record<string, string>>;
  readonly replace: Readonly<Record<string, string>>;
  readonly binaries: readonly Binary[];
  /** -X settings, so that `--version` reports the pin instead of a development version. */
  readonly ldflagsX: readonly string[];
}

/** The tool modules for a set of pins (pure: tests pass other pins). */
export function toolModules(pins: Versions = versions): ToolModule[] {
  const k8s = `v${pins.kubernetes}`;
  const [major, minor] = pins.kubernetes.split('.');
  const staging = `v0.${pins.kubernetes.split('.').slice(1).join('.')}`;
  const versionX = (pkg: string): string[] => [`${pkg}.gitVersion=${k8s}`, `${pkg}.gitMajor=${major}`, `${pkg}.gitMinor=${minor}`, `${pkg}.gitTreeState=clean`];
  return [
    {
      dir: 'kubernetes',
      version: k8s,
      require: { 'k8s.io/kubernetes': k8s },
      replace: Object.fromEntries(KUBERNETES_STAGING.map((m) => [`k8s.io/${m}`, `k8s.io/${m} ${staging}`])),
      binaries: ['kube-apiserver', 'kubectl', 'kube-controller-manager', 'kube-scheduler'].map((name) => ({ name, pkg: `k8s.io/kubernetes/cmd/${name}` })),
      ldflagsX: [...versionX('k8s.io/component-base/version'), ...versionX('k8s.io/client-go/pkg/version')],
    },
    {
      // etcd's server module replaces its sibling modules with ../ paths: it too needs a module of ours.
      dir: 'etcd',
      version: `v${pins.etcd}`,
      require: { 'go.etcd.io/etcd/server/v3': `v${pins.etcd}` },
      replace: {},
      binaries: [{ name: 'etcd', pkg: 'go.etcd.io/etcd/server/v3' }],
      ldflagsX: [],
    },
    {
      dir: 'helm',
      version: `v${pins.helm}`,
      require: { 'helm.sh/helm/v4': `v${pins.helm}` },
      replace: {},
      binaries: [{ name: 'helm', pkg: 'helm.sh/helm/v4/cmd/helm' }],
      ldflagsX: [`helm.sh/helm/v4/internal/version.version=v${pins.helm}`],
    },
    {
      dir: 'helm3',
      version: `v${pins.helm3}`,
      require: { 'helm.sh/helm/v3': `v${pins.helm3}` },
      replace: {},
      binaries: [{ name: 'helm3', pkg: 'helm.sh/helm/v3/cmd/helm' }],
      ldflagsX: [`helm.sh/helm/v3/internal/version.version=v${pins.helm3}`],
    },
    {
      dir: 'kwok',
      version: `v${pins.kwok}`,
      require: { 'sigs.k8s.io/kwok': `v${pins.kwok}` },
      replace: {},
      binaries: [{ name: 'kwok', pkg: 'sigs.k8s.io/kwok/cmd/kwok' }],
      // kwok's version is a constant of its source.
      ldflagsX: [],
    },
  ];
}

/** go.mod of a tool module: the pins, the tool directives, the replace lines. */
export function goModText(tool: ToolModule): string {
  const body = [`module k8sintro.local/tools/${tool.dir}`, '', 'go 1.26.0', ''];
  if (tool.binaries.length) body.push('tool (', ...tool.binaries.map((b) => `\t${b.pkg}`).sort(), ')', '');
  body.push('require (', ...Object.entries(tool.require).map(([m, v]) => `\t${m} ${v}`), ')', '');
  const replaces = Object.entries(tool.replace);
  if (replaces.length) body.push('replace (', ...replaces.map(([from, to]) => `\t${from} => ${to}`), ')', '');
  return [goModHeader(tool), ...body].join('\n');
}

/**
 * First line of a generated go.mod. `go mod tidy` rewrites the rest (indirect requirements,
 * order) but keeps this comment, so its hash of the pins tells whether go.mod follows them.
 */
export function goModHeader(tool: ToolModule): string {
  const pins = JSON.stringify([tool.require, tool.replace, tool.binaries.map((b) => b.pkg)]);
  return `// Generated by \`npm run tools\` from src/data/site.ts (pins ${createHash('sha256').update(pins).digest('hex').slice(0, 12)}): do not edit.`;
}

export interface GoInfo {
  readonly version: string;
}

/** The Go toolchain on PATH, or undefined when there is none. */
export function goInfo(): GoInfo | undefined {
  const out = spawnSync('go', ['env', 'GOVERSION'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) return undefined;
  return { version: out.stdout.trim() };
}

class ToolBuildError extends Error {}

function run(command: string, args: readonly string[], cwd: string): void {
  const out = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, CGO_ENABLED: '0' }, maxBuffer: 64 * 1024 * 1024 });
  if (out.error) throw new ToolBuildError(`${command} ${args.join(' ')} (in ${path.relative(PROJECT_ROOT, cwd)}): ${out.error.message}`);
  if (out.status !== 0) {
    const tail = `${out.stdout}${out.stderr}`.trim().split('\n').slice(-25).join('\n');
    throw new ToolBuildError(`${command} ${args.join(' ')} (in ${path.relative(PROJECT_ROOT, cwd)}) failed with exit ${out.status}:\n${tail}`);
  }
}

type Stamp = Record<string, { key: string; version: string }>;

function readStamp(): Stamp {
  try {
    return JSON.parse(fs.readFileSync(STAMP_FILE, 'utf8')) as Stamp;
  } catch {
    return {};
  }
}

/** What a build depends on: go.mod, go.sum, the flags and the Go version. */
function buildKey(tool: ToolModule, go: GoInfo): string {
  const dir = path.join(TOOLS_DIR, tool.dir);
  const read = (f: string): string => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), 'utf8') : '');
  return createHash('sha256').update([go.version, read('go.mod'), read('go.sum'), tool.ldflagsX.join(' ')].join('\0')).digest('hex').slice(0, 16);
}

export interface BuildReport {
  readonly tool: string;
  readonly version: string;
  readonly binaries: readonly string[];
  /** False when the stamp showed nothing had changed. */
  readonly built: boolean;
  readonly seconds: number;
}

/**
 * Writes each go.mod from the pins (tidying when it changed), then builds what is missing or out
 * of date. Throws ToolBuildError with the go command's last lines when a build fails.
 */
export function ensureTools(options: { only?: readonly string[]; log?: (line: string) => void } = {}): BuildReport[] {
  const go = goInfo();
  if (!go) throw new ToolBuildError('go is not on PATH: the real tools cannot be built (install Go 1.26 or newer)');
  const log = options.log ?? (() => {});
  const stamp = readStamp();
  const reports: BuildReport[] = [];
  fs.mkdirSync(BIN_DIR, { recursive: true });
  for (const tool of toolModules()) {
    if (options.only && !options.only.includes(tool.dir)) continue;
    const started = Date.now();
    const dir = path.join(TOOLS_DIR, tool.dir);
    fs.mkdirSync(dir, { recursive: true });
    const goMod = path.join(dir, 'go.mod');
    const text = goModText(tool);
    const current = fs.existsSync(goMod) ? fs.readFileSync(goMod, 'utf8') : '';
    if (current.split('\n')[0] !== goModHeader(tool) || !fs.existsSync(path.join(dir, 'go.sum'))) {
      log(`${tool.dir}: go.mod follows the pins (${tool.version}); go mod tidy`);
      fs.writeFileSync(goMod, text);
      run('go', ['mod', 'tidy'], dir);
    }
    const key = buildKey(tool, go);
    const outputs = tool.binaries.map((b) => path.join(BIN_DIR, b.name));
    const upToDate = outputs.every((o) => fs.existsSync(o)) && tool.binaries.every((b) => stamp[b.name]?.key === key);
    if (!upToDate && tool.binaries.length) {
      log(`${tool.dir}: building ${tool.binaries.map((b) => b.name).join(', ')} ${tool.version} with ${go.version}`);
      const ldflags = ['-s', '-w', ...tool.ldflagsX.flatMap((x) => ['-X', x])].join(' ');
      // One go build for several packages of one module shares the compile work; a single
      // binary may need a name of its own (helm3).
      const single = tool.binaries.length === 1;
      const target = single ? outputs[0]! : `${BIN_DIR}${path.sep}`;
      run('go', ['build', '-trimpath', '-ldflags', ldflags, '-o', target, ...tool.binaries.map((b) => b.pkg)], dir);
      for (const b of tool.binaries) stamp[b.name] = { key, version: tool.version };
      fs.writeFileSync(STAMP_FILE, `${JSON.stringify(stamp, null, 2)}\n`);
    }
    reports.push({ tool: tool.dir, version: tool.version, binaries: outputs, built: !upToDate && tool.binaries.length > 0, seconds: (Date.now() - started) / 1000 });
  }
  return reports;
}

/** Absolute path of a built tool; throws when it has not been built. */
export function toolPath(name: string): string {
  const file = path.join(BIN_DIR, name);
  if (!fs.existsSync(file)) throw new ToolBuildError(`${name} is not built: run npm run tools`);
  return file;
}

/** Whether a tool binary exists (kwok and friends are optional for some runs). */
export function hasTool(name: string): boolean {
  return fs.existsSync(path.join(BIN_DIR, name));
}

/**
 * The Gateway API standard channel CRD files of the pinned release, from Go's module cache
 * (`go mod download` verifies them against the checksum database).
 */
export function gatewayApiCrdFiles(version: string = versions.gatewayApi): string[] {
  // Gateway API 1.7 declares go 1.27: the go command fetches that toolchain (from the module
  // proxy, like any module) for this download only; nothing is built with it.
  const env = { ...process.env, GOTOOLCHAIN: GO_TOOLCHAIN_FOR_DOWNLOADS };
  const out = spawnSync('go', ['mod', 'download', '-json', `sigs.k8s.io/gateway-api@v${version}`], { encoding: 'utf8', cwd: TOOLS_DIR, env });
  if (out.error || out.status !== 0) throw new ToolBuildError(`go mod download sigs.k8s.io/gateway-api@v${version} failed: ${out.stderr || out.error?.message}`);
  const info = JSON.parse(out.stdout) as { Dir?: string; Error?: string };
  if (!info.Dir) throw new ToolBuildError(`go mod download sigs.k8s.io/gateway-api@v${version}: ${info.Error ?? 'no folder'}`);
  const dir = path.join(info.Dir, 'config', 'crd', 'standard');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f));
}

/**
 * kwok's stock stages (what kwokctl uses by default): nodes become Ready and keep a lease, Pods
 * bound to them become Running at once. From the pinned kwok module in Go's module cache.
 */
export function kwokStageFiles(): string[] {
  const out = spawnSync('go', ['list', '-m', '-f', '{{.Dir}}', 'sigs.k8s.io/kwok'], { encoding: 'utf8', cwd: path.join(TOOLS_DIR, 'kwok') });
  const dir = out.stdout?.trim();
  if (out.status !== 0 || !dir) throw new ToolBuildError(`go list -m sigs.k8s.io/kwok (in tools/kwok) failed: ${out.stderr?.trim()}`);
  return ['node/fast', 'node/heartbeat-with-lease', 'pod/fast'].flatMap((stage) => {
    const folder = path.join(dir, 'kustomize', 'stage', ...stage.split('/'));
    return fs.readdirSync(folder).filter((f) => f.endsWith('.yaml') && f !== 'kustomization.yaml').sort().map((f) => path.join(folder, f));
  });
}
