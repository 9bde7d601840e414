// Shows an API error in the user's language: the catalogue key and parameters the main process
// sent are translated here; the Persian `message` is the fallback.
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client.ts';

export function errorText(err: unknown, t: TFunction): string {
  if (err instanceof ApiError) {
    const p = err.payload;
    if (p.key === 'validation.failed' && p.fieldKeys) {
      return t('errors:validation.failedShort');
    }
    return t(`errors:${p.key}`, { ...(p.params ?? {}), defaultValue: p.message });
  }
  return t('errors:unknown');
}

/** Field errors of an API error, translated, with the path prefix (e.g. "donor.") removed. */
export function fieldErrors(err: unknown, t: TFunction, prefix = ''): Record<string, string> {
  if (!(err instanceof ApiError) || !err.payload.fieldKeys) return {};
  const out: Record<string, string> = {};
  for (const [path, issue] of Object.entries(err.payload.fieldKeys)) {
    const field = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
    out[field] = t(`errors:${issue.key}`, issue.params ?? {});
  }
  return out;
}
