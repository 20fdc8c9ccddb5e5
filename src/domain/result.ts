// Expected failures are values: a Result carries either the value or a DomainError with a code.

export type ErrorCode = 'invalid-input' | 'not-found' | 'conflict' | 'invalid-record' | 'unauthenticated' | 'forbidden' | 'too-many-attempts';

export interface DomainError {
  readonly code: ErrorCode;
  /** A sentence for a person: names the field and the rule it broke. */
  readonly message: string;
  readonly field?: string;
}

export type Result<T, E = DomainError> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field === undefined ? { code, message } : { code, message, field },
});

export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
