import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8', '.svg': 'image/svg+xml', '.wasm': 'application/wasm', '.arrow': 'application/vnd.apache.arrow.stream',
  '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain', '.pdf': 'application/pdf',
};

/** Headers for every response, read from the site's own public/_headers (the `/*` block), as a static host would send them. */
function siteHeaders(root: string): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  return Object.fromEntries(readFileSync(file, 'utf8').split('\n').filter((l) => /^\s+\S+:/.test(l)).map((l) => {
    const i = l.indexOf(':');
    return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
  }));
}

/** Serve a built site from `root` on a free loopback port, the way a static host would (directory index, 404 page). */
export async function serveStatic(root: string): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const headers = siteHeaders(root);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    res.writeHead(found ? 200 : 404, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    if (existsSync(file)) createReadStream(file).pipe(res);
    else res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((r) => server.close(() => r())) };
}
