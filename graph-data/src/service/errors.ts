// Typed failures of the graph service. Service code throws ServiceFailure; the
// dispatcher turns it into the `{ code, message }` that crosses every boundary.
import type { ErrorCode, ServiceError } from '../contract.js';

export class ServiceFailure extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'ServiceFailure';
  }
}

/** Messages name their origin, graphology-style: `service/paths: unknown node "x"`. */
export function fail(code: ErrorCode, origin: string, message: string): never {
  throw new ServiceFailure(code, `service/${origin}: ${message}`);
}

export function toServiceError(error: unknown): ServiceError {
  if (error instanceof ServiceFailure) return { code: error.code, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `service: unexpected failure: ${message}` };
}
