// The one entry point hosts call with untrusted input: checks the method name and
// validates the arguments against the contract before the service sees them.
import { argsSchemas, METHODS, type Method, type Result } from '../contract.js';
import { toServiceError } from './errors.js';
import type { GraphService } from './index.js';

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && (METHODS as readonly string[]).includes(name);
}

/** Validation problems as one readable line: `search: query: expected string`. */
export function validateArgs(method: Method, raw: unknown): Result<unknown> {
  const parsed = argsSchemas[method].safeParse(raw ?? {});
  if (parsed.success) return { ok: true, value: parsed.data };
  const detail = parsed.error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'arguments'}: ${issue.message}`)
    .join('; ');
  return { ok: false, error: { code: 'bad_arguments', message: `${method}: ${detail}` } };
}

export function dispatch(service: GraphService | null, method: unknown, raw: unknown): Result<unknown> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'bad_arguments', message: `unknown method "${String(method)}"` } };
  }
  if (!service) return { ok: false, error: { code: 'no_graph', message: `${method}: no graph is loaded` } };
  const args = validateArgs(method, raw);
  if (!args.ok) return args;
  // Session methods (opening graphs) are answered by service/session.ts, not here.
  const call: unknown = (service as Partial<Record<Method, unknown>>)[method];
  if (typeof call !== 'function') {
    return { ok: false, error: { code: 'bad_arguments', message: `${method}: not a graph service method` } };
  }
  try {
    // The schema for `method` produced these args, so the call matches its signature.
    return { ok: true, value: (call as (a: unknown) => unknown)(args.value) };
  } catch (error) {
    return { ok: false, error: toServiceError(error) };
  }
}
