// Migration 11 (the index by pledge carries the void mark, the cheque status and the amount) on
// a database that already holds payments: every row stays, each pledge's received sum is the
// same, and that sum — as the services ask for it — is now read from the index alone.
import { describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGRATIONS } from '../../electron/store/migrations/index.ts';
import { receivedPayment } from '../../electron/services/payments/received.ts';

const PAID = `SELECT pledge_id, SUM(amount) AS paid FROM payments WHERE pledge_id IS NOT NULL AND ${receivedPayment()} GROUP BY pledge_id ORDER BY pledge_id`;
const PAID_ONE = `SELECT SUM(amount) FROM payments WHERE pledge_id = ? AND ${receivedPayment()}`;

describe('migration 11 on a database with payments', () => {
  test('keeps every payment and every pledge’s sum, and sums from the index alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hamyar-m11-'));
    const raw = new Database(join(dir, 'old.sqlite'));
    try {
      for (const m of MIGRATIONS.filter((x) => x.version < 11)) raw.transaction(() => m.up(raw))();
      raw.pragma('foreign_keys = OFF'); // payments alone: their donors and pledges do not matter here
      const insert = raw.prepare(
        `INSERT INTO payments (id, donor_id, pledge_id, amount, date, jy, jm, method, cheque_status, receipt_fiscal_year, receipt_seq, voided_at, created_at, updated_at, origin_centre_id)
         VALUES (?, 'd1', ?, ?, '2026-03-25', 1405, 1, ?, ?, 1405, ?, ?, '2026-03-25T08:00:00.000Z', '2026-03-25T08:00:00.000Z', 'c1')`,
      );
      const rows: [string | null, number, string | null, 'pending' | 'bounced' | null][] = [
        ['p1', 10_000_000, null, null],
        ['p1', 5_000_000, null, null],
        ['p1', 7_000_000, '2026-03-26T08:00:00.000Z', null], // voided: not received
        ['p2', 2_500_000, null, 'pending'], // a cheque the centre holds: counts
        ['p2', 4_000_000, null, 'bounced'], // a cheque that bounced: not received
        [null, 1_000_000, null, null],
      ];
      rows.forEach(([pledge, amount, voided, cheque], i) => insert.run(`pay-${i}`, pledge, amount, cheque ? 'cheque' : 'cash', cheque, i + 1, voided));
      const before = raw.prepare('SELECT * FROM payments ORDER BY id').all();

      const m11 = MIGRATIONS.find((x) => x.version === 11)!;
      raw.transaction(() => m11.up(raw))();

      expect(raw.prepare('SELECT * FROM payments ORDER BY id').all()).toEqual(before);
      expect(raw.prepare(PAID).all()).toEqual([
        { pledge_id: 'p1', paid: 15_000_000 },
        { pledge_id: 'p2', paid: 2_500_000 },
      ]);
      const plan = (sql: string, ...args: unknown[]) => (raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[]).map((r) => r.detail).join('\n');
      expect(plan(PAID)).toMatch(/COVERING INDEX payments_pledge/);
      expect(plan(PAID_ONE, 'p1')).toMatch(/COVERING INDEX payments_pledge/);
      // a void moves the payment out of its pledge's sum
      raw.prepare("UPDATE payments SET voided_at = '2026-03-27T08:00:00.000Z' WHERE id = 'pay-0'").run();
      expect(raw.prepare(PAID_ONE).pluck().get('p1')).toBe(5_000_000);
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      raw.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
