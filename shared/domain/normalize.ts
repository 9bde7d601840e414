// Text normalisation. Two different jobs, kept apart on purpose:
//  - search keys, which must make every spelling variant of a name meet
//    (Arabic vs Persian letters, hamza forms, ZWNJ vs space vs nothing);
//  - stored names, which must keep what the user meant (ZWNJ, آ, digits)
//    and only fix what is unambiguously a keyboard artefact.

import { toLatinDigits } from './digits.ts';

// Letter variants folded together for search. Arabic keyboards (and old
// Windows Persian layouts) give ي/ك; hamza carriers and آ are written
// inconsistently, so search treats them as their bare letter.
const SEARCH_LETTERS: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي Arabic yeh -> ی
  '\u0649': '\u06CC', // ى alef maksura -> ی
  '\u0626': '\u06CC', // ئ -> ی
  '\u0643': '\u06A9', // ك Arabic kaf -> ک
  '\u0629': '\u0647', // ة teh marbuta -> ه
  '\u06C0': '\u0647', // ۀ heh with yeh -> ه
  '\u06D5': '\u0647', // ە ae (decomposed ۀ base) -> ه
  '\u06BE': '\u0647', // ھ heh doachashmee (some keyboards) -> ه
  '\u0623': '\u0627', // أ -> ا
  '\u0625': '\u0627', // إ -> ا
  '\u0671': '\u0627', // ٱ alef wasla -> ا
  '\u0622': '\u0627', // آ -> ا
  '\u0624': '\u0648', // ؤ -> و
};
const SEARCH_LETTER_RE = /[\u064A\u0649\u0626\u0643\u0629\u06C0\u06D5\u06BE\u0623\u0625\u0671\u0622\u0624]/g;

// Harakat and other combining marks, superscript alef, tatweel, and the
// invisible format characters that copy-paste from web pages and Word
// brings along (ZWNJ, ZWJ, LRM/RLM, bidi embeddings/isolates, BOM).
const INVISIBLE_RE = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

// Punctuation and symbols (Latin and Persian: ، ؛ ؟ « » …) separate words.
const PUNCT_RE = /[\p{P}\p{S}]/gu;

/** A search key: spelling variants, digits, case and punctuation folded. */
export function normalizeForSearch(s: string): string {
  // NFKC first: turns Arabic presentation forms (from PDFs) and full-width
  // Latin into ordinary letters before the letter table is applied.
  return toLatinDigits(s.normalize('NFKC'))
    .replace(SEARCH_LETTER_RE, (ch) => SEARCH_LETTERS[ch] ?? ch)
    .replace(INVISIBLE_RE, '')
    .toLowerCase()
    .replace(PUNCT_RE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Search key with no spaces at all, so «عبدالله زاده», «عبدالله‌زاده» and
 * «عبداللهزاده» are the same key (ZWNJ is already dropped above).
 */
export function compactForSearch(s: string): string {
  return normalizeForSearch(s).replace(/ /g, '');
}

/**
 * For storing names as typed. Only keyboard artefacts are fixed:
 * Arabic yeh/kaf become Persian, whitespace is trimmed and collapsed, and
 * stray or doubled ZWNJs are tidied. ZWNJ inside a word is correct Persian
 * orthography and is kept; digits are left exactly as typed.
 */
export function normalizePersianText(s: string): string {
  return s
    .replace(/[\u064A\u0649]/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .replace(/\s+/g, ' ')
    .replace(/\u200C{2,}/g, '\u200C')
    // A ZWNJ next to a space or at either end joins nothing: drop it.
    .replace(/ ?\u200C ?/g, (m) => (m === '\u200C' ? m : ' '))
    .trim()
    .replace(/^\u200C+|\u200C+$/g, '');
}

/** The spaceless forms of names that contain spaces (or ZWNJ), one per name *field*, so that
 *  «عبدالله زاده» is also found as «عبداللهزاده». Each field on its own: compacting a whole
 *  "first last" would let «ابراهیمی» match «ابراهیم یوسفی». */
export function spacelessNameVariants(fields: readonly (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const f of fields) {
    if (!f) continue;
    const compact = compactForSearch(f);
    if (compact !== normalizeForSearch(f)) out.push(compact);
  }
  return out;
}
