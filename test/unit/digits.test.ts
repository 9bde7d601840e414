import { describe, expect, it } from 'vitest';
import { toLatinDigits, toPersianDigits } from '../../shared/domain/digits.ts';

describe('toLatinDigits', () => {
  it('converts Persian and Arabic-Indic digits, leaves the rest', () => {
    expect(toLatinDigits('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(toLatinDigits('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(toLatinDigits('کد ۰۹۱۲-٣٤٥ abc 7')).toBe('کد 0912-345 abc 7');
    expect(toLatinDigits('')).toBe('');
  });
});

describe('toPersianDigits', () => {
  it('converts ASCII digits from strings, numbers and bigints', () => {
    expect(toPersianDigits('0123456789')).toBe('۰۱۲۳۴۵۶۷۸۹');
    expect(toPersianDigits(1405)).toBe('۱۴۰۵');
    expect(toPersianDigits(-12)).toBe('-۱۲');
    expect(toPersianDigits(12345678901234567890n)).toBe('۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹۰');
    expect(toPersianDigits('1405/09/03')).toBe('۱۴۰۵/۰۹/۰۳');
  });
  it('also unifies Arabic-Indic digits to Persian', () => {
    expect(toPersianDigits('٣٤')).toBe('۳۴');
  });
  it('round-trips', () => {
    const s = 'a1b22c333';
    expect(toLatinDigits(toPersianDigits(s))).toBe(s);
  });
});
