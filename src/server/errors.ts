// The one place that maps an error code to an HTTP status, and the one error shape.
import type { ErrorCode } from '../domain/result.js';

export const httpStatus: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  'invalid-record': 422,
  unauthenticated: 401,
  forbidden: 403,
  'too-many-attempts': 429,
};

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown };
}

export const errorBody = (code: string, message: string, details?: unknown): ErrorBody => ({ error: details === undefined ? { code, message } : { code, message, details } });
