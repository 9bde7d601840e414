// A cheque that bounced brought no money: once the treasurer marks it, it leaves every sum —
// its pledge is due again (and may be paid without an overpayment warning), the dashboard, the
// collections, the donor statement's total, the project's received money and the agency's
// figures drop it — while it stays listed with its status. The daily cash report of the day it
// came in keeps it: the till closed with the cheque in it. Real SQLite through the dispatcher;
// reports read back as CSV.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { OutputOf, Role } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { manualClock } from '../helpers/fixtures.ts';
import { addDonor, cash, insertProject } from '../helpers/treasury.ts';
import { col, csvTable, readCsv } from '../helpers/reportFiles.ts';

let t: TestCore;
let tokens: Record<Role, string>;
let maryam: string;
let project: string;
let pledgeId: string;
let chequeId: string;

const CHEQUE_DAY = '2026-11-20'; // 1405/08/29
const CASH_DAY = '2026-11-22'; // 1405/09/01

beforeEach(async () => {
  t = await makeTestCore({ clock: manualClock('2026-11-24T06:00:00Z') }); // 1405/09/03 in Tehran
  tokens = await setUpCentre(t);
  maryam = await addDonor(t, tokens.treasurer, 'مریم', 'نوری');
  project = insertProject(t, 'جهیزیهٔ نوعروسان', { kind: 'general' });
  pledgeId = (await t.call('pledges.create', { donorId: maryam, projectId: project, kind: 'oneOff', amount: 10_000_000, startDate: '2026-10-01' }, tokens.treasurer)).id;
  chequeId = (
    await t.call(
      'payments.record',
      { payment: cash(maryam, 10_000_000, CHEQUE_DAY, { pledgeId, method: 'cheque', chequeNo: '123456', chequeBank: 'ملت', chequeDueDate: '2026-12-01' }) },
      tokens.treasurer,
    )
  ).id;
  await t.call('payments.record', { payment: cash(maryam, 3_000_000, CASH_DAY, { projectId: project }) }, tokens.treasurer);
});
afterEach(() => t.close());

const bounce = () => t.call('payments.setChequeStatus', { id: chequeId, status: 'bounced', date: '2026-11-23' }, tokens.treasurer);
const pledge = () => t.call('pledges.get', { id: pledgeId }, tokens.treasurer);

/** A CSV report's table headed `firstHeader`, and the amount on its totals line. */
function csvTotal(file: OutputOf<'reports.collections'>, firstHeader: string, totals = /^جمع/) {
  const table = csvTable(readCsv(file), firstHeader, totals);
  return { table, total: Number(table.totals?.[col(table.headers, 'مبلغ (ریال)')]) };
}
/** The agency's figures for Aban 1405, the cheque's month: donors' money (F01), donors who gave (D01), pledges still open (D02). */
const agency = async () => {
  const r = await t.call('agency.figures', { period: { kind: 'month', jy: 1405, jm: 8 } }, tokens.manager);
  const v = Object.fromEntries(r.figures.map((f) => [f.code, f.value]));
  return { F01: v.F01, D01: v.D01, D02: v.D02 };
};
const collections = async () =>
  csvTotal(await t.call('reports.collections', { from: '2026-10-23', to: '2026-11-24', groupBy: 'month', format: 'csv' }, tokens.treasurer), 'سال').total; // 1405/08/01 to today

describe('a bounced cheque', () => {
  test('makes its pledge due again, and a payment of the whole pledge needs no overpayment confirmation', async () => {
    expect((await pledge()).figures).toMatchObject({ paid: 10_000_000, overdue: 0, status: 'fulfilled' });
    const refused = await t.fail('payments.record', { payment: cash(maryam, 10_000_000, CASH_DAY, { pledgeId }) }, tokens.treasurer);
    expect(refused.message).toMatch(/بیشتر از ماندهٔ تعهد/);

    await bounce();
    expect((await pledge()).figures).toMatchObject({ paid: 0, overdue: 10_000_000, status: 'overdue' });
    const again = await t.call('payments.record', { payment: cash(maryam, 10_000_000, CASH_DAY, { pledgeId }) }, tokens.treasurer);
    expect(again.pledgeId).toBe(pledgeId);
    expect((await pledge()).figures).toMatchObject({ paid: 10_000_000, status: 'fulfilled' });
  });

  test('leaves the dashboard, the collections, the project’s received money and the agency’s figures', async () => {
    const before = await t.call('treasury.dashboard', {}, tokens.treasurer);
    expect([before.lastMonth.total, before.thisMonth.total]).toEqual([10_000_000, 3_000_000]);
    expect(await collections()).toBe(13_000_000);
    expect((await t.call('projects.get', { id: project }, tokens.treasurer)).money.received).toBe(13_000_000);
    expect(await agency()).toEqual({ F01: 10_000_000, D01: 1, D02: 0 });

    await bounce();
    const after = await t.call('treasury.dashboard', {}, tokens.treasurer);
    expect([after.lastMonth.total, after.thisMonth.total]).toEqual([0, 3_000_000]);
    expect(await collections()).toBe(3_000_000);
    const detail = await t.call('projects.get', { id: project }, tokens.treasurer);
    expect([detail.money.received, detail.donors.received]).toEqual([3_000_000, 3_000_000]);
    expect(await agency()).toEqual({ F01: 0, D01: 0, D02: 1 });
  });

  test('stays on the donor statement with its status, out of its total; the day’s cash report keeps it', async () => {
    await bounce();
    const statement = await t.call('reports.donorStatement', { donorId: maryam, from: '2026-10-23', to: '2026-11-24', format: 'csv' }, tokens.treasurer);
    const { table, total } = csvTotal(statement, 'تاریخ');
    expect(total).toBe(3_000_000);
    const status = col(table.headers, 'وضعیت');
    const amount = col(table.headers, 'مبلغ (ریال)');
    expect(table.rows.map((r) => [r[amount], r[status]])).toEqual([
      ['10000000', 'برگشتی'],
      ['3000000', ''],
    ]);
    const day = await t.call('reports.dailyCash', { date: CHEQUE_DAY, format: 'csv' }, tokens.treasurer);
    expect(csvTotal(day, 'روش پرداخت', /^جمع کل/).total).toBe(10_000_000);
  });
});
