// Two Hamyar cores (two threads, two SQLite connections) on the same data folder at the same
// moment: the IMMEDIATE transaction makes the duplicate check and the write one atomic step, so
// of two windows saving the same national ID exactly one succeeds and the other is told why.
import { afterEach, describe, expect, test } from 'vitest';
import { Worker } from 'node:worker_threads';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { makeTestCore, setUpCentre } from '../helpers/core.ts';
import { nextNationalId, person, type DonorInput } from '../helpers/fixtures.ts';
import type { RaceJob, RaceResult } from '../helpers/raceWorker.ts';
import { DB_FILE_NAME } from '../../electron/core/core.ts';

const dirs: string[] = [];
afterEach(() => {
  while (dirs.length) rmSync(dirs.pop()!, { recursive: true, force: true });
});
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'hamyar-race-'));
  dirs.push(d);
  return d;
}

type JobWithoutBarrier = RaceJob extends infer J ? (J extends RaceJob ? Omit<J, 'barrier' | 'worker' | 'workers'> : never) : never;

async function race(jobs: JobWithoutBarrier[]): Promise<RaceResult[]> {
  const barrier = new SharedArrayBuffer(4);
  const workers = jobs.map(
    (job, worker) => new Worker(new URL('../helpers/raceWorker.ts', import.meta.url), { workerData: { ...job, barrier, worker, workers: jobs.length } }),
  );
  try {
    return await Promise.all(
      workers.map(
        (w) =>
          new Promise<RaceResult>((resolve, reject) => {
            w.once('message', (m: RaceResult) => resolve(m));
            w.once('error', reject);
            w.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function codeOf(r: RaceResult['results'][number]): string {
  return r.ok ? 'ok' : r.error.code;
}

describe('two cores on one data folder', () => {
  test('saving the same national ID at the same moment: exactly one succeeds, the other gets DUPLICATE', async () => {
    const dataDir = tempDir();
    const t = await makeTestCore({ dataDir });
    await setUpCentre(t);
    t.close();

    const ROUNDS = 25;
    const ids = Array.from({ length: ROUNDS }, () => nextNationalId());
    const roundsFor = (worker: number) =>
      ids.map((nationalId, i) => ({ donor: person(worker === 0 ? 'علی' : 'رضا', `همزمان${i}`, { nationalId }) satisfies DonorInput }));
    const results = await race([
      { task: 'donors', dataDir, rounds: roundsFor(0) },
      { task: 'donors', dataDir, rounds: roundsFor(1) },
    ]);
    for (const r of results) {
      expect(r.openError).toBeUndefined();
      expect(r.results).toHaveLength(ROUNDS);
    }

    const db = new Database(join(dataDir, DB_FILE_NAME), { readonly: true });
    try {
      for (let i = 0; i < ROUNDS; i++) {
        const pair = results.map((r) => r.results[i]!);
        expect(pair.map(codeOf).sort(), `round ${i}`).toEqual(['DUPLICATE', 'ok']);
        const winner = pair.find((e) => e.ok)! as { ok: true; result: { id: string } };
        const loser = pair.find((e) => !e.ok)! as { ok: false; error: { details?: unknown } };
        expect(loser.error.details).toMatchObject({ matches: [{ id: winner.result.id, field: 'nationalId' }] });
        const rows = db.prepare('SELECT id FROM donors WHERE national_id = ?').all(ids[i]) as { id: string }[];
        expect(rows).toEqual([{ id: winner.result.id }]);
      }
      // one audit row per saved donor, none for the refused ones
      const audit = db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'donor'").get() as { n: number };
      expect(audit.n).toBe(ROUNDS);
    } finally {
      db.close();
    }
  });

  test('saving the same mobile at the same moment: exactly one succeeds', async () => {
    const dataDir = tempDir();
    const t = await makeTestCore({ dataDir });
    await setUpCentre(t);
    t.close();

    const ROUNDS = 15;
    const mobiles = Array.from({ length: ROUNDS }, (_, i) => `0912${String(1_000_000 + i * 37).padStart(7, '0')}`);
    const roundsFor = (worker: number) => mobiles.map((mobile, i) => ({ donor: person(worker === 0 ? 'زهرا' : 'مریم', `تلفن${i}`, { mobile }) }));
    const results = await race([
      { task: 'donors', dataDir, rounds: roundsFor(0) },
      { task: 'donors', dataDir, rounds: roundsFor(1) },
    ]);
    for (let i = 0; i < ROUNDS; i++) expect(results.map((r) => codeOf(r.results[i]!)).sort(), `round ${i}`).toEqual(['DUPLICATE', 'ok']);
    const db = new Database(join(dataDir, DB_FILE_NAME), { readonly: true });
    try {
      for (const m of mobiles) expect((db.prepare('SELECT count(*) AS n FROM donors WHERE mobile = ?').get(m) as { n: number }).n).toBe(1);
    } finally {
      db.close();
    }
  });

  test('recording payments from two cores at the same moment: distinct, consecutive receipt numbers per fiscal year, no gap', async () => {
    const dataDir = tempDir();
    const t = await makeTestCore({ dataDir });
    const tokens = await setUpCentre(t);
    const donor = await t.call('donors.create', { donor: person('زهرا', 'همزمان') }, tokens.admin);
    t.close();

    // 29 Esfand 1404 and 1 Farvardin 1405: two fiscal years, each with its own counter
    const ROUNDS = 30;
    const dates = ['2026-03-20', '2026-03-21'];
    const roundsFor = (worker: number) =>
      Array.from({ length: ROUNDS }, (_, i) => ({
        payment: { donorId: donor.id, amount: 1_000_000 + worker * 1000 + i, date: dates[i % 2], method: 'cash' },
      }));
    const results = await race([
      { task: 'payments', dataDir, rounds: roundsFor(0) },
      { task: 'payments', dataDir, rounds: roundsFor(1) },
    ]);
    const receiptNos: string[] = [];
    for (const r of results) {
      expect(r.openError).toBeUndefined();
      expect(r.results.map(codeOf)).toEqual(Array(ROUNDS).fill('ok'));
      for (const e of r.results) if (e.ok) receiptNos.push((e.result as { receiptNo: string }).receiptNo);
    }
    const perYear = ROUNDS; // half of each worker's rounds in each year, two workers
    const expected = (fy: number) => Array.from({ length: perYear }, (_, i) => `${fy}-${String(i + 1).padStart(6, '0')}`);
    expect(receiptNos.filter((n) => n.startsWith('1404-')).sort()).toEqual(expected(1404));
    expect(receiptNos.filter((n) => n.startsWith('1405-')).sort()).toEqual(expected(1405));

    const db = new Database(join(dataDir, DB_FILE_NAME), { readonly: true });
    try {
      for (const fy of [1404, 1405]) {
        const seqs = db.prepare('SELECT receipt_seq AS s FROM payments WHERE receipt_fiscal_year = ? ORDER BY receipt_seq').all(fy) as { s: number }[];
        expect(seqs.map((x) => x.s)).toEqual(Array.from({ length: perYear }, (_, i) => i + 1));
        expect(db.prepare('SELECT last_seq AS n FROM receipt_counters WHERE fiscal_year = ?').get(fy)).toEqual({ n: perYear });
      }
      // each receipt number went with the payment that got it, and one audit row per payment
      const byAmount = db.prepare("SELECT amount, receipt_fiscal_year || '-' || printf('%06d', receipt_seq) AS no FROM payments").all() as { amount: number; no: string }[];
      const stored = new Map(byAmount.map((x) => [x.amount, x.no]));
      results.forEach((r, worker) =>
        r.results.forEach((e, i) => e.ok && expect(stored.get(1_000_000 + worker * 1000 + i)).toBe((e.result as { receiptNo: string }).receiptNo)),
      );
      expect((db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity = 'payment'").get() as { n: number }).n).toBe(2 * ROUNDS);
    } finally {
      db.close();
    }
  });

  test('two first runs on a fresh folder at the same moment: both open it, exactly one sets up the centre', async () => {
    const dataDir = tempDir();
    const results = await race([
      { task: 'setup', dataDir },
      { task: 'setup', dataDir },
    ]);
    for (const r of results) expect(r.openError).toBeUndefined();
    expect(results.map((r) => codeOf(r.results[0]!)).sort()).toEqual(['CONFLICT', 'ok']);
    const db = new Database(join(dataDir, DB_FILE_NAME), { readonly: true });
    try {
      expect((db.prepare('SELECT count(*) AS n FROM centre').get() as { n: number }).n).toBe(1);
      expect((db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n).toBe(1);
      expect((db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
