// Money is always an integer number of rials (a safe-integer number).
// Toman (= 10 rials) exists only at the edges: what the user types and
// what the screen shows. Keeping one unit inside means no rounding and
// no "was this rials or tomans?" bugs in sums and reports.

import { toLatinDigits, toPersianDigits } from './digits.ts';

export type MoneyUnit = 'rial' | 'toman';

/** Largest amount accepted from input: 10^15 rials, well inside 2^53. */
export const MAX_RIALS = 1_000_000_000_000_000;

/** Throws RangeError unless n is a safe integer (a valid rial amount). */
export function assertRials(n: number): void {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not an integer rial amount: ${n}`);
}

export type FormatMoneyOptions = {
  unit: MoneyUnit;
  /** Digit script; defaults to the language's own ('fa' → Persian digits). */
  digits?: 'fa' | 'latin';
  /** Append the unit word; default true, since rial/toman confusion is the classic error. */
  withUnit?: boolean;
  /** Language of the unit word; default 'fa'. */
  lang?: 'fa' | 'en';
};

const UNIT_WORDS = {
  fa: { rial: 'ریال', toman: 'تومان' },
  en: { rial: 'rials', toman: 'tomans' },
} as const;
const UNIT_WORDS_EN_SINGULAR = { rial: 'rial', toman: 'toman' } as const;

function groupThousands(intDigits: string, sep: string): string {
  return intDigits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * '۱۲٬۵۰۰ تومان', '125,000 rials'. Separators follow the digit script:
 * Persian digits use ٬ (U+066C) and ٫ (U+066B), Latin digits ',' and '.'.
 * Tomans not divisible evenly show one decimal (125 rials = ۱۲٫۵ تومان).
 */
export function formatMoney(rials: number, opts: FormatMoneyOptions): string {
  assertRials(rials);
  const lang = opts.lang ?? 'fa';
  const digits = opts.digits ?? (lang === 'fa' ? 'fa' : 'latin');
  const persian = digits === 'fa';
  const abs = Math.abs(rials);
  let text: string;
  if (opts.unit === 'toman') {
    const whole = groupThousands(String(Math.floor(abs / 10)), persian ? '٬' : ',');
    const tenth = abs % 10;
    text = tenth === 0 ? whole : `${whole}${persian ? '٫' : '.'}${tenth}`;
  } else {
    text = groupThousands(String(abs), persian ? '٬' : ',');
  }
  if (rials < 0) text = '-' + text;
  if (persian) text = toPersianDigits(text);
  if (opts.withUnit === false) return text;
  const shownIsOne = abs === (opts.unit === 'toman' ? 10 : 1);
  const word = lang === 'en' && shownIsOne ? UNIT_WORDS_EN_SINGULAR[opts.unit] : UNIT_WORDS[lang][opts.unit];
  return `${text} ${word}`;
}

export type ParseMoneyResult =
  | { ok: true; rials: number }
  | { ok: false; reason: 'empty' | 'format' | 'negative' | 'too_large' | 'fraction' };

// Thousands separators users type or paste: , ٬ ، and any kind of space;
// plus invisible bidi marks that come with text copied from RTL pages.
const GROUPING_RE = /[,\u066C\u060C\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Parses a typed amount in the given unit into rials. Decimal point is '.'
 * or '٫'. Rials must be whole; tomans may have one decimal (a rial).
 */
export function parseMoney(input: string, unit: MoneyUnit): ParseMoneyResult {
  let s = toLatinDigits(input).replace(GROUPING_RE, '').replace(/\u066B/g, '.');
  if (s === '') return { ok: false, reason: 'empty' };
  let negative = false;
  if (/^[-\u2212]/.test(s)) {
    negative = true;
    s = s.slice(1);
  } else if (s.startsWith('+')) {
    s = s.slice(1);
  }
  const m = /^(\d+)(?:\.(\d*))?$/.exec(s);
  if (!m) return { ok: false, reason: 'format' };
  const intPart = m[1] ?? '0';
  const fracPart = (m[2] ?? '').replace(/0+$/, '');
  if (negative && (/[1-9]/.test(intPart) || fracPart !== '')) return { ok: false, reason: 'negative' };
  const allowedDecimals = unit === 'toman' ? 1 : 0;
  if (fracPart.length > allowedDecimals) return { ok: false, reason: 'fraction' };
  // BigInt so that an absurdly long input is judged exactly, not rounded.
  const rials = unit === 'toman' ? BigInt(intPart) * 10n + BigInt(fracPart || '0') : BigInt(intPart);
  if (rials > BigInt(MAX_RIALS)) return { ok: false, reason: 'too_large' };
  return { ok: true, rials: Number(rials) };
}
