// Where to find a Chromium for end-to-end tests and benchmarks: CHROMIUM_PATH,
// Debian's /usr/bin/chromium, then Playwright's own downloaded browsers.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as PlaywrightTest from '@playwright/test';

const require = createRequire(import.meta.url);

export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const { chromium } = require('@playwright/test') as typeof PlaywrightTest;
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // No Playwright-managed browser: fall through.
  }
  return null;
}

/** Flags for a closed network: without them Chromium keeps dialling Google's hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
