// Receipt numbers: gapless within the centre's Jalali fiscal year and never reused. The counter
// row is taken and moved on inside the caller's IMMEDIATE transaction (inTransaction), the same
// transaction that inserts the payment: a refused or failed payment rolls the counter back with
// it, and a second window or process waits for the write lock instead of reading the same number.
// A voided payment keeps its number; nothing ever decrements the counter.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';

/** The next sequence number of `fiscalYear` (1 for the year's first receipt). Call only inside
 *  a write transaction. */
export function takeReceiptSeq(db: Db, fiscalYear: number): number {
  if (!db.inTransaction) throw new Error('receipt numbers are taken only inside the payment transaction');
  const row = stmt<[number], { last_seq: number }>(
    db,
    `INSERT INTO receipt_counters (fiscal_year, last_seq) VALUES (?, 1)
     ON CONFLICT (fiscal_year) DO UPDATE SET last_seq = last_seq + 1
     RETURNING last_seq`,
  ).get(fiscalYear);
  if (!row) throw new Error('receipt counter returned no row');
  return row.last_seq;
}

/** `count` consecutive numbers of `fiscalYear` at once (an import batch): returns the first; the
 *  caller uses first .. first + count - 1, all of them, in the same transaction. The counter
 *  moves by `count` in one statement, so a rolled-back batch leaves it untouched and the numbers
 *  stay gapless. Call only inside a write transaction. */
export function takeReceiptBlock(db: Db, fiscalYear: number, count: number): number {
  if (!db.inTransaction) throw new Error('receipt numbers are taken only inside the payment transaction');
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`receipt block of ${count}`);
  const row = stmt<[number, number, number], { last_seq: number }>(
    db,
    `INSERT INTO receipt_counters (fiscal_year, last_seq) VALUES (?, ?)
     ON CONFLICT (fiscal_year) DO UPDATE SET last_seq = last_seq + ?
     RETURNING last_seq`,
  ).get(fiscalYear, count, count);
  if (!row) throw new Error('receipt counter returned no row');
  return row.last_seq - count + 1;
}

/** "1405-000123": fiscal year, dash, the sequence padded to six digits (wider past 999,999). */
export function formatReceiptNo(fiscalYear: number, seq: number): string {
  return `${fiscalYear}-${String(seq).padStart(6, '0')}`;
}
