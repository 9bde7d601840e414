// Receipts printed to PDF through the contract (receipts.print) with Debian's Chromium, then read
// back with poppler's pdftotext: the receipt number and amount in Persian digits, the amount in
// words, «المثنی» on every print after the first, «باطل شده» on a voided payment. Each PDF is
// also rendered to PNG in test/artifacts/ for a person to look at.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { manualClock } from '../helpers/fixtures.ts';
import { addDonor, insertProject, isoOfJalali } from '../helpers/treasury.ts';
import { createChromiumPrinter, type ChromiumPrinter } from '../../electron/web/chromiumPrinter.ts';

const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** What pdftotext gives back of right-to-left text depends on its own reordering: spaces next to
 *  digits move, and a combining mark (shadda, hamza above) may come before its letter. Compared
 *  without spaces, bidi controls and combining marks, the words and numbers must all be there. */
function n(s: string): string {
  return s.replace(BIDI_CONTROLS, '').replace(/[\u064b-\u065f\u0670]/g, '').replace(/\s+/g, '');
}

let printer: ChromiumPrinter;
let scratch: string;
beforeAll(() => {
  printer = createChromiumPrinter();
  scratch = mkdtempSync(join(tmpdir(), 'hamyar-receipts-'));
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await printer.close();
  rmSync(scratch, { recursive: true, force: true });
});

let t: TestCore;
let tokens: Record<Role, string>;
// 24 Nov 2026, 11:30 in Tehran: Jalali 1405/09/03.
const clock = manualClock('2026-11-24T08:00:00Z');
beforeEach(async () => {
  clock.set('2026-11-24T08:00:00Z');
  t = await makeTestCore({ clock, printer });
  tokens = await setUpCentre(t);
});
afterEach(() => t.close());

/** The PDF's text (normalised by n()), its page count, and a PNG of its page. */
function readPdf(base64: string, artifact: string): { text: string; pages: number } {
  const file = join(scratch, `${artifact}.pdf`);
  writeFileSync(file, Buffer.from(base64, 'base64'));
  const text = n(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-png', '-r', '80', '-singlefile', file, join(ARTIFACTS, artifact)]);
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

function pageSize(base64: string): string {
  const file = join(scratch, 'size.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  return /Page size:\s+(.*)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? '';
}

function prints(paymentId: string): { is_copy: number; printed_by: string | null }[] {
  return t.core.db().prepare('SELECT is_copy, printed_by FROM receipt_prints WHERE payment_id = ? ORDER BY id').all(paymentId) as never;
}

describe('receipts.print', () => {
  test('the original: number, amount in Persian digits and words, donor, method, purpose, pledge', async () => {
    const donorId = await addDonor(t, tokens.treasurer, 'علی', 'کریمی', { mobile: '09121234567' });
    const projectId = insertProject(t, 'مسکن مددجویان زنجان');
    const pledge = await t.call(
      'pledges.create',
      { donorId, projectId, kind: 'monthly', amount: 12_500_000, startDate: isoOfJalali(1405, 7, 1), months: 12 },
      tokens.treasurer,
    );
    const payment = await t.call(
      'payments.record',
      {
        payment: { donorId, pledgeId: pledge.id, amount: 12_500_000, date: isoOfJalali(1405, 9, 2), method: 'card', cardLast4: '۴۳۲۱', trackingNo: '987654' },
      },
      tokens.volunteer,
    );
    expect(payment.receiptNo).toBe('1405-000001');

    const file = await t.call('receipts.print', { paymentId: payment.id }, tokens.volunteer);
    expect(file.fileName).toBe('receipt-1405-000001.pdf');
    expect(file.mimeType).toBe('application/pdf');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageSize(file.base64)).toMatch(/\(A5\)/);

    const { text, pages } = readPdf(file.base64, 'print-receipt-original');
    expect(pages).toBe(1);
    expect(text).toContain(n('۱۴۰۵-۰۰۰۰۰۱')); // the receipt number, in Persian digits
    expect(text).toContain(n('۱۲٬۵۰۰٬۰۰۰')); // 12,500,000 rials with the Persian thousands separator
    expect(text).toContain(n('دوازده میلیون و پانصد هزار ریال'));
    expect(text).toContain(n('علی کریمی'));
    expect(text).toContain(n('کارت به کارت'));
    expect(text).toContain(n('۴۳۲۱'));
    expect(text).toContain(n('۹۸۷۶۵۴'));
    expect(text).toContain(n('مسکن مددجویان زنجان'));
    expect(text).toContain(n('ماهانه'));
    expect(text).toContain(n('۱۴۰۵/۰۹/۰۲')); // the payment's Jalali date
    expect(text).toContain(n('مرکز نیکوکاری امید'));
    expect(text).not.toContain(n('المثنی'));
    expect(text).not.toContain(n('باطل'));
    expect(text).not.toMatch(/[0-9]/); // every digit printed is Persian

    expect(prints(payment.id)).toEqual([{ is_copy: 0, printed_by: expect.any(String) }]);
    const audit = t.core.db().prepare("SELECT action, entity, entity_id, after_json FROM audit_log WHERE entity = 'receipt'").all() as {
      action: string;
      entity_id: string;
      after_json: string;
    }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'print', entity_id: payment.id });
    expect(JSON.parse(audit[0]!.after_json)).toMatchObject({ receiptNo: '1405-000001', copy: false });
  });

  test('every later print is «المثنی» with the date it was printed', async () => {
    const donorId = await addDonor(t, tokens.treasurer, 'مریم', 'احمدی');
    // Paid on 1405/09/01, printed today (1405/09/03).
    const payment = await t.call('payments.record', { payment: { donorId, amount: 3_950_000, date: isoOfJalali(1405, 9, 1), method: 'cash' } }, tokens.treasurer);
    const first = readPdf((await t.call('receipts.print', { paymentId: payment.id }, tokens.treasurer)).base64, 'print-receipt-first');
    expect(first.text).not.toContain(n('المثنی'));

    clock.advance(3 * 3600_000); // later the same day
    const second = await t.call('receipts.print', { paymentId: payment.id }, tokens.volunteer);
    expect(second.fileName).toBe('receipt-1405-000001.pdf');
    const copy = readPdf(second.base64, 'print-receipt-copy');
    expect(copy.text).toContain(n('المثنی'));
    expect(copy.text).toMatch(/المثنی.*۱۴۰۵\/۰۹\/۰۳/); // the reprint's date
    expect(copy.text).toContain(n('۱۴۰۵/۰۹/۰۱')); // the payment's own date is unchanged
    expect(copy.text).toContain(n('سه میلیون و نهصد و پنجاه هزار ریال'));
    const third = readPdf((await t.call('receipts.print', { paymentId: payment.id }, tokens.admin)).base64, 'print-receipt-third');
    expect(third.text).toContain(n('المثنی'));
    expect(prints(payment.id).map((p) => p.is_copy)).toEqual([0, 1, 1]);
  });

  /** A new donor's cheque, recorded by the treasurer. */
  async function cheque(donor: [string, string], c: { amount: number; date: string; no: string; bank: string; due: string }) {
    const donorId = await addDonor(t, tokens.treasurer, ...donor);
    const payment = { donorId, amount: c.amount, date: c.date, method: 'cheque' as const, chequeNo: c.no, chequeBank: c.bank, chequeDueDate: c.due };
    return t.call('payments.record', { payment }, tokens.treasurer);
  }

  test('a voided payment prints with «باطل شده» and the reason', async () => {
    const payment = await cheque(['رضا', 'محمدی'], { amount: 8_000_000, date: isoOfJalali(1405, 9, 1), no: '556677', bank: 'ملت', due: isoOfJalali(1405, 10, 15) });
    await t.call('payments.void', { id: payment.id, reason: 'مبلغ اشتباه وارد شده بود' }, tokens.treasurer);
    const { text } = readPdf((await t.call('receipts.print', { paymentId: payment.id }, tokens.treasurer)).base64, 'print-receipt-voided');
    expect(text).toContain(n('باطل شده'));
    expect(text).toContain(n('مبلغ اشتباه وارد شده بود'));
    expect(text).toContain(n('۵۵۶۶۷۷')); // cheque number
    expect(text).toContain(n('ملت'));
    expect(text).toContain(n('۱۴۰۵/۱۰/۱۵')); // the cheque's due date
    expect(text).toContain(n('هشت میلیون ریال'));
  });

  test('a bounced cheque prints with «چک برگشتی», that its money was not received, and when', async () => {
    const payment = await cheque(['زهرا', 'کاظمی'], { amount: 6_000_000, date: isoOfJalali(1405, 8, 20), no: '112233', bank: 'ملی', due: isoOfJalali(1405, 8, 30) });
    const before = readPdf((await t.call('receipts.print', { paymentId: payment.id }, tokens.treasurer)).base64, 'print-receipt-cheque-pending');
    expect(before.text).not.toContain(n('دریافت نشده'));
    await t.call('payments.setChequeStatus', { id: payment.id, status: 'bounced', date: isoOfJalali(1405, 9, 2) }, tokens.treasurer);
    const { text } = readPdf((await t.call('receipts.print', { paymentId: payment.id }, tokens.treasurer)).base64, 'print-receipt-bounced');
    expect(text).toContain(n('چک برگشتی'));
    expect(text).toContain(n('مبلغ این چک دریافت نشده است'));
    expect(text).toContain(n('تاریخ برگشت'));
    expect(text).toContain(n('۱۴۰۵/۰۹/۰۲'));
    expect(text).toContain(n('المثنی')); // the second print
    expect(text).toContain(n('شش میلیون ریال'));
  });

  test('an anonymous gift in kind to the general fund, in tomans', async () => {
    await t.call('settings.update', { moneyUnit: 'toman' }, tokens.admin);
    const payment = await t.call(
      'payments.record',
      { payment: { amount: 47_250_000, date: isoOfJalali(1405, 9, 3), method: 'inKind', inKindDescription: '۲ دستگاه فر نان' } },
      tokens.volunteer,
    );
    const { text } = readPdf((await t.call('receipts.print', { paymentId: payment.id }, tokens.volunteer)).base64, 'print-receipt-anonymous-toman');
    expect(text).toContain(n('ناشناس'));
    expect(text).toContain(n('صندوق عمومی'));
    expect(text).toContain(n('دستگاه فر نان'));
    expect(text).toContain(n('۴٬۷۲۵٬۰۰۰')); // 47,250,000 rials = 4,725,000 tomans
    expect(text).toContain(n('چهار میلیون و هفتصد و بیست و پنج هزار تومان'));
  });

  test('without a printer: a clear error, and nothing recorded', async () => {
    const bare = await makeTestCore({ clock });
    try {
      const tk = await setUpCentre(bare);
      const payment = await bare.call('payments.record', { payment: { amount: 1_000_000, date: isoOfJalali(1405, 9, 3), method: 'cash' } }, tk.treasurer);
      const err = await bare.fail('receipts.print', { paymentId: payment.id }, tk.treasurer);
      expect(err.code).toBe('INTERNAL');
      expect(err.key).toBe('reports.printerMissing');
      expect(err.message).toContain('PDF');
      expect(bare.core.db().prepare('SELECT count(*) AS n FROM receipt_prints').get()).toEqual({ n: 0 });
    } finally {
      bare.close();
    }
  });

  test('an unknown payment, a malformed id, no session', async () => {
    expect((await t.fail('receipts.print', { paymentId: '00000000-0000-4000-8000-000000000000' }, tokens.treasurer)).code).toBe('NOT_FOUND');
    expect((await t.fail('receipts.print', { paymentId: 'nope' }, tokens.treasurer)).code).toBe('VALIDATION');
    expect((await t.fail('receipts.print', { paymentId: '00000000-0000-4000-8000-000000000000' }, null)).code).toBe('UNAUTHENTICATED');
  });

  test('two prints at once: exactly one original', async () => {
    const payment = await t.call('payments.record', { payment: { amount: 2_000_000, date: isoOfJalali(1405, 9, 3), method: 'pos' } }, tokens.treasurer);
    const files = await Promise.all([1, 2, 3].map(() => t.call('receipts.print', { paymentId: payment.id }, tokens.treasurer)));
    const copies = files.map((f, i) => readPdf(f.base64, `print-receipt-race-${i}`).text.includes('المثنی'));
    expect(copies.filter((c) => !c)).toHaveLength(1);
    expect(prints(payment.id).map((p) => p.is_copy).sort()).toEqual([0, 1, 1]);
  });
});
