/**
 * Exceptions are for programming and infrastructure faults, and for input
 * that cannot be read at all (style rule 5). Problems inside a readable text
 * are diagnostics, never exceptions. Each class has a stable code; the CLI
 * maps codes to exit codes and the API to HTTP statuses, each in one place.
 */
export type ErrorCode =
  | 'usage'
  | 'input-unreadable'
  | 'input-empty'
  | 'input-binary'
  | 'input-encoding'
  | 'input-too-large'
  | 'input-invalid'
  | 'not-found'
  | 'unauthorized'
  | 'pipeline'
  | 'store'
  | 'internal';

export class NewsgraphError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = 'NewsgraphError';
  }
}

/** Input that cannot be analysed: empty, binary, not UTF-8, too large, malformed. */
export class InputError extends NewsgraphError {
  constructor(code: Extract<ErrorCode, `input-${string}`>, message: string, options?: { cause?: unknown }) {
    super(code, message, options);
    this.name = 'InputError';
  }
}

/** Wrong command-line or API usage. */
export class UsageError extends NewsgraphError {
  constructor(message: string) {
    super('usage', message);
    this.name = 'UsageError';
  }
}

/** A pipeline that cannot be built or an extractor that broke its contract. */
export class PipelineError extends NewsgraphError {
  constructor(message: string) {
    super('pipeline', message);
    this.name = 'PipelineError';
  }
}

/** A storage failure (database unreachable, schema mismatch...). */
export class StoreError extends NewsgraphError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('store', message, options);
    this.name = 'StoreError';
  }
}

/** The error's stable code, `internal` for anything that is not a NewsgraphError. */
export function errorCode(err: unknown): ErrorCode {
  return err instanceof NewsgraphError ? err.code : 'internal';
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
