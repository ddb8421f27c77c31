import { NewsgraphError, type ErrorCode } from '../errors.js';

/**
 * HTTP errors of the API, in one place: every failure a handler meets ends
 * here as `{error: {code, message}}` with the status of its code. The codes
 * are those of src/errors.ts, plus four that only HTTP has.
 */
export type ApiErrorCode = ErrorCode | 'forbidden' | 'method-not-allowed' | 'unsupported-media-type' | 'body-too-large';

const STATUS: Readonly<Record<ApiErrorCode, number>> = {
  usage: 400,
  'input-invalid': 400,
  'input-unreadable': 400,
  'input-empty': 422,
  'input-binary': 422,
  'input-encoding': 422,
  'input-too-large': 413,
  'body-too-large': 413,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  'unsupported-media-type': 415,
  pipeline: 500,
  internal: 500,
  store: 503,
};

/** An error that only an HTTP request can make (no token, wrong method, body too large...). */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly headers: Readonly<Record<string, string>>;
  constructor(code: ApiErrorCode, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.code = code;
    this.name = 'ApiError';
    this.headers = headers;
  }
}

export interface ErrorResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: { readonly error: { readonly code: ApiErrorCode; readonly message: string } };
}

/**
 * The response for a thrown error. Faults (internal, pipeline) keep their
 * message for the server log and answer with a generic one, so that no
 * stack or path leaks to a client.
 */
export function errorResponse(err: unknown): ErrorResponse {
  const code: ApiErrorCode = err instanceof ApiError || err instanceof NewsgraphError ? err.code : 'internal';
  const status = STATUS[code];
  const fault = status >= 500 && code !== 'store';
  const message = fault ? 'internal error: the server log has the details' : (err as Error).message;
  const headers = err instanceof ApiError ? err.headers : {};
  return { status, headers, body: { error: { code, message } } };
}

/** The status of a code (for the OpenAPI document). */
export function statusOf(code: ApiErrorCode): number {
  return STATUS[code];
}

export const notFound = (what: string): ApiError => new ApiError('not-found', `${what} was not found`);
