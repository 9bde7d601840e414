// One error shape crosses the wall. `key` and `params` name a message in the errors catalogue
// (shared/i18n/errors.*.json) so either side can render it in the user's language; `message`
// is the Persian text the main process rendered from them, for tools that speak the protocol.

export const ERROR_CODES = [
  'VALIDATION', // input failed the contract's schema; `fields` says which and why
  'UNAUTHENTICATED', // no or expired session
  'FORBIDDEN', // signed in, but the role may not call this channel
  'UNKNOWN_CHANNEL',
  'BAD_REQUEST', // malformed request to the host (not JSON, wrong shape)
  'NOT_FOUND',
  'CONFLICT', // state forbids it (already set up, archived record, last admin ...)
  'DUPLICATE', // would create a duplicate; `details.matches` lists the existing records
  'NEWER_DATABASE', // the data file was written by a newer Hamyar
  'BAD_FILE', // an uploaded file is not what it claims (backup restore)
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type MessageParams = Record<string, string | number>;

export interface FieldIssue {
  key: string;
  params?: MessageParams;
}

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
  key: string;
  params?: MessageParams;
  /** Persian message per field path ("nationalId", "tags.2") */
  fields?: Record<string, string>;
  /** the same per field, as catalogue keys, for the renderer to show in its language */
  fieldKeys?: Record<string, FieldIssue>;
  details?: unknown;
}

export type Envelope<T> = { ok: true; result: T } | { ok: false; error: ErrorPayload };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly key: string;
  readonly params: MessageParams | undefined;
  readonly fieldKeys: Record<string, FieldIssue> | undefined;
  readonly details: unknown;

  constructor(
    code: ErrorCode,
    key: string,
    opts: { params?: MessageParams; fieldKeys?: Record<string, FieldIssue>; details?: unknown } = {},
  ) {
    super(key);
    this.name = 'AppError';
    this.code = code;
    this.key = key;
    this.params = opts.params;
    this.fieldKeys = opts.fieldKeys;
    this.details = opts.details;
  }
}

/** A single-field validation failure raised by a service (after the schema passed). */
export function fieldError(field: string, key: string, params?: MessageParams): AppError {
  return new AppError('VALIDATION', 'validation.failed', {
    fieldKeys: { [field]: params ? { key, params } : { key } },
  });
}
