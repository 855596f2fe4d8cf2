// The browser host: a small static server for the built renderer, bound to 127.0.0.1 and
// sending the same CSP as the Electron app. CLI: tsx scripts/serve-static.ts <dir> [--port N]
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONTENT_SECURITY_POLICY, responseHeadersFor } from '../electron/security/csp.js';
import { resolveServedPath } from '../electron/security/protocol-path.js';

export const DEFAULT_PORT = 5174;

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

async function respond(root: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'method not allowed');
  const rawPath = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  const resolved = await resolveServedPath(root, rawPath);
  if (!resolved.ok) return plain(res, resolved.status, resolved.reason);
  const body = await readFile(resolved.path);
  // no-cache: a rebuilt renderer must show up on reload.
  res.writeHead(200, { ...responseHeadersFor(resolved.path), 'Cache-Control': 'no-cache', 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** How many ports after a busy default `npm start` / `npm run web` tries before giving up. */
export const PORT_TRIES = 20;

/**
 * Serves `dir` on 127.0.0.1; port 0 picks a free one. With `nextFree`, a busy port is skipped
 * for the next free one (at most PORT_TRIES); without it a busy port is an error that says how
 * to choose another.
 */
export async function startStaticServer(dir: string, port: number = DEFAULT_PORT, options: { nextFree?: boolean } = {}): Promise<StaticServer> {
  const last = options.nextFree && port !== 0 ? Math.min(port + PORT_TRIES - 1, 65535) : port;
  for (let candidate = port; ; candidate++) {
    try {
      return await listenOn(dir, candidate);
    } catch (error) {
      const busy = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
      if (!busy) throw error;
      if (candidate >= last) {
        const tried = last === port ? `port ${port} is in use` : `ports ${port}–${last} are in use`;
        throw new Error(`${tried}: choose another with --port N (npm run web -- --port N), or 0 for any free port`, { cause: error });
      }
    }
  }
}

async function listenOn(dir: string, port: number): Promise<StaticServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    respond(root, req, res).catch((error: unknown) => {
      if (!res.headersSent) plain(res, 500, 'internal error');
      else res.destroy();
      console.error('serve-static:', error);
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : ok()));
      }),
  };
}

function parseCli(argv: string[]): { dir: string; port: number; chosen: boolean } {
  let dir = 'dist/renderer';
  let port = DEFAULT_PORT;
  let chosen = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') {
      chosen = true;
      port = Number(argv[++i]);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected 0-65535, got "${argv[i] ?? ''}"`);
    } else if (arg !== undefined) {
      dir = arg;
    }
  }
  return { dir, port, chosen };
}

async function main(): Promise<void> {
  const { dir, port, chosen } = parseCli(process.argv.slice(2));
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: run \`npm run build:renderer\` first`);
  }
  // The default port may be taken (another checkout, a dev server): take the next free one.
  // A port the user chose is theirs: if it is busy, say so rather than serve elsewhere.
  const server = await startStaticServer(dir, port, { nextFree: !chosen });
  if (!server.url.endsWith(`:${port}/`) && port !== 0) console.log(`Port ${port} is in use; serving on the next free one (choose with --port N).`);
  console.log(`Redthread browser host: ${server.url}`);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(`serve-static: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
