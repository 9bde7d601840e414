import { describe, expect, it } from 'vitest';
import {
  checkLegalId, checkMobile, checkNationalId, checkSheba, isValidLegalId, isValidMobile,
  isValidNationalId, isValidSheba, nationalIdWithCheckDigit,
} from '../../shared/domain/ids.ts';

// Independent reference for the published national-ID algorithm, written
// separately from the module: s = Σ d[i]*(10-i), r = s % 11, check = r<2 ? r : 11-r.
function refNationalCheck(first9: string): number {
  let s = 0;
  for (let i = 0; i < 9; i++) s += Number(first9[i]) * (10 - i);
  const r = s % 11;
  return r < 2 ? r : 11 - r;
}

// Deterministic pseudo-random digits (LCG) so failures are reproducible.
function digitSource(seed: number): (n: number) => string {
  let x = seed;
  return (n) => {
    let out = '';
    for (let i = 0; i < n; i++) {
      x = (x * 1103515245 + 12345) % 2147483648;
      out += String(Math.floor((x / 2147483648) * 10));
    }
    return out;
  };
}

describe('checkNationalId', () => {
  // Hand-checked:
  // 0499370899: 0*10+4*9+9*8+9*7+3*6+7*5+0*4+8*3+9*2 = 266; 266%11 = 2; 11-2 = 9 ✓
  // 0790419904: 0+63+72+0+24+5+36+27+0 = 227; 227%11 = 7; 11-7 = 4 ✓
  // 0084575948: 0+0+64+28+30+35+20+27+8 = 212; 212%11 = 3; 11-3 = 8 ✓
  it.each(['0499370899', '0790419904', '0084575948'])('accepts %s', (id) => {
    expect(checkNationalId(id)).toEqual({ ok: true, value: id });
  });
  it('accepts Persian digits, spaces and dashes, returns ASCII', () => {
    expect(checkNationalId('۰۴۹۹۳۷۰۸۹۹')).toEqual({ ok: true, value: '0499370899' });
    expect(checkNationalId(' 049-937089-9 ')).toEqual({ ok: true, value: '0499370899' });
    expect(checkNationalId('٠٤٩٩٣٧٠٨٩٩')).toEqual({ ok: true, value: '0499370899' });
  });
  it('says what is wrong', () => {
    expect(checkNationalId('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkNationalId('  - ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkNationalId('04993708a9')).toEqual({ ok: false, reason: 'format' });
    expect(checkNationalId('499370899')).toEqual({ ok: false, reason: 'length' }); // 9 digits: no zero-padding
    expect(checkNationalId('84575948')).toEqual({ ok: false, reason: 'length' });
    expect(checkNationalId('04993708990')).toEqual({ ok: false, reason: 'length' });
    expect(checkNationalId('1111111111')).toEqual({ ok: false, reason: 'repeated' });
    expect(checkNationalId('0000000000')).toEqual({ ok: false, reason: 'repeated' });
    expect(checkNationalId('0499370898')).toEqual({ ok: false, reason: 'checksum' });
  });
  it('agrees with the reference on generated IDs, every wrong check digit refused', () => {
    const next = digitSource(42);
    for (let k = 0; k < 500; k++) {
      const first9 = next(9);
      const good = refNationalCheck(first9);
      for (let c = 0; c <= 9; c++) {
        const id = first9 + String(c);
        const expected = c === good && !/^(\d)\1{9}$/.test(id);
        expect(isValidNationalId(id), id).toBe(expected);
      }
    }
  });
  it('nationalIdWithCheckDigit completes to a valid ID', () => {
    expect(nationalIdWithCheckDigit('049937089')).toBe('0499370899');
    const next = digitSource(7);
    for (let k = 0; k < 200; k++) {
      const id = nationalIdWithCheckDigit(next(9));
      expect(isValidNationalId(id)).toBe(true);
    }
    expect(() => nationalIdWithCheckDigit('12345678')).toThrow(RangeError);
    expect(() => nationalIdWithCheckDigit('۱۲۳۴۵۶۷۸۹')).toThrow(RangeError);
    expect(() => nationalIdWithCheckDigit('111111111')).toThrow(RangeError); // would be 1111111111
  });
});

describe('checkLegalId', () => {
  // 10380284790: offset d9+2 = 11; (12*29)+(11*27)+(14*23)+(19*19)+(11*17)
  //   +(13*29)+(19*27)+(15*23)+(18*19)+(20*17) = 3432; 3432 % 11 = 0 = d10 ✓
  // 10320894878: offset 9; sum 3044; 3044 % 11 = 8 = d10 ✓
  // 14000219021: offset 4; sum 1383; 1383 % 11 = 8 ≠ 1 ✗
  it('accepts valid IDs', () => {
    expect(checkLegalId('10380284790')).toEqual({ ok: true, value: '10380284790' });
    expect(checkLegalId('۱۰۳۲۰۸۹۴۸۷۸')).toEqual({ ok: true, value: '10320894878' });
    expect(isValidLegalId('103-8028-4790')).toBe(true);
  });
  it('refuses with a reason', () => {
    expect(checkLegalId('14000219021')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkLegalId('10380284791')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkLegalId('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkLegalId('1038028479')).toEqual({ ok: false, reason: 'length' });
    expect(checkLegalId('1038028479x')).toEqual({ ok: false, reason: 'format' });
    expect(checkLegalId('00000000000')).toEqual({ ok: false, reason: 'repeated' });
    expect(checkLegalId('55555555555')).toEqual({ ok: false, reason: 'repeated' });
  });
  it('refuses a zero serial even when the checksum works', () => {
    // 10300000000 + check: offset 2; (1+2)*29 + 2*27 + (3+2)*23 + 2*(19+17+29+27+23+19+17)
    //   = 87 + 54 + 115 + 2*151 = 558; 558 % 11 = 8 -> 10300000008
    expect(checkLegalId('10300000008')).toEqual({ ok: false, reason: 'format' });
  });
});

// Independent ISO 13616 mod-97 with BigInt, to build valid test Shebas.
function shebaFromBban(bban22: string): string {
  const check = 98n - (BigInt(bban22 + '1827' + '00') % 97n);
  return 'IR' + String(check).padStart(2, '0') + bban22;
}

describe('checkSheba', () => {
  const published = ['IR820540102680020817909002', 'IR062960000000100324200001'];
  it.each(published)('accepts published example %s', (iban) => {
    expect(checkSheba(iban)).toEqual({ ok: true, value: iban });
  });
  it('accepts spaces, lower case and Persian digits; also the bare 24 digits', () => {
    expect(checkSheba('ir82 0540 1026 8002 0817 9090 02')).toEqual({ ok: true, value: published[0] });
    expect(checkSheba('IR۸۲۰۵۴۰۱۰۲۶۸۰۰۲۰۸۱۷۹۰۹۰۰۲')).toEqual({ ok: true, value: published[0] });
    expect(checkSheba('820540102680020817909002')).toEqual({ ok: true, value: published[0] });
  });
  it('refuses with a reason', () => {
    expect(checkSheba('IR820540102680020817909003')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkSheba('IR830540102680020817909002')).toEqual({ ok: false, reason: 'checksum' });
    expect(checkSheba('IR82054010268002081790900')).toEqual({ ok: false, reason: 'length' });
    expect(checkSheba('IR8205401026800208179090021')).toEqual({ ok: false, reason: 'length' });
    expect(checkSheba('DE89370400440532013000')).toEqual({ ok: false, reason: 'prefix' });
    expect(checkSheba('IR82-0540-X026')).toEqual({ ok: false, reason: 'format' });
    expect(checkSheba(' ')).toEqual({ ok: false, reason: 'empty' });
  });
  it('agrees with the independent mod-97 on generated Shebas and single-digit errors', () => {
    const next = digitSource(99);
    for (let k = 0; k < 300; k++) {
      const iban = shebaFromBban(next(22));
      expect(isValidSheba(iban), iban).toBe(true);
      // Mod 97 detects every single-digit substitution.
      const pos = 4 + (k % 22);
      const wrong = iban.slice(0, pos) + String((Number(iban[pos]) + 1 + (k % 9)) % 10) + iban.slice(pos + 1);
      expect(isValidSheba(wrong), wrong).toBe(false);
    }
  });
});

describe('checkMobile', () => {
  it.each([
    '09123456789', '9123456789', '+989123456789', '00989123456789', '989123456789',
    '0912 345 6789', '0912-345-6789', '۰۹۱۲۳۴۵۶۷۸۹', '+98 (912) 345 6789', '+98 (0) 912 345 6789',
  ])('accepts %s as 09123456789', (s) => {
    expect(checkMobile(s)).toEqual({ ok: true, value: '09123456789' });
  });
  it('refuses with a reason', () => {
    expect(checkMobile('')).toEqual({ ok: false, reason: 'empty' });
    expect(checkMobile('0912345678')).toEqual({ ok: false, reason: 'length' });
    expect(checkMobile('091234567890')).toEqual({ ok: false, reason: 'length' });
    expect(checkMobile('02112345678')).toEqual({ ok: false, reason: 'prefix' }); // Tehran landline
    expect(checkMobile('+14155550123')).toEqual({ ok: false, reason: 'prefix' });
    expect(checkMobile('0912abc6789')).toEqual({ ok: false, reason: 'format' });
    expect(checkMobile('0912+3456789')).toEqual({ ok: false, reason: 'format' });
    expect(isValidMobile('09123456789')).toBe(true);
  });
});
