// What people type into the projects' forms, read the way the contract wants it: optional
// amounts in the centre's unit → integer rials or null; whole numbers (area, jobs, count,
// percent) in Persian or Latin digits. And the reverse, to fill a form from a saved record.
import { formatMoney, parseMoney, type MoneyUnit } from '../../../shared/domain/money.ts';
import { toLatinDigits } from '../../../shared/domain/digits.ts';
import { readAmount } from '../treasury/amounts.ts';

export interface OptionalAmount {
  /** integer rials; null when left empty; undefined when the text is not an amount */
  rials: number | null | undefined;
  errorKey: string | null;
}

/** An amount that may be left empty (a budget, an estimate). Zero is allowed. */
export function readOptionalAmount(text: string, unit: MoneyUnit): OptionalAmount {
  if (text.trim() === '') return { rials: null, errorKey: null };
  const r = parseMoney(text, unit);
  if (r.ok) return { rials: r.rials, errorKey: null };
  const { errorKey } = readAmount(text, unit);
  return { rials: undefined, errorKey };
}

/** A required positive amount (an expense). */
export { readAmount };

/** A typed whole number: null when empty, NaN when not a whole number. */
export function readWhole(text: string): number | null {
  const s = toLatinDigits(text).trim();
  if (s === '') return null;
  return /^\d{1,9}$/.test(s) ? Number(s) : Number.NaN;
}

/** Saved rials as the form shows them: grouped, in the centre's unit, without the unit word. */
export function amountText(rials: number | null, unit: MoneyUnit, lang: string): string {
  if (rials === null) return '';
  return formatMoney(rials, { unit, withUnit: false, digits: lang === 'fa' ? 'fa' : 'latin' });
}

/** Path of a contract field → the flat form's field ("fields.housing.areaM2" → "areaM2"). */
export function formField(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'fields');
  if (parts[0] === 'housing' && parts.length === 1) return 'landStatus';
  return parts[parts.length - 1] ?? path;
}

/** Field errors keyed by contract paths → keyed by the flat form's fields (first one wins). */
export function flatErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) out[formField(path)] ??= message;
  return out;
}
