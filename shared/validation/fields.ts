// Reusable zod field schemas. Failures carry catalogue keys ("v.…", see shared/i18n), so the
// same schema gives a Persian message in the main process and the user's language in a form.
import { z } from 'zod';
import { checkNationalId, checkLegalId, checkMobile, checkSheba, type IdCheck } from '../domain/ids.ts';
import { isIsoDate } from '../domain/jalali.ts';
import { normalizePersianText } from '../domain/normalize.ts';

export const uuid = z.uuid({ error: 'v.uuid' });

/** Trimmed text with Arabic letters folded to Persian; required. */
export function text(max: number) {
  return z
    .string()
    .transform((s) => normalizePersianText(s))
    .pipe(z.string().min(1).max(max));
}

/** Optional text: '', whitespace, null and undefined all become null. */
export function optionalText(max: number) {
  return z
    .string()
    .nullish()
    .transform((s) => {
      const v = s == null ? '' : normalizePersianText(s);
      return v === '' ? null : v;
    })
    .pipe(z.string().max(max).nullable());
}

function idField(check: (s: string) => IdCheck, prefix: string) {
  return z
    .string()
    .nullish()
    .transform((s, ctx) => {
      if (s == null || s.trim() === '') return null;
      const r = check(s);
      if (r.ok) return r.value;
      ctx.addIssue({ code: 'custom', message: `v.${prefix}.${r.reason === 'empty' ? 'length' : r.reason}` });
      return z.NEVER;
    });
}

export const optionalNationalId = idField(checkNationalId, 'nationalId');
export const optionalLegalId = idField(checkLegalId, 'legalId');
export const optionalMobile = idField(checkMobile, 'mobile');
export const optionalSheba = idField(checkSheba, 'sheba');

export const optionalPhone = z
  .string()
  .nullish()
  .transform((s) => (s == null || s.trim() === '' ? null : s.trim()))
  .pipe(z.string().regex(/^[+0-9۰-۹٠-٩ -]{4,20}$/, { error: 'v.phone' }).nullable());

export const isoDate = z.string().refine(isIsoDate, { error: 'v.date.format' });

export const isoDateTime = z.string();

export const page = {
  limit: z.number().int().min(1).max(200).default(50),
  offset: z.number().int().min(0).default(0),
};

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int().min(0) });
}

/** Every stored record carries these (DESIGN: UUID, times, origin centre). */
export const recordMeta = {
  id: uuid,
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  originCentreId: z.string(),
};

/** A file handed to the user to save (export, backup): the Electron glue shows a save dialog,
 *  the browser host a download. */
export const filePayload = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});
export type FilePayload = z.infer<typeof filePayload>;

/** A file the user picked, sent as base64 (no data: prefix): at most `maxBytes` bytes of file,
 *  i.e. 4/3 as many characters. The main process still decodes it strictly and checks the bytes. */
export function fileUpload(maxBytes: number, tooLargeKey: string) {
  return z.string().min(1, { error: 'v.file.required' }).max(Math.ceil(maxBytes / 3) * 4, { error: tooLargeKey });
}

export const empty = z.object({}).strict().optional().default({});
