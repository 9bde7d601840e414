// Form validation with the contract's own zod schemas: the form checks exactly what the main
// process will check, and explains failures in the user's language (catalogue keys).
import type { z } from 'zod';
import type { TFunction } from 'i18next';
import { issuesToFieldKeys } from '../../shared/validation/issues.ts';

/** A validator for @mantine/form's `validate` option: values → { field: message }. */
export function zodValidator<S extends z.ZodType>(schema: S, t: TFunction, prefix = '') {
  return (values: unknown): Record<string, string> => {
    const r = schema.safeParse(values);
    if (r.success) return {};
    const out: Record<string, string> = {};
    for (const [path, issue] of Object.entries(issuesToFieldKeys(r.error.issues))) {
      const field = prefix && path.startsWith(prefix) ? path.slice(prefix.length) : path;
      out[field] = t(`errors:${issue.key}`, issue.params ?? {});
    }
    return out;
  };
}
