import { describe, expect, it } from 'vitest';
import {
  JALALI_MONTHS_EN, JALALI_MONTHS_FA, addJalaliMonths, fiscalYearOf, fiscalYearRange, formatJalali,
  isIsoDate, isValidJalali, isoToJalali, jalaliMonthLength, jalaliToIso, parseJalali, todayIso,
} from '../../shared/domain/jalali.ts';

// Known conversions (Nowruz dates are public record; 1403 is a leap year).
const VECTORS: Array<[number, number, number, string]> = [
  [1403, 12, 30, '2025-03-20'],
  [1404, 1, 1, '2025-03-21'],
  [1405, 9, 3, '2026-11-24'],
  [1309, 1, 1, '1930-03-21'],
  [1342, 1, 1, '1963-03-21'],
  [1474, 1, 1, '2095-03-20'],
  [1357, 11, 22, '1979-02-11'],
  [1399, 12, 30, '2021-03-20'],
  [1400, 1, 1, '2021-03-21'],
  [1304, 1, 1, '1925-03-21'],
];

describe('conversion vectors', () => {
  it.each(VECTORS)('%i/%i/%i = %s', (jy, jm, jd, iso) => {
    expect(jalaliToIso(jy, jm, jd)).toBe(iso);
    expect(isoToJalali(iso)).toEqual({ jy, jm, jd });
  });
  it('Esfand 30 exists only in leap years', () => {
    expect(isValidJalali(1403, 12, 30)).toBe(true);
    expect(isValidJalali(1404, 12, 30)).toBe(false);
    expect(() => jalaliToIso(1404, 12, 30)).toThrow(RangeError);
    expect(isValidJalali(1404, 7, 31)).toBe(false); // second half has 30 days
    expect(isValidJalali(1404, 6, 31)).toBe(true);
    expect(isValidJalali(1404, 13, 1)).toBe(false);
    expect(isValidJalali(1404, 0, 1)).toBe(false);
    expect(isValidJalali(1404, 1, 1.5)).toBe(false);
    expect(isValidJalali(99999, 1, 1)).toBe(false);
  });
  it('isoToJalali refuses non-dates', () => {
    expect(() => isoToJalali('2025-02-29')).toThrow(RangeError);
    expect(() => isoToJalali('2025/03/21')).toThrow(RangeError);
  });
});

describe('every day 1925-01-01 .. 2100-12-31', () => {
  it('round-trips and agrees with ICU\'s Persian calendar; days are consecutive', () => {
    // ICU is an implementation independent of jalaali-js.
    const icu = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
      timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric',
    });
    const start = Date.UTC(1925, 0, 1);
    const end = Date.UTC(2100, 11, 31);
    let prev: { jy: number; jm: number; jd: number } | null = null;
    let days = 0;
    for (let t = start; t <= end; t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const j = isoToJalali(iso);
      if (jalaliToIso(j.jy, j.jm, j.jd) !== iso) throw new Error(`round trip failed at ${iso}`);
      const parts = icu.formatToParts(t);
      const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
      if (get('year') !== j.jy || get('month') !== j.jm || get('day') !== j.jd) {
        throw new Error(`${iso}: module ${j.jy}/${j.jm}/${j.jd}, ICU ${get('year')}/${get('month')}/${get('day')}`);
      }
      if (prev) {
        const sameMonth = j.jy === prev.jy && j.jm === prev.jm && j.jd === prev.jd + 1;
        const nextMonth = j.jd === 1 && prev.jd === jalaliMonthLength(prev.jy, prev.jm) &&
          ((j.jy === prev.jy && j.jm === prev.jm + 1) || (j.jy === prev.jy + 1 && j.jm === 1 && prev.jm === 12));
        if (!sameMonth && !nextMonth) throw new Error(`not consecutive at ${iso}`);
      }
      prev = j;
      days++;
    }
    expect(days).toBe(64_283);
  });
});

describe('parseJalali', () => {
  it.each([
    ['۱۴۰۵/۰۹/۰۳', '2026-11-24'],
    ['1405/9/3', '2026-11-24'],
    ['1405-09-03', '2026-11-24'],
    ['١٤٠٥/٠٩/٠٣', '2026-11-24'],
    [' 1405 / 9 / 3 ', '2026-11-24'],
    ['1405.9.3', '2026-11-24'],
    ['1403/12/30', '2025-03-20'],
  ])('%s -> %s', (input, iso) => {
    expect(parseJalali(input)).toEqual({ ok: true, iso });
  });
  it('refuses with a reason', () => {
    expect(parseJalali('')).toEqual({ ok: false, reason: 'empty' });
    expect(parseJalali('   ')).toEqual({ ok: false, reason: 'empty' });
    expect(parseJalali('05/9/3')).toEqual({ ok: false, reason: 'format' });
    expect(parseJalali('1405/9')).toEqual({ ok: false, reason: 'format' });
    expect(parseJalali('1405/9-3')).toEqual({ ok: false, reason: 'format' });
    expect(parseJalali('3/9/1405')).toEqual({ ok: false, reason: 'format' });
    expect(parseJalali('abc')).toEqual({ ok: false, reason: 'format' });
    expect(parseJalali('1404/12/30')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseJalali('1405/13/01')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseJalali('1405/07/31')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseJalali('1199/01/01')).toEqual({ ok: false, reason: 'invalid' });
    expect(parseJalali('1601/01/01')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('formatJalali', () => {
  it('formats with Persian digits by default, zero padded', () => {
    expect(formatJalali('2026-11-24')).toBe('۱۴۰۵/۰۹/۰۳');
    expect(formatJalali('2026-11-24', { digits: 'latin' })).toBe('1405/09/03');
    expect(formatJalali('2026-11-24', { monthName: true })).toBe('۳ آذر ۱۴۰۵');
    expect(formatJalali('2025-03-21', { monthName: true, digits: 'latin' })).toBe('1 فروردین 1404');
  });
  it('round-trips with parseJalali', () => {
    expect(parseJalali(formatJalali('1963-03-21'))).toEqual({ ok: true, iso: '1963-03-21' });
  });
});

describe('months and fiscal years', () => {
  it('has twelve month names', () => {
    expect(JALALI_MONTHS_FA).toHaveLength(12);
    expect(JALALI_MONTHS_FA[0]).toBe('فروردین');
    expect(JALALI_MONTHS_FA[8]).toBe('آذر');
    expect(JALALI_MONTHS_FA[11]).toBe('اسفند');
    expect(JALALI_MONTHS_EN[0]).toBe('Farvardin');
    expect(JALALI_MONTHS_EN[11]).toBe('Esfand');
  });
  it('month lengths', () => {
    expect(jalaliMonthLength(1404, 1)).toBe(31);
    expect(jalaliMonthLength(1404, 7)).toBe(30);
    expect(jalaliMonthLength(1404, 12)).toBe(29);
    expect(jalaliMonthLength(1403, 12)).toBe(30);
    expect(() => jalaliMonthLength(1404, 13)).toThrow(RangeError);
  });
  it('adds months across years, both directions', () => {
    expect(addJalaliMonths(1404, 11, 3)).toEqual({ jy: 1405, jm: 2 });
    expect(addJalaliMonths(1404, 1, -1)).toEqual({ jy: 1403, jm: 12 });
    expect(addJalaliMonths(1404, 5, -17)).toEqual({ jy: 1402, jm: 12 });
    expect(addJalaliMonths(1404, 12, 0)).toEqual({ jy: 1404, jm: 12 });
    expect(addJalaliMonths(1404, 1, 24)).toEqual({ jy: 1406, jm: 1 });
  });
  it('fiscal year starts on 1 Farvardin', () => {
    expect(fiscalYearOf('2025-03-20')).toBe(1403);
    expect(fiscalYearOf('2025-03-21')).toBe(1404);
    expect(fiscalYearRange(1403)).toEqual({ start: '2024-03-20', end: '2025-03-20' });
    expect(fiscalYearRange(1404)).toEqual({ start: '2025-03-21', end: '2026-03-20' });
  });
});

describe('todayIso and isIsoDate', () => {
  it('uses the given time zone, not the machine\'s', () => {
    // 21:00 UTC on 20 March 2025 is 00:30 on 21 March in Tehran (UTC+3:30).
    const t = new Date(Date.UTC(2025, 2, 20, 21, 0));
    expect(todayIso(t)).toBe('2025-03-21');
    expect(todayIso(t, 'UTC')).toBe('2025-03-20');
    expect(todayIso(new Date(Date.UTC(2025, 2, 20, 20, 29)))).toBe('2025-03-20');
    expect(isIsoDate(todayIso())).toBe(true);
  });
  it('isIsoDate is strict', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-1-01')).toBe(false);
    expect(isIsoDate('2025-01-01T00:00')).toBe(false);
    expect(isIsoDate('۲۰۲۵-۰۱-۰۱')).toBe(false);
  });
});
