// Electron security lint (part of npm test): runs Doyensec's Electronegativity on electron/
// and fails on any HIGH or MEDIUM finding, printing each as file:line. The CLI always exits
// 0 and fetches translations at start-up, so it is driven through its library entry with
// the translation download replaced by the bundled English strings — the run stays offline.
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/**
 * Checks left out, each for a reason. Single findings that are false positives are
 * silenced where they occur with an `eng-disable` comment that says why (electron/window.ts).
 */
const EXCLUDED_CHECKS = [
  // Downloads Electron's release list from GitHub to compare versions: no network here or in CI.
  'AvailableSecurityFixesGlobalCheck',
  // Looks for a CSP only in <meta> tags and session.webRequest.onHeadersReceived. Ours is a
  // response header of the app:// protocol handler (electron/security/csp.ts), asserted by
  // csp.test.ts and main.test.ts, and in the browser by tests/e2e/csp.spec.ts.
  'CSPGlobalCheck',
];

const FAILING = new Set(['HIGH', 'MEDIUM']);

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name: string };
  confidence: { name: string };
  description: string;
  manualReview: boolean;
}

interface RunResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Issue[];
}

type Runner = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

function loadRunner(): Runner {
  const base = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  const i18nModule = join(base, 'dist/locales/i18n.js');
  const i18n = createRequire(join(base, 'package.json'))('i18n') as {
    configure(options: Record<string, unknown>): void;
    setLocale(locale: string): void;
  };
  // Same set-up as the package's own i18n.js, minus its HTTP request for newer strings.
  const offlineI18n = (): Promise<void> => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: join(base, 'dist/locales'),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
    return Promise.resolve();
  };
  require.cache[i18nModule] = {
    id: i18nModule,
    filename: i18nModule,
    loaded: true,
    exports: { __esModule: true, default: offlineI18n },
  } as unknown as NodeJS.Module;
  return require(join(base, 'dist/runner.js')) as Runner;
}

async function main(): Promise<void> {
  const input = join(root, 'electron');
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const result = await loadRunner()(
    {
      input,
      excludeFromScan: EXCLUDED_CHECKS,
      electronVersionOverride: electronVersion,
      severitySet: 'informational',
      confidenceSet: 'tentative',
      isRelative: false,
      parserPlugins: [],
    },
    false,
  );
  const unreadable = result.errors.filter((e) => !e.tolerable);
  const failing = result.issues.filter((i) => FAILING.has(i.severity.name));
  const at = (issue: Issue): string =>
    issue.file === 'N/A' ? 'whole app' : `${relative(root, issue.file)}:${issue.location.line}:${issue.location.column}`;
  for (const issue of result.issues.filter((i) => !FAILING.has(i.severity.name))) {
    console.log(`electronegativity: note ${issue.id} (${issue.severity.name}) at ${at(issue)}`);
  }
  for (const error of unreadable) console.error(`electronegativity: could not analyse ${relative(root, error.file)}: ${error.message}`);
  for (const issue of failing) {
    console.error(`electronegativity: ${issue.severity.name} ${issue.id} at ${at(issue)}${issue.manualReview ? ' (review)' : ''}\n  ${issue.description}`);
  }
  console.log(
    `electronegativity: ${result.atomicChecks + result.globalChecks} checks on electron/, ${failing.length} HIGH/MEDIUM finding(s), ${unreadable.length} unreadable file(s)`,
  );
  if (failing.length > 0 || unreadable.length > 0) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(`electronegativity: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
