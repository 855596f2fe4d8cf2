// Pure checks behind scripts/check-package.ts: what app.asar may contain, where the
// fuse wire sits in an Electron binary, and which fuse states electron-builder.yml asks for.

/** @electron/fuses' sentinel: the fuse wire follows it as [version, length, ...states]. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
export const FUSE_WIRE_VERSION = 1;
const DISABLE = 0x30; // '0'
const ENABLE = 0x31; // '1'

/** Fuse wire v1, in wire order, with the electron-builder.yml key that sets each. */
export const FUSES = [
  { name: 'RunAsNode', key: 'runAsNode', electronDefault: true },
  { name: 'EnableCookieEncryption', key: 'enableCookieEncryption', electronDefault: false },
  { name: 'EnableNodeOptionsEnvironmentVariable', key: 'enableNodeOptionsEnvironmentVariable', electronDefault: true },
  { name: 'EnableNodeCliInspectArguments', key: 'enableNodeCliInspectArguments', electronDefault: true },
  { name: 'EnableEmbeddedAsarIntegrityValidation', key: 'enableEmbeddedAsarIntegrityValidation', electronDefault: false },
  { name: 'OnlyLoadAppFromAsar', key: 'onlyLoadAppFromAsar', electronDefault: false },
  { name: 'LoadBrowserProcessSpecificV8Snapshot', key: 'loadBrowserProcessSpecificV8Snapshot', electronDefault: false },
  { name: 'GrantFileProtocolExtraPrivileges', key: 'grantFileProtocolExtraPrivileges', electronDefault: true },
] as const;

/** What the hardening issue requires of the shipped binary, whatever the YAML says. */
export const REQUIRED_FUSES: Readonly<Record<string, boolean>> = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  grantFileProtocolExtraPrivileges: false,
};

/**
 * A stand-in Electron binary: an ELF-looking header, then the sentinel and a wire with
 * every fuse at Electron's own default — so an unflipped binary fails the check.
 */
export function standInBinary(): Uint8Array {
  const wire = FUSES.map((f) => (f.electronDefault ? ENABLE : DISABLE));
  const head = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, ...new Array<number>(60).fill(0)]);
  const sentinel = new TextEncoder().encode(FUSE_SENTINEL);
  return new Uint8Array([...head, ...sentinel, FUSE_WIRE_VERSION, wire.length, ...wire, ...new Array<number>(64).fill(0)]);
}

/** The fuse states in a binary, by name (true = enabled); throws when there is no wire. */
export function readFuseWire(binary: Uint8Array): Record<string, boolean | 'removed' | 'unknown'> {
  const at = Buffer.from(binary.buffer, binary.byteOffset, binary.byteLength).indexOf(FUSE_SENTINEL);
  if (at < 0) throw new Error('no fuse sentinel in the binary');
  const wire = at + FUSE_SENTINEL.length;
  if (binary[wire] !== FUSE_WIRE_VERSION) throw new Error(`fuse wire version ${binary[wire]}, expected ${FUSE_WIRE_VERSION}`);
  const length = binary[wire + 1] ?? 0;
  const states: Record<string, boolean | 'removed' | 'unknown'> = {};
  FUSES.forEach((fuse, i) => {
    if (i >= length) return;
    const byte = binary[wire + 2 + i];
    states[fuse.key] = byte === ENABLE ? true : byte === DISABLE ? false : byte === 0x72 ? 'removed' : 'unknown';
  });
  return states;
}

/** Problems with the fuses: the YAML must ask for the required states, and the binary must have what the YAML asks. */
export function fuseProblems(yamlFuses: Record<string, unknown>, binary: Record<string, boolean | 'removed' | 'unknown'>): string[] {
  const problems: string[] = [];
  for (const [key, want] of Object.entries(REQUIRED_FUSES)) {
    if (yamlFuses[key] !== want) problems.push(`electron-builder.yml: electronFuses.${key} must be ${want}, is ${String(yamlFuses[key])}`);
  }
  for (const [key, want] of Object.entries(yamlFuses)) {
    if (typeof want !== 'boolean') continue;
    if (!(key in binary)) problems.push(`binary: fuse ${key} is not on the wire`);
    else if (binary[key] !== want) problems.push(`binary: fuse ${key} is ${String(binary[key])}, electron-builder.yml says ${want}`);
  }
  return problems;
}

const ALLOWED_PREFIXES = ['/dist/electron/', '/dist/renderer/', '/graph-data/datasets/'];
const ALLOWED_DIRS = new Set(['/dist', '/dist/electron', '/dist/renderer', '/graph-data', '/graph-data/datasets']);
const REQUIRED_FILES = ['/package.json', '/dist/electron/main.cjs', '/dist/electron/preload.cjs', '/dist/electron/service-thread.cjs', '/dist/renderer/index.html'];

/** Problems with app.asar's file list (paths as @electron/asar lists them: "/dist/electron/main.cjs"). */
export function asarProblems(entries: string[]): string[] {
  const problems: string[] = [];
  const normal = entries.map((e) => e.replaceAll('\\', '/'));
  for (const entry of normal) {
    const allowed = entry === '/package.json' || ALLOWED_DIRS.has(entry) || ALLOWED_PREFIXES.some((p) => entry.startsWith(p));
    if (!allowed) problems.push(`${entry}: outside dist/electron, dist/renderer, graph-data/datasets and package.json`);
    if (/(^|\/)node_modules(\/|$)/.test(entry)) problems.push(`${entry}: node_modules must not be packed`);
    if (/\.(test|spec)\.[cm]?[jt]sx?$/.test(entry)) problems.push(`${entry}: a test file`);
    if (/\.[cm]?tsx?$/.test(entry) && !entry.endsWith('.d.ts')) problems.push(`${entry}: a TypeScript source`);
    if (entry.endsWith('.map')) problems.push(`${entry}: a source map`);
  }
  for (const required of REQUIRED_FILES) if (!normal.includes(required)) problems.push(`${required}: missing from app.asar`);
  return problems;
}
