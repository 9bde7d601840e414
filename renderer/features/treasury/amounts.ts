// What people type into the treasury's forms, read the way the contract wants it: amounts in
// the centre's unit (Persian or Latin digits, separators) → integer rials; counts → integers.
import { parseMoney, type MoneyUnit, type ParseMoneyResult } from '../../../shared/domain/money.ts';
import { toLatinDigits } from '../../../shared/domain/digits.ts';

type MoneyFailure = Extract<ParseMoneyResult, { ok: false }>['reason'];

const MONEY_KEYS: Record<MoneyFailure, string> = {
  empty: 'v.money.required',
  format: 'v.money.format',
  negative: 'v.money.positive',
  too_large: 'v.money.tooLarge',
  fraction: 'v.money.integer',
};

export interface ParsedAmount {
  /** integer rials, or undefined when the text is not an amount */
  rials: number | undefined;
  /** the catalogue key (namespace "errors") explaining why not */
  errorKey: string | null;
}

export function readAmount(text: string, unit: MoneyUnit): ParsedAmount {
  const r = parseMoney(text, unit);
  if (!r.ok) return { rials: undefined, errorKey: MONEY_KEYS[r.reason] };
  if (r.rials === 0) return { rials: 0, errorKey: 'v.money.positive' };
  return { rials: r.rials, errorKey: null };
}

/** A typed whole number (Persian or Latin digits); undefined when empty, NaN when not a number. */
export function readCount(text: string): number | undefined {
  const s = toLatinDigits(text).trim();
  if (s === '') return undefined;
  return /^\d{1,4}$/.test(s) ? Number(s) : Number.NaN;
}

