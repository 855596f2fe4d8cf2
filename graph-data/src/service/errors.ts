// Typed failures of the graph service. Service code throws ServiceFailure; the
// dispatcher turns it into the `{ code, message }` that crosses every boundary.
import type { ErrorCode, LimitExceeded, ServiceError } from '../contract.js';

export class ServiceFailure extends Error {
  readonly code: ErrorCode;
  readonly limit: LimitExceeded | undefined;
  constructor(code: ErrorCode, message: string, limit?: LimitExceeded) {
    super(message);
    this.code = code;
    this.limit = limit;
    this.name = 'ServiceFailure';
  }
}

/** Messages name their origin, graphology-style: `service/paths: unknown node "x"`. */
export function fail(code: ErrorCode, origin: string, message: string): never {
  throw new ServiceFailure(code, `service/${origin}: ${message}`);
}

export function toServiceError(error: unknown): ServiceError {
  if (error instanceof ServiceFailure) return error.limit ? { code: error.code, message: error.message, limit: error.limit } : { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `service: unexpected failure: ${message}` };
}
