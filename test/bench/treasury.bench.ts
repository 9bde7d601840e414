// The treasury's figures: recording payments through the service against raw prepared INSERTs of
// the same rows in one transaction — in batches (`payments.import`, the contract's largest batch
// per call and transaction as the import screen sends it, all checks, receipt numbers and an
// audit row per batch: the insert figure) and one by one (`payments.record`, each payment its
// own transaction, sampled past a time budget); the
// collections report over a full fiscal year; the agency report as XLSX over the same payments;
// receipt PDFs with a warm Chromium; and the PDF statement of a donor with 1,000 payments.
//
// Data, at scale 1: 50,000 donors (raw SQL: setup, not measured), 10 projects (SQL, as in the
// service tests), 5,000 pledges (`pledges.create`, not timed), then 500,000 payments dated over
// the last two Jalali years up to today, in a realistic mix of methods, ~20% against pledges.
// Everything is drawn from a fixed seed.
import { cpSync, rmSync } from 'node:fs';
import { PAYMENT_IMPORT_BATCH_MAX } from '../../shared/contract/payments.ts';
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { seededRandom } from '../../electron/services/setup/sampleData.ts';
import { isoToJalali, jalaliToIso, fiscalYearRange, todayIso } from '../../shared/domain/jalali.ts';
import { addDays, daysBetween } from '../../shared/domain/schedule.ts';
import { createChromiumPrinter } from '../../electron/web/chromiumPrinter.ts';
import type { Role } from '../../shared/contract/channel.ts';
import { contract } from '../../shared/contract/index.ts';
import { writeAudit } from '../../electron/core/audit.ts';
import { findPaymentRow, insertPayment, paidOnPledge, toPayment } from '../../electron/services/payments/repository.ts';
import { takeReceiptSeq } from '../../electron/services/payments/receiptNumbers.ts';
import { projectExists } from '../../electron/services/projects/repository.ts';
import { ADMIN, makeTestCore, type TestCore } from '../helpers/core.ts';
import { insertProject, type PaymentInput, type PledgeInput } from '../helpers/treasury.ts';
import { insertRaw } from './donors.bench.ts';
import { benchDonors } from './data.ts';
import { freshDir } from './fixtures.ts';
import { emit, log, median, round, scaled, since, timeCalls } from './stats.ts';
import { timedPrinter } from './timedPrinter.ts';

const SEED = 1405_02;
/** Above this estimated time, the service rate is measured on a sample (the brief: ~6 minutes). */
const SERVICE_BUDGET_MS = 6 * 60_000;
const ESTIMATE_ROWS = 10_000;
/** Payments per `payments.import` call (the contract's largest batch). */
const IMPORT_BATCH = PAYMENT_IMPORT_BATCH_MAX;

// ---- data ------------------------------------------------------------------------------------

interface BenchPledge {
  id: string;
  donorId: string;
  projectId: string | null;
  startDate: string;
  /** what one payment against it is */
  instalment: number;
  /** null: open-ended */
  remaining: number | null;
}

/** One payment: the service's input and the raw row's values (same columns as insertPayment). */
export interface BenchPayment {
  input: PaymentInput;
  /** id, donor_id, pledge_id, project_id, amount, date, jy, jm, method, card_last4, tracking_no, payer_sheba, cheque_no,
   *  cheque_bank, cheque_due_date, cheque_status, in_kind_description, notes, receipt_fiscal_year, receipt_seq */
  values: unknown[];
}

const BANKS = ['ملی', 'ملت', 'صادرات', 'تجارت', 'سپه', 'کشاورزی', 'پاسارگاد', 'رفاه'];
const GOODS = ['کیسه برنج', 'پتو و لحاف', 'لوازم التحریر', 'یخچال نو', 'روغن و حبوبات', 'پوشاک زمستانی'];
const NOTES = ['صندوق مسجد جامع', 'به نیت شفای بیمار', 'نذر ماه رمضان', 'کمک به جهیزیه', null, null, null, null, null, null];

function pickWeighted<T>(rnd: () => number, items: readonly (readonly [T, number])[]): T {
  let r = rnd() * items.reduce((s, [, w]) => s + w, 0);
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1]![0];
}

const digits = (rnd: () => number, n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');

/** A valid IBAN-checked Sheba: IR, two check digits, 22 digits. */
function sheba(rnd: () => number): string {
  const bban = digits(rnd, 22);
  const check = 98n - (BigInt(`${bban}182700`) % 97n);
  return `IR${String(check).padStart(2, '0')}${bban}`;
}

/** Amounts in rials, rounded to 10,000 (1,000 toman): many small gifts, some large ones. */
function amount(rnd: () => number): number {
  const r = rnd();
  const toman = r < 0.6 ? 50 + Math.floor(rnd() * 950) : r < 0.95 ? 1_000 + Math.floor(rnd() * 9_000) : 10_000 + Math.floor(rnd() * 190_000);
  return toman * 10_000;
}

/** The period payments are spread over: 1 Farvardin of last Jalali year up to today. */
export function benchPeriod(today: string): { from: string; to: string; lastFullYear: number } {
  const jy = isoToJalali(today).jy;
  return { from: jalaliToIso(jy - 1, 1, 1), to: today, lastFullYear: jy - 1 };
}

export function pledgeInputs(n: number, donorIds: readonly string[], projectIds: readonly string[], from: string, today: string): PledgeInput[] {
  const rnd = seededRandom(SEED + 1);
  const span = daysBetween(from, today);
  const out: PledgeInput[] = [];
  for (let i = 0; i < n; i++) {
    const kind = pickWeighted(rnd, [['monthly', 6], ['installments', 2], ['oneOff', 2]] as const);
    const base = (20 + Math.floor(rnd() * 480)) * 100_000; // 2m..50m rials
    out.push({
      donorId: donorIds[Math.floor(rnd() * donorIds.length)]!,
      projectId: rnd() < 0.4 ? projectIds[Math.floor(rnd() * projectIds.length)]! : null,
      kind,
      amount: kind === 'installments' ? base * 12 : base,
      // mostly early in the period, so there is time to pay against them
      startDate: addDays(from, Math.floor(rnd() * rnd() * span)),
      months: kind === 'monthly' ? (rnd() < 0.5 ? null : 24) : null,
      installments: kind === 'installments' ? 12 : null,
      notes: null,
    });
  }
  return out;
}

/** `n` payments in the order they are recorded (by date, like a desk entering them day by day),
 *  with their receipt numbers as the service will give them. */
export function paymentRows(
  n: number,
  donorIds: readonly string[],
  projectIds: readonly string[],
  pledges: BenchPledge[],
  from: string,
  today: string,
): BenchPayment[] {
  const rnd = seededRandom(SEED + 2);
  const span = daysBetween(from, today);
  const dates = Array.from({ length: n }, () => addDays(from, Math.floor(rnd() * (span + 1)))).sort();
  const counters = new Map<number, number>();
  const out: BenchPayment[] = [];
  for (let i = 0; i < n; i++) {
    const date = dates[i]!;
    const method = pickWeighted(rnd, [['cash', 35], ['card', 20], ['transfer', 20], ['pos', 12], ['cheque', 8], ['inKind', 5]] as const);
    let donorId: string | null = rnd() < 0.05 ? null : donorIds[Math.floor(rnd() * donorIds.length)]!;
    let pledge: BenchPledge | null = null;
    let value = amount(rnd);
    if (donorId !== null && pledges.length > 0 && rnd() < 0.2) {
      const p = pledges[Math.floor(rnd() * pledges.length)]!;
      if (p.startDate <= date && (p.remaining === null || p.remaining >= p.instalment)) {
        pledge = p;
        donorId = p.donorId;
        value = p.instalment;
        if (p.remaining !== null) p.remaining -= p.instalment;
      }
    }
    const projectId = pledge ? null : rnd() < 0.25 ? projectIds[Math.floor(rnd() * projectIds.length)]! : null;
    const input: PaymentInput = { donorId, pledgeId: pledge?.id ?? null, projectId, amount: value, date, method };
    if (method === 'card') input.cardLast4 = digits(rnd, 4);
    if (method === 'transfer') input.trackingNo = digits(rnd, 12);
    if (method === 'transfer' && rnd() < 0.3) input.payerSheba = sheba(rnd);
    if (method === 'cheque') {
      input.chequeNo = digits(rnd, 8);
      input.chequeBank = BANKS[Math.floor(rnd() * BANKS.length)]!;
      input.chequeDueDate = addDays(date, Math.floor(rnd() * 90));
    }
    if (method === 'inKind') input.inKindDescription = GOODS[Math.floor(rnd() * GOODS.length)]!;
    const note = NOTES[Math.floor(rnd() * NOTES.length)]!;
    if (note) input.notes = note;

    const { jy, jm } = isoToJalali(date);
    const seq = (counters.get(jy) ?? 0) + 1;
    counters.set(jy, seq);
    const cheque = method === 'cheque';
    out.push({
      input,
      values: [
        randomUUID(), donorId, pledge?.id ?? null, pledge ? pledge.projectId : projectId, value, date, jy, jm, method,
        input.cardLast4 ?? null, input.trackingNo ?? null, input.payerSheba ?? null,
        cheque ? input.chequeNo : null, cheque ? input.chequeBank : null, cheque ? input.chequeDueDate : null, cheque ? 'pending' : null,
        input.inKindDescription ?? null, input.notes ?? null, jy, seq,
      ],
    });
  }
  return out;
}

/** The statement as electron/services/payments/repository.ts insertPayment runs it. */
const INSERT_PAYMENT = `INSERT INTO payments (id, donor_id, pledge_id, project_id, amount, date, jy, jm, method, card_last4, tracking_no,
   payer_sheba, cheque_no, cheque_bank, cheque_due_date, cheque_status, cheque_status_date, in_kind_description, notes,
   receipt_fiscal_year, receipt_seq, created_by, created_at, updated_at, origin_centre_id)
 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Inserts `rows` with one prepared statement in ONE transaction, and moves the receipt
 *  counters to the numbers used. Returns the milliseconds of the transaction. */
export function insertPaymentsRaw(db: Database, rows: readonly BenchPayment[], userId: string): number {
  const centreId = db.prepare('SELECT id FROM centre LIMIT 1').pluck().get() as string;
  const nowIso = new Date().toISOString();
  const ins = db.prepare(INSERT_PAYMENT);
  const counter = db.prepare(
    `INSERT INTO receipt_counters (fiscal_year, last_seq) VALUES (?, ?)
     ON CONFLICT (fiscal_year) DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)`,
  );
  const last = new Map<number, number>();
  for (const r of rows) last.set(r.values[18] as number, Math.max(last.get(r.values[18] as number) ?? 0, r.values[19] as number));
  const t0 = performance.now();
  db.transaction(() => {
    for (const r of rows) ins.run(...r.values, userId, nowIso, nowIso, centreId);
    for (const [fy, seq] of last) counter.run(fy, seq);
  }).immediate();
  return since(t0);
}

// ---- the base folder ------------------------------------------------------------------------

interface Base {
  /** a data folder with donors, projects and pledges, and no payments (closed: copy it) */
  dir: string;
  donorIds: string[];
  projectIds: string[];
  pledges: BenchPledge[];
  treasurerId: string;
}

const TREASURER = { username: 'treasurer1', password: 'treasurer-pass-1405' };

async function signIn(t: TestCore, who: { username: string; password: string }): Promise<string> {
  return (await t.call('auth.signIn', who)).token;
}

async function buildBase(root: string, nDonors: number, nPledges: number, from: string, today: string): Promise<Base> {
  const dir = freshDir(root, 'treasury-base');
  const t0 = performance.now();
  await insertRaw(dir, benchDonors(nDonors)); // set-up centre + donors, raw (not measured here)
  const t = await makeTestCore({ dataDir: dir });
  try {
    const admin = await signIn(t, { username: ADMIN.username, password: ADMIN.password });
    await t.call('users.create', { username: TREASURER.username, displayName: 'خزانه‌دار', role: 'treasurer' satisfies Role, password: TREASURER.password }, admin);
    const treasurer = await signIn(t, TREASURER);
    const db = t.core.db();
    const donorIds = db.prepare('SELECT id FROM donors ORDER BY rowid').pluck().all() as string[];
    const projectIds = Array.from({ length: 10 }, (_, i) => insertProject(t, `پروژه ${i + 1}`));
    const pledges: BenchPledge[] = [];
    for (const p of pledgeInputs(nPledges, donorIds, projectIds, from, today)) {
      const r = await t.call('pledges.create', p, treasurer);
      const total = p.kind === 'monthly' ? (p.months === null ? null : p.amount * p.months!) : p.amount;
      const instalment = p.kind === 'installments' ? Math.floor(p.amount / p.installments!) : p.amount;
      pledges.push({ id: r.id, donorId: r.donorId, projectId: r.projectId, startDate: r.startDate, instalment, remaining: total });
    }
    const treasurerId = db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(TREASURER.username) as string;
    db.pragma('wal_checkpoint(TRUNCATE)');
    log(`treasury base: ${donorIds.length} donors, ${projectIds.length} projects, ${pledges.length} pledges in ${(since(t0) / 1000).toFixed(1)} s`);
    return { dir, donorIds, projectIds, pledges, treasurerId };
  } finally {
    t.close();
  }
}

function copyOf(root: string, base: Base, name: string): string {
  const dir = freshDir(root, name);
  cpSync(base.dir, dir, { recursive: true });
  return dir;
}

// ---- 1. inserts -----------------------------------------------------------------------------

interface ServiceInsert {
  rows: number;
  ms: number;
  rowsPerS: number;
  estimateMs: number;
  sampled: boolean;
  dir: string;
}

async function insertThroughService(root: string, base: Base, rows: readonly BenchPayment[], sampleRows: number): Promise<ServiceInsert> {
  const dir = copyOf(root, base, 'treasury-service');
  const t = await makeTestCore({ dataDir: dir });
  try {
    const token = await signIn(t, TREASURER);
    const { dispatcher } = t.core;
    let done = 0;
    let limit = Math.min(rows.length, ESTIMATE_ROWS);
    let estimateMs = Number.NaN;
    let sampled = false;
    const t0 = performance.now();
    for (;;) {
      for (; done < limit; done++) {
        const r = await dispatcher.invoke('payments.record', { payment: rows[done]!.input }, token);
        if (!r.ok) throw new Error(`payments.record failed on row ${done}: ${JSON.stringify(r.error)} ${JSON.stringify(rows[done]!.input)}`);
      }
      if (done >= rows.length || !Number.isNaN(estimateMs)) break;
      estimateMs = (since(t0) / done) * rows.length;
      sampled = estimateMs > SERVICE_BUDGET_MS && sampleRows < rows.length;
      log(`service estimate: ${done} payments in ${since(t0).toFixed(0)} ms → ${(estimateMs / 1000).toFixed(0)} s for ${rows.length}` +
        (sampled ? `: over budget, measuring ${sampleRows} rows` : ''));
      limit = sampled ? sampleRows : rows.length;
    }
    const ms = since(t0);
    // the receipt numbers must be those the raw rows carry
    const db = t.core.db();
    const mismatch = db
      .prepare('SELECT count(*) FROM payments WHERE receipt_fiscal_year = ? AND receipt_seq = ? AND date = ? AND amount = ?')
      .pluck();
    for (const i of [0, done >> 1, done - 1]) {
      const v = rows[i]!.values;
      if (mismatch.get(v[18], v[19], v[5], v[4]) !== 1) throw new Error(`service row ${i} does not carry the raw row's receipt number`);
    }
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { rows: done, ms, rowsPerS: (done / ms) * 1000, estimateMs, sampled, dir };
  } finally {
    t.close();
  }
}

interface ImportInsert {
  rows: number;
  ms: number;
  rowsPerS: number;
  batches: number;
  dir: string;
}

/** Every row through `payments.import` in batches of `batch`, through the dispatcher as the
 *  renderer calls it; the folder (all payments, each batch audited) is kept for the reports. */
async function insertThroughImport(root: string, base: Base, rows: readonly BenchPayment[], batch: number): Promise<ImportInsert> {
  const dir = copyOf(root, base, 'treasury-import');
  const t = await makeTestCore({ dataDir: dir });
  try {
    const token = await signIn(t, TREASURER);
    const { dispatcher } = t.core;
    const batches: PaymentInput[][] = [];
    for (let i = 0; i < rows.length; i += batch) batches.push(rows.slice(i, i + batch).map((r) => r.input));
    const t0 = performance.now();
    for (const [i, payments] of batches.entries()) {
      const r = await dispatcher.invoke('payments.import', { payments }, token);
      if (!r.ok) throw new Error(`payments.import failed on batch ${i}: ${JSON.stringify(r.error).slice(0, 2000)}`);
      const out = r.result as { recorded: number; problems: unknown[] };
      if (out.recorded !== payments.length) throw new Error(`payments.import batch ${i}: ${JSON.stringify(out.problems.slice(0, 5))}`);
    }
    const ms = since(t0);
    // the receipt numbers must be those the raw rows carry, and every batch audited
    const db = t.core.db();
    const same = db.prepare('SELECT count(*) FROM payments WHERE receipt_fiscal_year = ? AND receipt_seq = ? AND date = ? AND amount = ?').pluck();
    for (const i of [0, rows.length >> 1, rows.length - 1]) {
      const v = rows[i]!.values;
      if (same.get(v[18], v[19], v[5], v[4]) !== 1) throw new Error(`imported row ${i} does not carry the raw row's receipt number`);
    }
    const audited = db.prepare("SELECT count(*) FROM audit_log WHERE entity = 'paymentImport' AND action = 'import'").pluck().get() as number;
    if (audited !== batches.length) throw new Error(`payments.import wrote ${audited} audit rows for ${batches.length} batches`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    return { rows: rows.length, ms, rowsPerS: (rows.length / ms) * 1000, batches: batches.length, dir };
  } finally {
    t.close();
  }
}

async function rawInsertInto(dir: string, rows: readonly BenchPayment[], userId: string): Promise<number> {
  const t = await makeTestCore({ dataDir: dir });
  try {
    const db = t.core.db();
    const ms = insertPaymentsRaw(db, rows, userId);
    const n = db.prepare('SELECT count(*) FROM payments').pluck().get() as number;
    if (n !== rows.length) throw new Error(`raw insert wrote ${n} payments, expected ${rows.length}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    return ms;
  } finally {
    t.close();
  }
}

const STEPS = ['input parse', 'begin', 'checks', 'receipt seq', 'insert', 'load after', 'audit row', 'commit', 'output parse'] as const;
type Step = (typeof STEPS)[number];

/** Where the time of `payments.record` goes: the handler's steps replayed with a timer around
 *  each (the same repository functions, in the same order, one IMMEDIATE transaction per
 *  payment), and the floor set by one transaction per row (raw INSERT + counter, no checks, no
 *  audit). Returns one object of µs per row. */
async function recordBreakdown(root: string, base: Base, rows: readonly BenchPayment[]): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { rows: rows.length };
  {
    const dir = copyOf(root, base, 'treasury-steps');
    const t = await makeTestCore({ dataDir: dir });
    try {
      const token = await signIn(t, TREASURER);
      const session = t.core.services.sessions.get(token)!;
      const db = t.core.db();
      const centreId = db.prepare('SELECT id FROM centre LIMIT 1').pluck().get() as string;
      const def = contract['payments.record'];
      const acc = Object.fromEntries(STEPS.map((k) => [k, 0])) as Record<Step, number>;
      const time = <T>(step: Step, f: () => T): T => {
        const t0 = performance.now();
        const r = f();
        acc[step] += performance.now() - t0;
        return r;
      };
      const t0 = performance.now();
      for (const row of rows) {
        const input = time('input parse', () => def.input.parse({ payment: row.input }));
        const p = input.payment;
        const nowIso = new Date().toISOString();
        time('begin', () => db.exec('BEGIN IMMEDIATE'));
        const projectId = time('checks', () => {
          if (p.donorId !== null) db.prepare('SELECT id FROM donors WHERE id = ?').get(p.donorId);
          let projectId = p.projectId;
          if (p.pledgeId !== null) {
            const pl = db.prepare('SELECT project_id, kind, months FROM pledges WHERE id = ?').get(p.pledgeId) as { project_id: string | null; kind: string; months: number | null };
            if (!(pl.kind === 'monthly' && pl.months === null)) paidOnPledge(db, p.pledgeId);
            projectId = p.projectId ?? pl.project_id;
          }
          if (projectId !== null) projectExists(db, projectId);
          return projectId;
        });
        const { jy, jm } = isoToJalali(p.date);
        const seq = time('receipt seq', () => takeReceiptSeq(db, jy));
        const id = row.values[0] as string;
        const cheque = p.method === 'cheque';
        time('insert', () =>
          insertPayment(db, id, {
            donorId: p.donorId, pledgeId: p.pledgeId, projectId, amount: p.amount, date: p.date, jy, jm, method: p.method,
            cardLast4: p.method === 'card' ? p.cardLast4 : null, trackingNo: p.trackingNo, payerSheba: p.payerSheba,
            chequeNo: cheque ? p.chequeNo : null, chequeBank: cheque ? p.chequeBank : null, chequeDueDate: cheque ? p.chequeDueDate : null,
            chequeStatus: cheque ? 'pending' : null, inKindDescription: p.method === 'inKind' ? p.inKindDescription : null, notes: p.notes,
            fiscalYear: jy, seq,
          }, { nowIso, centreId, userId: session.userId }),
        );
        const after = time('load after', () => toPayment(findPaymentRow(db, id)!));
        time('audit row', () => writeAudit(db, session, nowIso, centreId, { action: 'create', entity: 'payment', entityId: id, after }));
        time('commit', () => db.exec('COMMIT'));
        time('output parse', () => def.output.parse(after));
      }
      const total = since(t0);
      out.replayed_per_s = Math.round((rows.length / total) * 1000);
      for (const k of STEPS) out[`${k.replace(/\W+/g, '_')}_us`] = round((acc[k] / rows.length) * 1000, 1);
    } finally {
      t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  {
    const dir = copyOf(root, base, 'treasury-per-row');
    const t = await makeTestCore({ dataDir: dir });
    try {
      const db = t.core.db();
      const centreId = db.prepare('SELECT id FROM centre LIMIT 1').pluck().get() as string;
      const nowIso = new Date().toISOString();
      const ins = db.prepare(INSERT_PAYMENT);
      const counter = db.prepare(
        `INSERT INTO receipt_counters (fiscal_year, last_seq) VALUES (?, 1) ON CONFLICT (fiscal_year) DO UPDATE SET last_seq = last_seq + 1`,
      );
      const one = db.transaction((r: BenchPayment) => {
        counter.run(r.values[18]);
        ins.run(...r.values, base.treasurerId, nowIso, nowIso, centreId);
      });
      const t0 = performance.now();
      for (const r of rows) one.immediate(r);
      out.raw_one_tx_per_row_per_s = Math.round((rows.length / since(t0)) * 1000);
    } finally {
      t.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

// ---- 2–4. reports ---------------------------------------------------------------------------

/** 1,000 payments of one donor, raw, numbered after the receipts already taken. */
function addDonorWithPayments(db: Database, donorId: string, n: number, from: string, today: string, userId: string): void {
  const rnd = seededRandom(SEED + 3);
  const span = daysBetween(from, today);
  const dates = Array.from({ length: n }, () => addDays(from, Math.floor(rnd() * (span + 1)))).sort();
  const counters = new Map<number, number>(
    (db.prepare('SELECT fiscal_year, last_seq FROM receipt_counters').all() as { fiscal_year: number; last_seq: number }[]).map((r) => [r.fiscal_year, r.last_seq]),
  );
  const methods = ['cash', 'card', 'transfer', 'pos', 'cheque', 'inKind'] as const;
  const rows: BenchPayment[] = dates.map((date, i) => {
    const { jy, jm } = isoToJalali(date);
    const seq = (counters.get(jy) ?? 0) + 1;
    counters.set(jy, seq);
    const method = methods[i % methods.length]!;
    const cheque = method === 'cheque';
    return {
      input: { donorId, amount: amount(rnd), date, method },
      values: [
        randomUUID(), donorId, null, null, amount(rnd), date, jy, jm, method, method === 'card' ? digits(rnd, 4) : null,
        method === 'transfer' ? digits(rnd, 12) : null, null, cheque ? digits(rnd, 8) : null, cheque ? BANKS[i % BANKS.length]! : null,
        cheque ? addDays(date, 30) : null, cheque ? 'pending' : null, method === 'inKind' ? GOODS[i % GOODS.length]! : null,
        i % 7 === 0 ? 'پرداخت ماهانه' : null, jy, seq,
      ],
    };
  });
  insertPaymentsRaw(db, rows, userId);
  // a few voided, as a real statement has them (listed, struck through, not totalled)
  db.prepare(`UPDATE payments SET voided_at = ?, void_reason = 'ثبت تکراری', voided_by = ? WHERE donor_id = ? AND rowid % 50 = 0`).run(
    new Date().toISOString(),
    userId,
    donorId,
  );
}

async function benchReports(dir: string, payments: number, period: { from: string; to: string; lastFullYear: number }, today: string, userId: string): Promise<void> {
  const chromium = createChromiumPrinter();
  const printer = timedPrinter(chromium);
  const t = await makeTestCore({ dataDir: dir, printer });
  try {
    const token = await signIn(t, TREASURER);
    const db = t.core.db();
    const year = fiscalYearRange(period.lastFullYear);
    const inYear = db.prepare('SELECT count(*) FROM payments WHERE date BETWEEN ? AND ? AND voided_at IS NULL').pluck().get(year.start, year.end) as number;

    // 2. collections by month, a full fiscal year (and, for reference, the whole two-year period)
    for (const format of ['csv', 'xlsx'] as const) {
      const call = (from: string, to: string) => t.call('reports.collections', { from, to, groupBy: 'month', format }, token);
      const r = await timeCalls(5, 1, () => call(year.start, year.end));
      const whole = await timeCalls(3, 0, () => call(period.from, period.to));
      // phases, replayed outside the dispatcher: the SQL alone
      const sql = await timeCalls(5, 0, async () => {
        db.prepare(`SELECT pm.jy, pm.jm, COALESCE(SUM(pm.amount), 0) AS total, count(*) AS count FROM payments pm
                    WHERE pm.date BETWEEN ? AND ? AND pm.voided_at IS NULL GROUP BY pm.jy, pm.jm ORDER BY pm.jy, pm.jm`).all(year.start, year.end);
        db.prepare(`SELECT COALESCE(SUM(pm.amount), 0) AS total, count(*) AS count FROM payments pm
                    WHERE pm.date BETWEEN ? AND ? AND pm.voided_at IS NULL`).get(year.start, year.end);
      });
      const name = format === 'csv' ? 'reports.collections_by_month_ms' : 'reports.collections_by_month_xlsx_ms';
      emit(name, round(median(r.all), 1), 'ms', {
        rows: payments,
        payments_in_period: inYear,
        period: `fiscal year ${period.lastFullYear} (${year.start}..${year.end})`,
        stat: 'median',
        runs: r.all.length,
        warmup: 1,
        first_ms: round(r.first[0]!, 1),
        all: r.all.map((x) => round(x, 1)),
        sql_ms: round(median(sql.all), 1),
        two_years_ms: round(median(whole.all), 1),
        ...(format === 'csv' ? { target: '< 500' } : {}),
      });
    }

    // 2b. the agency report as XLSX for the last whole fiscal year over the same payments (money
    // raised by source, active donors and pledges come from them; the exchange bench measures it
    // over 100,000 households)
    {
      const manager = await signIn(t, { username: ADMIN.username, password: ADMIN.password });
      const r = await timeCalls(5, 1, () => t.call('reports.agency', { period: { kind: 'year', jy: period.lastFullYear }, format: 'xlsx' }, manager));
      emit('reports.agency_xlsx_payments_ms', round(median(r.all), 1), 'ms', {
        rows: payments,
        payments_in_period: inYear,
        period: `year ${period.lastFullYear}`,
        stat: 'median',
        runs: r.all.length,
        warmup: 1,
        first_ms: round(r.first[0]!, 1),
        all: r.all.map((x) => round(x, 1)),
        target: '< 2000',
      });
    }

    // 3. receipts: ~30 prints of different payments (originals), the first one discarded
    const ids = db.prepare('SELECT id FROM payments WHERE rowid % ? = 0 LIMIT 31').pluck().all(Math.max(1, Math.floor(payments / 31))) as string[];
    printer.spent.length = 0;
    printer.htmlBytes.length = 0;
    let i = 0;
    const rc = await timeCalls(ids.length - 1, 1, () => t.call('receipts.print', { paymentId: ids[i++]! }, token));
    const printMs = printer.spent.slice(1);
    emit('receipts.pdf_ms', round(median(rc.all), 1), 'ms', {
      rows: payments,
      stat: 'median',
      runs: rc.all.length,
      warmup: 1,
      first_ms: round(rc.first[0]!, 1),
      all: rc.all.map((x) => round(x, 1)),
      print_ms: round(median(printMs), 1),
      html_kb: round(median(printer.htmlBytes) / 1024, 1),
      target: '< 300',
    });

    // 4. a donor with 1,000 payments: the statement for the whole period as PDF
    const donorId = db.prepare('SELECT id FROM donors ORDER BY rowid LIMIT 1 OFFSET 7').pluck().get() as string;
    addDonorWithPayments(db, donorId, 1_000, period.from, today, userId);
    const own = db.prepare('SELECT count(*) FROM payments WHERE donor_id = ?').pluck().get(donorId) as number;
    printer.spent.length = 0;
    printer.htmlBytes.length = 0;
    let pdfBytes = 0;
    const ds = await timeCalls(5, 1, async () => {
      const r = await t.call('reports.donorStatement', { donorId, from: period.from, to: today, format: 'pdf' }, token);
      pdfBytes = Math.round((r.base64.length * 3) / 4);
    });
    const stPrint = printer.spent.slice(1);
    const stMs = median(ds.all);
    emit('reports.donor_statement_pdf_ms', round(stMs, 1), 'ms', {
      rows: payments,
      donor_payments: own,
      stat: 'median',
      runs: ds.all.length,
      warmup: 1,
      first_ms: round(ds.first[0]!, 1),
      all: ds.all.map((x) => round(x, 1)),
      print_ms: round(median(stPrint), 1),
      other_ms: round(stMs - median(stPrint), 1),
      html_kb: round(median(printer.htmlBytes) / 1024, 1),
      pdf_kb: round(pdfBytes / 1024, 1),
      target: '< 2000',
    });
  } finally {
    t.close();
    await chromium.close();
  }
}

// ---- the whole --------------------------------------------------------------------------------

export async function benchTreasury(root: string, rawRuns: number): Promise<void> {
  const today = todayIso();
  const period = benchPeriod(today);
  const nDonors = scaled(50_000, 100);
  const nPayments = scaled(500_000, 1_000);
  const nPledges = scaled(5_000, 10);
  const sampleRows = Math.min(nPayments, scaled(50_000, 1_000));
  log(`treasury: ${nPayments} payments over ${nDonors} donors and ${nPledges} pledges, ${period.from}..${period.to}`);

  const base = await buildBase(root, nDonors, nPledges, period.from, today);
  const rows = paymentRows(nPayments, base.donorIds, base.projectIds, base.pledges, period.from, today);
  const onPledges = rows.filter((r) => r.input.pledgeId).length;
  const byMethod = Object.fromEntries(['cash', 'card', 'transfer', 'pos', 'cheque', 'inKind'].map((m) => [m, rows.filter((r) => r.input.method === m).length]));
  log(`payments generated: ${onPledges} against pledges, by method ${JSON.stringify(byMethod)}`);

  // 1a. payments.record, one transaction per payment (sampled past the time budget)
  const s = await insertThroughService(root, base, rows, sampleRows);
  rmSync(s.dir, { recursive: true, force: true });
  log(`payments.record: ${s.rows} payments in ${(s.ms / 1000).toFixed(1)} s = ${s.rowsPerS.toFixed(0)} rows/s`);
  // 1b–c. payments.import in the contract's largest batches, every row, and raw over the same
  // rows, run after run (each pair under the same machine load; the medians are the figures);
  // raw over the record's sample too when that was sampled, so each ratio compares the same
  // rows. The last import's folder serves the reports below.
  const measured = rows.slice(0, s.rows);
  const rawRate = async (set: readonly BenchPayment[], run: number): Promise<number> => {
    const dir = copyOf(root, base, `treasury-raw-${run}`);
    const ms = await rawInsertInto(dir, set, base.treasurerId);
    rmSync(dir, { recursive: true, force: true });
    const perS = (set.length / ms) * 1000;
    log(`raw insert ${run + 1}/${rawRuns}: ${set.length} payments in ${ms.toFixed(0)} ms = ${perS.toFixed(0)} rows/s`);
    return perS;
  };
  const imports: ImportInsert[] = [];
  const raw: number[] = [];
  const rawSample: number[] = [];
  for (let i = 0; i < rawRuns; i++) {
    if (i > 0) rmSync(imports[i - 1]!.dir, { recursive: true, force: true });
    const r = await insertThroughImport(root, base, rows, IMPORT_BATCH);
    imports.push(r);
    log(`payments.import ${i + 1}/${rawRuns}: ${r.rows} payments in ${r.batches} batches in ${(r.ms / 1000).toFixed(1)} s = ${r.rowsPerS.toFixed(0)} rows/s`);
    raw.push(await rawRate(rows, i));
    if (s.sampled) rawSample.push(await rawRate(measured, i));
  }
  const importRate = median(imports.map((r) => r.rowsPerS));
  const imp = imports[imports.length - 1]!;
  const reportsDir = imp.dir;
  const rawMedian = median(raw);
  const rawSampleMedian = s.sampled ? median(rawSample) : rawMedian;
  const common = { payments_total: rows.length, donors: nDonors, pledges: nPledges, on_pledges: onPledges };
  emit('payments.insert_per_s', Math.round(importRate), 'rows/s', {
    ...common,
    rows: imp.rows,
    stat: 'median',
    runs: rawRuns,
    all: imports.map((r) => Math.round(r.rowsPerS)),
    path: `payments.import, batches of ${IMPORT_BATCH}`,
    batches: imp.batches,
    us_per_row: round(1e6 / importRate, 1),
    by_method: byMethod,
  });
  emit('payments.insert_raw_per_s', Math.round(rawMedian), 'rows/s', { ...common, rows: rows.length, stat: 'median', runs: rawRuns, all: raw.map((x) => Math.round(x)) });
  emit('payments.insert_ratio_vs_raw', round(importRate / rawMedian, 3), 'ratio', {
    ...common,
    rows: imp.rows,
    stat: `median payments.import, batches of ${IMPORT_BATCH} / median raw`,
    runs: rawRuns,
    per_pair: imports.map((r, i) => round(r.rowsPerS / raw[i]!, 3)),
    target: '>= 0.5',
  });
  const recordNote = s.sampled
    ? `measured on the first ${s.rows} of ${rows.length} payments (estimated ${Math.round(s.estimateMs / 1000)} s for all), against raw over the same ${s.rows}`
    : undefined;
  const recordCommon = { ...common, rows: s.rows, ...(recordNote ? { note: recordNote } : {}) };
  emit('payments.record_per_s', Math.round(s.rowsPerS), 'rows/s', { ...recordCommon, stat: 'single run', runs: 1, seconds: round(s.ms / 1000, 1) });
  emit('payments.record_ratio_vs_raw', round(s.rowsPerS / rawSampleMedian, 3), 'ratio', {
    ...recordCommon,
    stat: 'payments.record (one transaction per payment) / median raw over the same rows',
    runs: rawRuns,
    ...(s.sampled ? { raw_per_s: Math.round(rawSampleMedian) } : {}),
  });
  // where the time of payments.record goes, on a sample of the same rows (cheap: a few seconds)
  const breakdown = await recordBreakdown(root, base, rows.slice(0, Math.min(rows.length, scaled(5_000, 1_000))));
  emit('payments.insert_breakdown_us', null, 'µs/row', { ...breakdown, note: 'payments.record replayed step by step; raw_one_tx_per_row: raw INSERT + counter, one IMMEDIATE transaction per row' });

  // 2–4. reports over the 500,000 payments
  await benchReports(reportsDir, rows.length, period, today, base.treasurerId);
  rmSync(reportsDir, { recursive: true, force: true });
  rmSync(base.dir, { recursive: true, force: true });
}
