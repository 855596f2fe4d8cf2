// Maps app://redthread/<path> requests to files under the renderer root: a pure lexical
// check first, then a realpath check so a symlink cannot lead out of the root.
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'redthread';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type PathResult = { ok: true; path: string } | { ok: false; reason: string; status: 403 | 404 };

const refuse = (reason: string): PathResult => ({ ok: false, reason, status: 403 });
const notFound = (reason: string): PathResult => ({ ok: false, reason, status: 404 });

function escapesRoot(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/** Pure: a raw (still percent-encoded) URL path such as `/assets/x.js` → a path under rootDir. */
export function lexicalPath(rootDir: string, rawPath: string): PathResult {
  if (!rawPath.startsWith('/')) return refuse('path must start with "/"');
  if (rawPath.includes('\\')) return refuse('backslash in path');
  // Encoded dots, separators and NULs only ever serve to smuggle a traversal past URL
  // normalisation; no file the renderer build emits needs them, so refuse outright.
  if (/%(?:2e|2f|5c|00)/i.test(rawPath)) return refuse('encoded dot, separator or NUL in path');
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return refuse('malformed percent-encoding');
  }
  if (decoded.includes('\0')) return refuse('NUL byte in path');
  if (decoded.includes('\\')) return refuse('backslash in path');
  const rest = decoded === '/' ? 'index.html' : decoded.slice(1);
  if (rest.startsWith('/') || isAbsolute(rest) || /^[a-z]:/i.test(rest)) return refuse('absolute path');
  const segments = rest.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return refuse('dot segment in path');
  // Empty segments (`a//b`, trailing `/`) and `:` (Windows drives, NTFS streams) never name a build file.
  if (segments.some((s) => s === '' || s.includes(':'))) return refuse('empty segment or ":" in path');
  const root = resolve(rootDir);
  const candidate = join(root, ...segments);
  if (escapesRoot(root, candidate)) return refuse('path leaves the root');
  return { ok: true, path: candidate };
}

/** Pure: `app://redthread/<path>` → a path under rootDir; any other scheme, host, port or credentials is refused. */
export function lexicalAppPath(rootDir: string, requestUrl: string): PathResult {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse('malformed URL');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port || url.username || url.password) {
    return refuse(`not an ${APP_ORIGIN}/ URL`);
  }
  // The raw text, not url.pathname: the URL parser would already have folded `..` away.
  if (!requestUrl.startsWith(APP_ORIGIN)) return refuse(`not an ${APP_ORIGIN}/ URL`);
  const rawPath = requestUrl.slice(APP_ORIGIN.length).split(/[?#]/, 1)[0] || '/';
  return lexicalPath(rootDir, rawPath);
}

/** fs: the candidate must exist as a file whose real path (symlinks resolved) stays inside the real root. */
export async function containedRealPath(rootDir: string, candidate: string): Promise<PathResult> {
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(rootDir);
    realFile = await realpath(candidate);
  } catch {
    return notFound('no such file');
  }
  if (escapesRoot(realRoot, realFile)) return refuse('resolves outside the root');
  const info = await stat(realFile);
  return info.isFile() ? { ok: true, path: realFile } : notFound('not a file');
}

export async function resolveAppPath(rootDir: string, requestUrl: string): Promise<PathResult> {
  const lexical = lexicalAppPath(rootDir, requestUrl);
  return lexical.ok ? containedRealPath(rootDir, lexical.path) : lexical;
}

/** For the browser host's static server, which sees only the request's path. */
export async function resolveServedPath(rootDir: string, rawPath: string): Promise<PathResult> {
  const lexical = lexicalPath(rootDir, rawPath);
  return lexical.ok ? containedRealPath(rootDir, lexical.path) : lexical;
}
