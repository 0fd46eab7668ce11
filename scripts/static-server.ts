/**
 * A tiny static server that behaves like the CDNs we deploy to: it serves `dist/`, answers folders with
 * their index.html, adds the trailing slash, answers unknown paths with 404.html (status 404), gzips text,
 * and applies the headers of `dist/_headers` (Netlify / Cloudflare Pages syntax). The browser tests and
 * `npm run lighthouse` use it, so the CSP and security headers they check are the ones we ship.
 *
 *   node scripts/static-server.ts [dist] [port]
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;

export interface HeaderRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/** Parses a `_headers` file: a path pattern on its own line, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: cannot read the line "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Whether a `_headers` pattern (`*` = anything, `:name` = one segment) matches a URL path. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]+)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers for a path: every matching rule applies; a header set twice gets both values, comma-joined. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) result[name] = result[name] ? `${result[name]}, ${value}` : value;
  }
  return result;
}

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startStaticServer(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const gzipped = new Map<string, Buffer>();

  const fileFor = (path: string): string | undefined => {
    const local = normalize(join(root, path));
    if (!local.startsWith(root)) return undefined;
    for (const candidate of [local, join(local, 'index.html')]) {
      if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    }
    return undefined;
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      path = '/';
    }
    let status = 200;
    let file = fileFor(path);
    if (file && !path.endsWith('/') && file.endsWith('/index.html') && !path.endsWith('index.html')) {
      response.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (!file) {
      status = 404;
      file = fileFor('/404.html');
    }
    const headers: Record<string, string> = { 'Cache-Control': 'no-cache', ...headersFor(rules, url.pathname) };
    if (!file) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body: Buffer = readFileSync(file);
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(body, { level: 9 }));
      body = gzipped.get(file)!;
      headers['Content-Encoding'] = 'gzip';
      headers['Vary'] = 'Accept-Encoding';
    }
    response.writeHead(status, { ...headers, 'Content-Type': type, 'Content-Length': String(body.length) });
    response.end(request.method === 'HEAD' ? undefined : body);
  });

  await new Promise<void>((done) => server.listen(port, host, done));
  const address = server.address() as { port: number };
  return {
    url: `http://${host}:${address.port}`,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

if (import.meta.main) {
  const [dir = 'dist', port = '4322'] = process.argv.slice(2);
  const { url } = await startStaticServer(dir, Number(port));
  console.log(`Serving ${dir} with its _headers at ${url}/`);
}
