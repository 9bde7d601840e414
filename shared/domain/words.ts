// Amounts in words, as written on receipts (مبلغ به حروف). Our own code
// because persian-tools writes «چهار صد» as two words and has no BigInt.
// Scale names follow the short scale used by Iranian banks:
// هزار، میلیون، میلیارد، تریلیون، کوادریلیون، کوینتیلیون.

import { assertRials } from './money.ts';
import type { MoneyUnit } from './money.ts';

const ONES = ['', 'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'نه'];
const TEENS = ['ده', 'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'شانزده', 'هفده', 'هجده', 'نوزده'];
const TENS = ['', '', 'بیست', 'سی', 'چهل', 'پنجاه', 'شصت', 'هفتاد', 'هشتاد', 'نود'];
const HUNDREDS = ['', 'صد', 'دویست', 'سیصد', 'چهارصد', 'پانصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد'];
const SCALES = ['', 'هزار', 'میلیون', 'میلیارد', 'تریلیون', 'کوادریلیون', 'کوینتیلیون'];

const JOIN = ' و ';

/** Words for 1..999. */
function groupWords(n: number): string {
  const parts: string[] = [];
  const h = Math.floor(n / 100);
  const rest = n % 100;
  if (h > 0) parts.push(HUNDREDS[h] ?? '');
  if (rest >= 10 && rest < 20) {
    parts.push(TEENS[rest - 10] ?? '');
  } else {
    const t = Math.floor(rest / 10);
    const o = rest % 10;
    if (t > 0) parts.push(TENS[t] ?? '');
    if (o > 0) parts.push(ONES[o] ?? '');
  }
  return parts.join(JOIN);
}

/**
 * Integer to standard Persian words: 1405 → «هزار و چهارصد و پنج».
 * A lone thousand is «هزار» (not «یک هزار»), larger scales keep «یک».
 * Works up to 10^21 - 1; throws RangeError beyond that or for non-integers.
 */
export function numberToPersianWords(n: number | bigint): string {
  if (typeof n === 'number' && !Number.isInteger(n)) throw new RangeError(`not an integer: ${n}`);
  let v = BigInt(n);
  if (v === 0n) return 'صفر';
  if (v < 0n) return 'منفی ' + numberToPersianWords(-v);
  const groups: string[] = [];
  for (let scale = 0; v > 0n; scale++) {
    if (scale >= SCALES.length) throw new RangeError('number too large for Persian words');
    const g = Number(v % 1000n);
    v /= 1000n;
    if (g === 0) continue;
    if (scale === 0) groups.push(groupWords(g));
    else if (scale === 1 && g === 1) groups.push(SCALES[1] ?? '');
    else groups.push(`${groupWords(g)} ${SCALES[scale] ?? ''}`);
  }
  return groups.reverse().join(JOIN);
}

/**
 * An amount in words with its unit: «سه هزار و نهصد و پنجاه ریال». In
 * tomans when asked, unless the amount has a stray rial (not divisible by
 * 10): then it is written in rials, so the words are never rounded.
 */
export function rialsInWords(rials: number, unit: MoneyUnit): string {
  assertRials(rials);
  if (unit === 'toman' && rials % 10 === 0) return `${numberToPersianWords(rials / 10)} تومان`;
  return `${numberToPersianWords(rials)} ریال`;
}
