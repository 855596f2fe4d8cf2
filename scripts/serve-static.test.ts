// The browser host's server on a busy port: the default moves to the next free port; a port
// the user chose fails with a message saying how to choose another.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startStaticServer } from './serve-static.js';

async function occupy(): Promise<{ port: number; close(): void }> {
  const blocker = createServer();
  await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
  const address = blocker.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { port: address.port, close: () => blocker.close() };
}

describe('startStaticServer on a busy port', () => {
  const dir = mkdtempSync(join(tmpdir(), 'serve-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');

  it('takes the next free port when asked to', async () => {
    const busy = await occupy();
    try {
      const server = await startStaticServer(dir, busy.port, { nextFree: true });
      const port = Number(new URL(server.url).port);
      expect(port).toBeGreaterThan(busy.port);
      expect((await fetch(server.url)).status).toBe(200);
      await server.close();
    } finally {
      busy.close();
    }
  });

  it('says how to choose a port when the chosen one is busy', async () => {
    const busy = await occupy();
    try {
      await expect(startStaticServer(dir, busy.port)).rejects.toThrow(`port ${busy.port} is in use: choose another with --port N`);
    } finally {
      busy.close();
    }
  });
});
