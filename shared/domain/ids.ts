// Iranian identifiers: national ID (کد ملی), legal-entity ID (شناسه ملی),
// Sheba (IBAN) and mobile numbers. The published algorithms are implemented
// here directly: persian-tools' national-ID check is wrong with its defaults
// (see /work/shared/LIBRARIES.md), and each check is only a few lines.
// Every validator returns why it failed, so the form can say exactly that.

import { toLatinDigits } from './digits.ts';

export type IdFailure = 'empty' | 'format' | 'length' | 'checksum' | 'repeated' | 'prefix';
export type IdCheck = { ok: true; value: string } | { ok: false; reason: IdFailure };

// Separators people type or paste inside numbers: spaces (incl. NBSP and
// thin spaces), hyphens and dashes, and invisible bidi marks from RTL pages.
const SEPARATORS_RE = /[\s\-_\u2010-\u2015\u2212\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

function clean(input: string): string {
  return toLatinDigits(input).replace(SEPARATORS_RE, '');
}

function fail(reason: IdFailure): IdCheck {
  return { ok: false, reason };
}

function digitsOf(s: string): number[] {
  return Array.from(s, (ch) => ch.charCodeAt(0) - 0x30);
}

function allSame(s: string): boolean {
  return /^(\d)\1*$/.test(s);
}

/** Check digit of the national ID for its first nine digits (mod 11). */
function nationalCheckDigit(first9: string): number {
  const d = digitsOf(first9);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (d[i] ?? 0) * (10 - i);
  const r = sum % 11;
  return r < 2 ? r : 11 - r;
}

/**
 * National ID: exactly 10 digits (8-9 digit input is NOT zero-padded: a
 * missing leading zero is a typing error the user must see), not all the
 * same digit, and the mod-11 check digit. The city-code prefix is not
 * checked: no complete public table exists.
 */
export function checkNationalId(input: string): IdCheck {
  const s = clean(input);
  if (s === '') return fail('empty');
  if (!/^\d+$/.test(s)) return fail('format');
  if (s.length !== 10) return fail('length');
  if (allSame(s)) return fail('repeated');
  if (nationalCheckDigit(s.slice(0, 9)) !== Number(s[9])) return fail('checksum');
  return { ok: true, value: s };
}

/**
 * Sample data only: completes nine digits with the right check digit. The
 * sample-data generator needs IDs that pass checkNationalId without being
 * real people's IDs; production code must never invent an ID this way.
 */
export function nationalIdWithCheckDigit(first9Digits: string): string {
  if (!/^\d{9}$/.test(first9Digits)) throw new RangeError('expected exactly 9 ASCII digits');
  const id = first9Digits + String(nationalCheckDigit(first9Digits));
  if (allSame(id)) throw new RangeError('result would be an all-same-digit ID');
  return id;
}

const LEGAL_COEFFICIENTS = [29, 27, 23, 19, 17] as const;

/**
 * Legal-entity national ID: 11 digits. Check: add (d[9] + 2) to each of
 * the first ten digits, weight them with 29,27,23,19,17 cycling, sum mod 11
 * (10 counts as 0) must equal d[10]. The serial (digits 4-9) is never zero.
 */
export function checkLegalId(input: string): IdCheck {
  const s = clean(input);
  if (s === '') return fail('empty');
  if (!/^\d+$/.test(s)) return fail('format');
  if (s.length !== 11) return fail('length');
  if (allSame(s)) return fail('repeated');
  if (s.slice(3, 9) === '000000') return fail('format');
  const d = digitsOf(s);
  const offset = (d[9] ?? 0) + 2;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += ((d[i] ?? 0) + offset) * (LEGAL_COEFFICIENTS[i % 5] ?? 0);
  const r = sum % 11 === 10 ? 0 : sum % 11;
  if (r !== d[10]) return fail('checksum');
  return { ok: true, value: s };
}

/** ISO 13616 / ISO 7064 mod-97 of a Sheba, digit by digit (no BigInt needed). */
function ibanMod97(iban: string): number {
  // Move country + check digits to the end; letters become two digits (A=10).
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const v = code >= 65 ? String(code - 55) : ch;
    for (const digit of v) rem = (rem * 10 + (digit.charCodeAt(0) - 0x30)) % 97;
  }
  return rem;
}

/**
 * Sheba: 'IR' + 24 digits, spaces/dashes and Persian digits allowed, any
 * case. The 24 digits alone are also accepted (forms often show 'IR' as a
 * fixed prefix, so users paste only the digits). Canonical: 'IR' + 24 digits.
 */
export function checkSheba(input: string): IdCheck {
  let s = clean(input).toUpperCase();
  if (s === '') return fail('empty');
  if (/^\d{24}$/.test(s)) s = 'IR' + s;
  if (!/^[A-Z]{2}\d+$/.test(s)) return fail('format');
  if (!s.startsWith('IR')) return fail('prefix');
  if (s.length !== 26) return fail('length');
  if (ibanMod97(s) !== 1) return fail('checksum');
  return { ok: true, value: s };
}

/**
 * Iranian mobile: accepts 09xxxxxxxxx, 9xxxxxxxxx, +989…, 00989…, 989…,
 * with spaces, dashes, parentheses, Persian digits, and the '(0)' people
 * write after +98. Canonical: '09' + 9 digits. A non-9 start (a landline)
 * or a foreign country code is 'prefix'.
 */
export function checkMobile(input: string): IdCheck {
  let s = clean(input).replace(/[()]/g, '');
  if (s === '') return fail('empty');
  if (!/^\+?\d+$/.test(s)) return fail('format');
  if (s.startsWith('+')) {
    if (!s.startsWith('+98')) return fail('prefix');
    s = s.slice(3);
  } else if (s.startsWith('0098')) {
    s = s.slice(4);
  } else if (s.startsWith('98') && s.length === 12) {
    s = s.slice(2);
  }
  if (s.startsWith('0')) s = s.slice(1); // trunk prefix, however long the rest
  if (s.length !== 10) return fail('length');
  if (!s.startsWith('9')) return fail('prefix');
  return { ok: true, value: '0' + s };
}

export function isValidNationalId(s: string): boolean {
  return checkNationalId(s).ok;
}

export function isValidLegalId(s: string): boolean {
  return checkLegalId(s).ok;
}

export function isValidSheba(s: string): boolean {
  return checkSheba(s).ok;
}

export function isValidMobile(s: string): boolean {
  return checkMobile(s).ok;
}
