// Jalali (Solar Hijri) dates. Storage and arithmetic use ISO Gregorian
// strings ('YYYY-MM-DD'); Jalali is for input and display only. Conversion
// is jalaali-js (Borkowski's algorithm), measured correct 1925-2100, which
// covers the birth years of elderly beneficiaries. Nothing here goes
// through Date, so the result never depends on the machine's time zone.

import { isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import { toLatinDigits, toPersianDigits } from './digits.ts';

/** A calendar date as 'YYYY-MM-DD' (Gregorian). */
export type IsoDate = string;
export type JalaliDate = { jy: number; jm: number; jd: number };

export const JALALI_MONTHS_FA = [
  'فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور',
  'مهر', 'آبان', 'آذر', 'دی', 'بهمن', 'اسفند',
] as const;

export const JALALI_MONTHS_EN = [
  'Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar',
  'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand',
] as const;

const pad2 = (n: number): string => String(n).padStart(2, '0');

function gregorianMonthLength(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Strict 'YYYY-MM-DD' naming a day that exists in the Gregorian calendar. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= gregorianMonthLength(y, mo);
}

/** Throws RangeError if iso is not a valid ISO date. */
export function isoToJalali(iso: string): JalaliDate {
  if (!isIsoDate(iso)) throw new RangeError(`not an ISO date: ${iso}`);
  const { jy, jm, jd } = toJalaali(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
  return { jy, jm, jd };
}

export function isValidJalali(jy: number, jm: number, jd: number): boolean {
  if (!Number.isInteger(jy) || !Number.isInteger(jm) || !Number.isInteger(jd)) return false;
  try {
    // Knows that Esfand 30 exists only in leap years.
    return isValidJalaaliDate(jy, jm, jd);
  } catch {
    return false; // outside the library's year range
  }
}

/** Throws RangeError for a date that does not exist. */
export function jalaliToIso(jy: number, jm: number, jd: number): IsoDate {
  if (!isValidJalali(jy, jm, jd)) throw new RangeError(`invalid Jalali date: ${jy}/${jm}/${jd}`);
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return `${String(gy).padStart(4, '0')}-${pad2(gm)}-${pad2(gd)}`;
}

export type ParseJalaliResult = { ok: true; iso: IsoDate } | { ok: false; reason: 'empty' | 'format' | 'invalid' };

// Years users plausibly mean; a two- or three-digit or far-off year is a typo.
const MIN_YEAR = 1200;
const MAX_YEAR = 1600;

/**
 * Typed Jalali date: '۱۴۰۵/۰۹/۰۳', '1405/9/3', '1405-09-03', '1405.9.3',
 * in any digit script; year first, 4 digits, one kind of separator.
 */
export function parseJalali(input: string): ParseJalaliResult {
  const s = toLatinDigits(input).replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, '').trim();
  if (s === '') return { ok: false, reason: 'empty' };
  const m = /^(\d{4})\s*([/\-.])\s*(\d{1,2})\s*\2\s*(\d{1,2})$/.exec(s);
  if (!m) return { ok: false, reason: 'format' };
  const jy = Number(m[1]), jm = Number(m[3]), jd = Number(m[4]);
  if (jy < MIN_YEAR || jy > MAX_YEAR || !isValidJalali(jy, jm, jd)) return { ok: false, reason: 'invalid' };
  return { ok: true, iso: jalaliToIso(jy, jm, jd) };
}

export type FormatJalaliOptions = { digits?: 'fa' | 'latin'; monthName?: boolean };

/** '۱۴۰۵/۰۹/۰۳' by default; with monthName '۳ آذر ۱۴۰۵'. */
export function formatJalali(iso: string, opts: FormatJalaliOptions = {}): string {
  const { jy, jm, jd } = isoToJalali(iso);
  const text = opts.monthName
    ? `${jd} ${JALALI_MONTHS_FA[jm - 1] ?? ''} ${jy}`
    : `${jy}/${pad2(jm)}/${pad2(jd)}`;
  return (opts.digits ?? 'fa') === 'fa' ? toPersianDigits(text) : text;
}

export function jalaliMonthLength(jy: number, jm: number): number {
  if (!Number.isInteger(jm) || jm < 1 || jm > 12) throw new RangeError(`invalid Jalali month: ${jm}`);
  return jalaaliMonthLength(jy, jm);
}

/** Month arithmetic (n may be negative), e.g. for monthly pledges. */
export function addJalaliMonths(jy: number, jm: number, n: number): { jy: number; jm: number } {
  const index = jy * 12 + (jm - 1) + n;
  return { jy: Math.floor(index / 12), jm: (((index % 12) + 12) % 12) + 1 };
}

/** The fiscal year is the Jalali year: it starts on 1 Farvardin. */
export function fiscalYearOf(iso: string): number {
  return isoToJalali(iso).jy;
}

export function fiscalYearRange(jy: number): { start: IsoDate; end: IsoDate } {
  return { start: jalaliToIso(jy, 1, 1), end: jalaliToIso(jy, 12, jalaliMonthLength(jy, 12)) };
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** Today's date in the given time zone (Tehran by default), not the machine's. */
export function todayIso(now: Date = new Date(), timeZone = 'Asia/Tehran'): IsoDate {
  let fmt = dayFormatters.get(timeZone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormatters.set(timeZone, fmt);
  }
  // formatToParts rather than format(): en-CA's separators are not a contract.
  const parts = fmt.formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
