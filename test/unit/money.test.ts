import { describe, expect, it } from 'vitest';
import { MAX_RIALS, assertRials, formatMoney, parseMoney } from '../../shared/domain/money.ts';

describe('formatMoney', () => {
  it('Persian: Persian digits, ٬ thousands, ٫ decimal, unit word', () => {
    expect(formatMoney(1_250_000, { unit: 'rial' })).toBe('۱٬۲۵۰٬۰۰۰ ریال');
    expect(formatMoney(1_250_000, { unit: 'toman' })).toBe('۱۲۵٬۰۰۰ تومان');
    expect(formatMoney(125, { unit: 'toman' })).toBe('۱۲٫۵ تومان');
    expect(formatMoney(999, { unit: 'rial', withUnit: false })).toBe('۹۹۹');
    expect(formatMoney(0, { unit: 'toman' })).toBe('۰ تومان');
    expect(formatMoney(-12_500, { unit: 'rial' })).toBe('-۱۲٬۵۰۰ ریال');
  });
  it('English: Latin digits, comma and point', () => {
    expect(formatMoney(1_250_000, { unit: 'rial', lang: 'en' })).toBe('1,250,000 rials');
    expect(formatMoney(1_234_567, { unit: 'toman', lang: 'en' })).toBe('123,456.7 tomans');
    expect(formatMoney(-1000, { unit: 'toman', lang: 'en', withUnit: false })).toBe('-100');
    expect(formatMoney(10, { unit: 'toman', lang: 'en' })).toBe('1 toman');
    expect(formatMoney(1, { unit: 'rial', lang: 'en' })).toBe('1 rial');
  });
  it('digit script can be chosen separately from the unit language', () => {
    expect(formatMoney(1_250_000, { unit: 'rial', digits: 'latin' })).toBe('1,250,000 ریال');
    expect(formatMoney(1_250_000, { unit: 'rial', digits: 'fa', lang: 'en' })).toBe('۱٬۲۵۰٬۰۰۰ rials');
  });
  it('handles the largest amounts exactly', () => {
    expect(formatMoney(MAX_RIALS, { unit: 'rial', lang: 'en' })).toBe('1,000,000,000,000,000 rials');
    expect(formatMoney(Number.MAX_SAFE_INTEGER, { unit: 'toman', lang: 'en', withUnit: false }))
      .toBe('900,719,925,474,099.1');
  });
  it('refuses non-integers', () => {
    expect(() => formatMoney(1.5, { unit: 'rial' })).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, { unit: 'rial' })).toThrow(RangeError);
  });
});

describe('parseMoney', () => {
  it.each([
    ['1250000', 'rial', 1_250_000],
    ['1,250,000', 'rial', 1_250_000],
    ['۱٬۲۵۰٬۰۰۰', 'rial', 1_250_000],
    ['١٢٥٠٠٠٠', 'rial', 1_250_000],
    [' 1 250 000 ', 'rial', 1_250_000],
    ['۱۲۵٬۰۰۰', 'toman', 1_250_000],
    ['12.5', 'toman', 125],
    ['۱۲٫۵', 'toman', 125],
    ['12.50', 'toman', 125],
    ['100.0', 'rial', 100],
    ['0', 'rial', 0],
    ['+500', 'rial', 500],
    ['1000000000000000', 'rial', 1e15],
    ['100000000000000', 'toman', 1e15],
  ] as const)('%s %s -> %i rials', (input, unit, rials) => {
    expect(parseMoney(input, unit)).toEqual({ ok: true, rials });
  });
  it('refuses with a reason', () => {
    expect(parseMoney('', 'rial')).toEqual({ ok: false, reason: 'empty' });
    expect(parseMoney(' , ', 'rial')).toEqual({ ok: false, reason: 'empty' });
    expect(parseMoney('12a', 'rial')).toEqual({ ok: false, reason: 'format' });
    expect(parseMoney('1.2.3', 'toman')).toEqual({ ok: false, reason: 'format' });
    expect(parseMoney('.5', 'toman')).toEqual({ ok: false, reason: 'format' });
    expect(parseMoney('-500', 'rial')).toEqual({ ok: false, reason: 'negative' });
    expect(parseMoney('−۵۰۰', 'toman')).toEqual({ ok: false, reason: 'negative' });
    expect(parseMoney('12.5', 'rial')).toEqual({ ok: false, reason: 'fraction' });
    expect(parseMoney('12.55', 'toman')).toEqual({ ok: false, reason: 'fraction' });
    expect(parseMoney('1000000000000001', 'rial')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseMoney('100000000000000.1', 'toman')).toEqual({ ok: false, reason: 'too_large' });
    expect(parseMoney('99999999999999999999999', 'rial')).toEqual({ ok: false, reason: 'too_large' });
  });
  it('round-trips with formatMoney', () => {
    for (const rials of [0, 1, 9, 10, 125, 999_999, 1_234_567_890, 1e15]) {
      for (const unit of ['rial', 'toman'] as const) {
        for (const lang of ['fa', 'en'] as const) {
          const text = formatMoney(rials, { unit, lang, withUnit: false });
          expect(parseMoney(text, unit), `${text} ${unit}`).toEqual({ ok: true, rials });
        }
      }
    }
  });
});

describe('assertRials', () => {
  it('accepts safe integers only', () => {
    expect(() => assertRials(0)).not.toThrow();
    expect(() => assertRials(-5)).not.toThrow();
    expect(() => assertRials(Number.MAX_SAFE_INTEGER)).not.toThrow();
    expect(() => assertRials(Number.MAX_SAFE_INTEGER + 1)).toThrow(RangeError);
    expect(() => assertRials(0.1)).toThrow(RangeError);
    expect(() => assertRials(Infinity)).toThrow(RangeError);
  });
});
