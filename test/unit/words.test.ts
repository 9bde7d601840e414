import { describe, expect, it } from 'vitest';
import { numberToPersianWords, rialsInWords } from '../../shared/domain/words.ts';

describe('numberToPersianWords', () => {
  it.each([
    [0, 'صفر'],
    [1, 'یک'],
    [10, 'ده'],
    [11, 'یازده'],
    [19, 'نوزده'],
    [21, 'بیست و یک'],
    [100, 'صد'],
    [101, 'صد و یک'],
    [1000, 'هزار'],
    [1500, 'هزار و پانصد'],
    [1405, 'هزار و چهارصد و پنج'],
    [3950, 'سه هزار و نهصد و پنجاه'],
    [120000, 'صد و بیست هزار'],
    [2000000, 'دو میلیون'],
    [1000000, 'یک میلیون'],
    [1000001, 'یک میلیون و یک'],
    [1001000, 'یک میلیون و هزار'],
    [1000000000, 'یک میلیارد'],
    [630000000000, 'ششصد و سی میلیارد'],
    [1e12, 'یک تریلیون'],
    [1e15, 'یک کوادریلیون'],
    [-12, 'منفی دوازده'],
    [-1405, 'منفی هزار و چهارصد و پنج'],
  ])('%i -> %s', (n, words) => {
    expect(numberToPersianWords(n)).toBe(words);
  });
  it('teens and tens', () => {
    const teens = ['ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده'];
    teens.forEach((w, i) => expect(numberToPersianWords(10 + i)).toBe(w));
    const tens = ['بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'];
    tens.forEach((w, i) => expect(numberToPersianWords((i + 2) * 10)).toBe(w));
  });
  it('hundreds are single words', () => {
    const hundreds = ['صد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'];
    hundreds.forEach((w, i) => {
      expect(numberToPersianWords((i + 1) * 100)).toBe(w);
      expect(w).not.toContain(' ');
    });
  });
  it('works with BigInt beyond 2^53', () => {
    expect(numberToPersianWords(10n ** 18n)).toBe('یک کوینتیلیون');
    expect(numberToPersianWords(999_999_999_999_999_999n)).toBe(
      'نهصد و نود و نه کوادریلیون و نهصد و نود و نه تریلیون و نهصد و نود و نه میلیارد و ' +
      'نهصد و نود و نه میلیون و نهصد و نود و نه هزار و نهصد و نود و نه',
    );
    expect(numberToPersianWords(9_007_199_254_740_993n)).toBe(
      'نه کوادریلیون و هفت تریلیون و صد و نود و نه میلیارد و دویست و پنجاه و چهار میلیون و ' +
      'هفتصد و چهل هزار و نهصد و نود و سه',
    );
    expect(numberToPersianWords(-5n)).toBe('منفی پنج');
  });
  it('refuses non-integers and numbers past its scale names', () => {
    expect(() => numberToPersianWords(1.5)).toThrow(RangeError);
    expect(() => numberToPersianWords(Number.NaN)).toThrow(RangeError);
    expect(() => numberToPersianWords(10n ** 21n)).toThrow(RangeError);
    expect(numberToPersianWords(10n ** 21n - 1n)).toMatch(/^نهصد و نود و نه کوینتیلیون/);
  });
});

describe('rialsInWords', () => {
  it('writes rials or tomans', () => {
    expect(rialsInWords(3950, 'rial')).toBe('سه هزار و نهصد و پنجاه ریال');
    expect(rialsInWords(39500, 'toman')).toBe('سه هزار و نهصد و پنجاه تومان');
    expect(rialsInWords(0, 'toman')).toBe('صفر تومان');
  });
  it('falls back to rials when tomans would need a fraction', () => {
    expect(rialsInWords(3955, 'toman')).toBe('سه هزار و نهصد و پنجاه و پنج ریال');
  });
  it('refuses non-integer amounts', () => {
    expect(() => rialsInWords(1.5, 'rial')).toThrow(RangeError);
  });
});
