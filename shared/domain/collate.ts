// Alphabetical order for Persian names. SQLite compares UTF-8 bytes, and Unicode puts the
// Persian letters پ چ ژ گ ک ی outside the Arabic order, so "گودرزی" would sort after "یزدانی".
// A sort key maps each letter to its place in the Persian alphabet.
import { normalizeForSearch } from './normalize.ts';

const ALPHABET = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';
const RANK = new Map<string, string>([...ALPHABET].map((ch, i) => [ch, String.fromCharCode(0x3400 + i)]));

export function persianSortKey(s: string): string {
  let out = '';
  for (const ch of normalizeForSearch(s)) out += RANK.get(ch) ?? ch;
  return out;
}
