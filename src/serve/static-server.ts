/**
 * A small static server for the built site, as a real host would serve it: Docusaurus' clean
 * URLs (trailingSlash: false writes `page.html`), gzip for text, and the site's 404 page.
 * Used by the browser tests and Lighthouse; it listens on 127.0.0.1 only.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.mmd': 'text/plain; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.tpl': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

const compressible = /^(text\/|application\/(json|xml)|image\/svg)/;

/** Maps a URL path to a file of the build, or undefined. Guards against leaving the root. */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
  const full = path.normalize(path.join(root, decoded));
  if (full !== root && !full.startsWith(root + path.sep)) return undefined;
  const candidates = [full, `${full}.html`, path.join(full, 'index.html')];
  return candidates.find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 at a free port (or `port`). */
export async function serveBuild(root: string, options: { port?: number; gzip?: boolean } = {}): Promise<RunningServer> {
  const absRoot = path.resolve(root);
  if (!fs.existsSync(path.join(absRoot, 'index.html'))) {
    throw new Error(`${absRoot}/index.html not found: run \`npm run build\` first.`);
  }
  const gzip = options.gzip ?? true;
  const server = http.createServer((req, res) => {
    const file = resolveFile(absRoot, req.url ?? '/');
    const status = file ? 200 : 404;
    const served = file ?? path.join(absRoot, '404.html');
    const type = contentTypes[path.extname(served)] ?? 'application/octet-stream';
    const body = fs.readFileSync(served);
    const headers: http.OutgoingHttpHeaders = {
      'content-type': type,
      // Hashed assets never change; pages are revalidated.
      'cache-control': served.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzip && acceptsGzip && compressible.test(type)) {
      headers['content-encoding'] = 'gzip';
      headers['vary'] = 'Accept-Encoding';
      res.writeHead(status, headers);
      res.end(req.method === 'HEAD' ? undefined : zlib.gzipSync(body));
      return;
    }
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
