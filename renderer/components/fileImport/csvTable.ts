// The part of reading an import spreadsheet that depends neither on what it lists nor on the
// file's kind: the rows of text (a CSV parsed by csvText.ts, or an Excel sheet read by the main
// process's `files.readSheet`) have their header row matched against the names the locale files
// give each column (in both languages, so a file made with the English template reads in
// Persian too), and each row's cells are picked out by column. What the cells mean is the
// feature's (donors/importCsv.ts, treasury/paymentImportCsv.ts).
import { compactForSearch } from '../../../shared/domain/normalize.ts';

/** How names and words of a file are compared: spacing, ZWNJ and Arabic letter forms ignored. */
export const matchKey = (s: string) => compactForSearch(s);

export interface SheetRecord<C extends string> {
  /** the row's number in the spreadsheet (its first row is 1, usually the header) */
  line: number;
  /** every known column's cell, trimmed; '' for a column the file does not have */
  cells: Record<C, string>;
}

export type SheetTable<C extends string> =
  | { ok: true; records: SheetRecord<C>[]; columns: C[]; unknownColumns: string[] }
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

const blank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/**
 * Finds the known columns in the header row (the first row that is not blank; the first column
 * of a name wins, other names are reported as unknown) and reads every later row that is not
 * blank. Row i of `rows` is the spreadsheet's row i+1, so blank rows are skipped without
 * shifting the row numbers the screens report. `columns` lists the known ones in their usual
 * order, `headerNames` the names each language gives them.
 */
export function readTable<C extends string>(rows: readonly (readonly string[])[], columns: readonly C[], headerNames: readonly Record<C, readonly string[]>[]): SheetTable<C> {
  const headerAt = rows.findIndex((row) => !blank(row));
  if (headerAt < 0) return { ok: false, reason: 'empty' };
  const header = rows[headerAt]!;
  const byName = wordLookup(columns, headerNames);
  const at = new Map<C, number>();
  const unknownColumns: string[] = [];
  header.forEach((name, i) => {
    const col = byName.get(matchKey(name));
    if (col && !at.has(col)) at.set(col, i);
    else if (name.trim() !== '') unknownColumns.push(name.trim());
  });
  if (at.size === 0) return { ok: false, reason: 'noColumns' };
  const records: SheetRecord<C>[] = [];
  rows.forEach((row, i) => {
    if (i <= headerAt || blank(row)) return;
    const cells = Object.fromEntries(
      columns.map((col) => {
        const index = at.get(col);
        return [col, index === undefined ? '' : (row[index] ?? '').trim()];
      }),
    ) as Record<C, string>;
    records.push({ line: i + 1, cells });
  });
  if (records.length === 0) return { ok: false, reason: 'empty' };
  return { ok: true, records, columns: columns.filter((c) => at.has(c)), unknownColumns };
}
