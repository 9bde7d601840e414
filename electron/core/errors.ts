// Renders an AppError (catalogue keys) into the envelope's error payload with Persian text.
import { AppError, type ErrorPayload } from '../../shared/errors.ts';
import { translateError, fieldLabel } from '../../shared/i18n/translate.ts';

export function toErrorPayload(err: AppError): ErrorPayload {
  const payload: ErrorPayload = { code: err.code, key: err.key, message: '' };
  if (err.params) payload.params = err.params;
  if (err.details !== undefined) payload.details = err.details;
  if (err.fieldKeys && Object.keys(err.fieldKeys).length > 0) {
    payload.fieldKeys = err.fieldKeys;
    payload.fields = {};
    for (const [path, issue] of Object.entries(err.fieldKeys)) payload.fields[path] = translateError(issue.key, issue.params);
  }
  if (err.key === 'validation.failed') {
    const summary = Object.entries(payload.fields ?? {})
      .map(([path, msg]) => `${fieldLabel(path)}: ${msg}`)
      .join('؛ ');
    payload.message = translateError('validation.failed', { summary });
  } else {
    payload.message = translateError(err.key, err.params);
  }
  return payload;
}

export function internalError(): ErrorPayload {
  return { code: 'INTERNAL', key: 'internal', message: translateError('internal') };
}
