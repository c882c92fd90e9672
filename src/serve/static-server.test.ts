import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveFile, serveBuild, type RunningServer } from './static-server';

let root: string;
let server: RunningServer;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'site-'));
  fs.writeFileSync(path.join(root, 'index.html'), '<h1>home</h1>');
  fs.writeFileSync(path.join(root, '404.html'), '<h1>not found</h1>');
  fs.mkdirSync(path.join(root, 'docs'));
  fs.writeFileSync(path.join(root, 'docs', 'storage.html'), '<h1>storage</h1>');
  server = await serveBuild(root);
});

afterAll(async () => {
  await server.close();
});

describe('resolveFile', () => {
  it('maps clean URLs to .html files, as trailingSlash: false writes them', () => {
    expect(resolveFile(root, '/docs/storage')).toBe(path.join(root, 'docs', 'storage.html'));
    expect(resolveFile(root, '/')).toBe(path.join(root, 'index.html'));
  });
  it('never leaves the root', () => {
    expect(resolveFile(root, '/../../etc/passwd')).toBeUndefined();
    expect(resolveFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
  });
});

describe('serveBuild', () => {
  it('serves pages gzipped to clients that accept it', async () => {
    const res = await fetch(`${server.url}/docs/storage`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toContain('storage');
  });
  it('answers unknown paths with the 404 page and status', async () => {
    const res = await fetch(`${server.url}/docs/nope`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('not found');
  });
  it('refuses to start without a build', async () => {
    await expect(serveBuild(path.join(root, 'docs'))).rejects.toThrow(/npm run build/);
  });
});
