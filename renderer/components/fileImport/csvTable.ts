// The part of reading an import spreadsheet that does not depend on what it lists: the CSV is
// parsed, its header row matched against the names the locale files give each column (in both
// languages, so a file made with the English template reads in Persian too), and each row's
// cells picked out by column. What the cells mean is the feature's (donors/importCsv.ts,
// treasury/paymentImportCsv.ts).
import Papa from 'papaparse';
import { compactForSearch } from '../../../shared/domain/normalize.ts';

/** How names and words of a file are compared: spacing, ZWNJ and Arabic letter forms ignored. */
export const matchKey = (s: string) => compactForSearch(s);

export interface CsvRecord<C extends string> {
  /** the row's number in the spreadsheet (the header is row 1) */
  line: number;
  /** every known column's cell, trimmed; '' for a column the file does not have */
  cells: Record<C, string>;
}

export type CsvTable<C extends string> =
  | { ok: true; records: CsvRecord<C>[]; columns: C[]; unknownColumns: string[] }
  | { ok: false; reason: 'empty' | 'noColumns' };

/**
 * Words of several languages → what each stands for (a column, a kind, a method). A word listed
 * by two languages keeps its first meaning, so the first list (Persian) decides.
 */
export function wordLookup<K extends string>(keys: readonly K[], lists: readonly Partial<Record<K, readonly string[]>>[]): Map<string, K> {
  const words = new Map<string, K>();
  for (const list of lists) for (const k of keys) for (const word of list[k] ?? []) if (!words.has(matchKey(word))) words.set(matchKey(word), k);
  return words;
}

/**
 * Parses the CSV text and finds the known columns in its header row (the first column of a
 * name wins; other names are reported as unknown). `columns` lists the known ones in their
 * usual order, `headerNames` the names each language gives them.
 */
export function readCsvTable<C extends string>(text: string, columns: readonly C[], headerNames: readonly Record<C, readonly string[]>[]): CsvTable<C> {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header, ...body] = parsed.data;
  if (!header) return { ok: false, reason: 'empty' };
  const byName = wordLookup(columns, headerNames);
  const at = new Map<C, number>();
  const unknownColumns: string[] = [];
  header.forEach((name, i) => {
    const col = byName.get(matchKey(name));
    if (col && !at.has(col)) at.set(col, i);
    else if (name.trim() !== '') unknownColumns.push(name.trim());
  });
  if (at.size === 0) return { ok: false, reason: 'noColumns' };
  if (body.length === 0) return { ok: false, reason: 'empty' };
  const records = body.map((row, i): CsvRecord<C> => {
    const cells = Object.fromEntries(
      columns.map((col) => {
        const index = at.get(col);
        return [col, index === undefined ? '' : (row[index] ?? '').trim()];
      }),
    ) as Record<C, string>;
    return { line: i + 2, cells };
  });
  return { ok: true, records, columns: columns.filter((c) => at.has(c)), unknownColumns };
}
