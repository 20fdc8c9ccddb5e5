// The one place that maps an error code to an HTTP status, and the one error shape.
import type { ErrorCode } from '../domain/result.js';

export const httpStatus: Record<ErrorCode, number> = {
  'invalid-input': 400,
  'not-found': 404,
  conflict: 409,
  'invalid-record': 422,
};

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly details?: unknown };
}

export const errorBody = (code: string, message: string): ErrorBody => ({ error: { code, message } });
