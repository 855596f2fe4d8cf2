// Makes sure a Chromium exists for the end-to-end tests: uses one that is there,
// or installs Debian's package with apt when running as root. Never downloads a
// browser build of its own (npx playwright install cannot work offline).
import { execFileSync } from 'node:child_process';
import { findChromium } from './chromium-path.js';

const found = findChromium();
if (found) {
  console.log(`chromium: ${found}`);
  process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error('chromium: none found. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(1);
}
console.log('chromium: none found; installing Debian chromium with apt-get…');
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation', 'fonts-dejavu-core'], { stdio: ['ignore', 'ignore', 'inherit'], env });
const installed = findChromium();
if (!installed) {
  console.error('chromium: apt-get finished but /usr/bin/chromium is still missing.');
  process.exit(1);
}
console.log(`chromium: ${installed}`);
