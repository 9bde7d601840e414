// Digit conversion between the scripts Iranian users actually type.
// Persian keyboards produce Extended Arabic-Indic digits (U+06F0–U+06F9);
// text pasted from Arabic sources or some Windows layouts carries
// Arabic-Indic digits (U+0660–U+0669). Validators and storage work on ASCII.

const PERSIAN_ZERO = 0x06f0;
const ARABIC_ZERO = 0x0660;

const NON_ASCII_DIGIT = /[\u06F0-\u06F9\u0660-\u0669]/g;
const ASCII_OR_ARABIC_DIGIT = /[0-9\u0660-\u0669]/g;

/** Persian (۰-۹) and Arabic-Indic (٠-٩) digits to ASCII; everything else untouched. */
export function toLatinDigits(s: string): string {
  return s.replace(NON_ASCII_DIGIT, (ch) => {
    const code = ch.charCodeAt(0);
    const base = code >= PERSIAN_ZERO ? PERSIAN_ZERO : ARABIC_ZERO;
    return String.fromCharCode(0x30 + code - base);
  });
}

/**
 * ASCII digits to Persian (۰-۹). Arabic-Indic digits are also turned into
 * Persian ones, so a displayed string never mixes the two look-alike sets.
 */
export function toPersianDigits(s: string | number | bigint): string {
  return String(s).replace(ASCII_OR_ARABIC_DIGIT, (ch) => {
    const code = ch.charCodeAt(0);
    const value = code >= ARABIC_ZERO ? code - ARABIC_ZERO : code - 0x30;
    return String.fromCharCode(PERSIAN_ZERO + value);
  });
}
