// Bulk import of payments (a treasurer bringing the centre's past payments in from a notebook or
// spreadsheet; the renderer sends a file in batches). One IMMEDIATE transaction per batch, all or
// nothing: every row meets exactly the checks of `payments.record` (checks.ts), earlier rows of
// the batch counting against a pledge; every problem of every row is listed, and if there is
// any — or the call is a dry run — nothing is written and no receipt number is taken. Otherwise
// each fiscal year of the batch takes one block of receipt numbers, used in row order, and every
// payment gets its own audit row.
//
// Speed: the checks read through per-batch caches (donors, pledges with their running totals,
// projects, donor references) and the rows are inserted and audited without being read back.
import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../core/context.ts';
import type { ParsedInputOf, OutputOf } from '../../../shared/contract/index.ts';
import type { PaymentImportProblem, PaymentImportResult } from '../../../shared/contract/payments.ts';
import { checkMobile } from '../../../shared/domain/ids.ts';
import { toLatinDigits } from '../../../shared/domain/digits.ts';
import { isoToJalali, todayIso } from '../../../shared/domain/jalali.ts';
import { formatMoney } from '../../../shared/domain/money.ts';
import type { Db } from '../../store/database.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { getSetting } from '../settings/repository.ts';
import { checkPayment, PLEDGE_TERMS_SQL, type PaymentLookups, type PledgeTerms } from './checks.ts';
import { insertedPayment, insertPayment, newPayment, paidOnPledge } from './repository.ts';
import { formatReceiptNo, takeReceiptBlock } from './receiptNumbers.ts';

type ImportRow = ParsedInputOf<'payments.import'>['payments'][number];

// Separators people type or paste inside numbers, and invisible bidi marks (as in ids.ts).
const SEPARATORS_RE = /[\s\-_()\u2010-\u2015\u2212\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** The checks' look-ups for one batch, each answered once from the database and then from
 *  memory. The batch holds the write lock, so nothing else changes underneath. */
class BatchLookups implements PaymentLookups {
  private readonly donors = new Map<string, string | null>();
  private readonly pledges = new Map<string, PledgeTerms | null>();
  private readonly paid = new Map<string, number>();
  private readonly projects = new Map<string, string | null>();
  private readonly refs = new Map<string, string[]>();
  private unit: 'rial' | 'toman' | null = null;
  private readonly db: Db;

  constructor(db: Db) {
    this.db = db;
  }

  /** the donor's display name; undefined: no such donor */
  donorName(id: string): string | undefined {
    let name = this.donors.get(id);
    if (name === undefined) {
      name = stmt<[string], { display_name: string }>(this.db, 'SELECT display_name FROM donors WHERE id = ?').get(id)?.display_name ?? null;
      this.donors.set(id, name);
    }
    return name ?? undefined;
  }

  donorExists(id: string): boolean {
    return this.donorName(id) !== undefined;
  }

  pledge(id: string): PledgeTerms | undefined {
    let terms = this.pledges.get(id);
    if (terms === undefined) {
      terms = stmt<[string], PledgeTerms>(this.db, PLEDGE_TERMS_SQL).get(id) ?? null;
      this.pledges.set(id, terms);
    }
    return terms ?? undefined;
  }

  paidOnPledge(id: string): number {
    let paid = this.paid.get(id);
    if (paid === undefined) this.paid.set(id, (paid = paidOnPledge(this.db, id)));
    return paid;
  }

  /** an earlier row of the batch counts against the pledge for the rows after it */
  addPaid(id: string, amount: number): void {
    this.paid.set(id, this.paidOnPledge(id) + amount);
  }

  /** the project's name; undefined: no such active project */
  projectName(id: string): string | undefined {
    let name = this.projects.get(id);
    if (name === undefined) {
      name = stmt<[string], { name: string }>(this.db, 'SELECT name FROM projects WHERE id = ? AND archived_at IS NULL').get(id)?.name ?? null;
      this.projects.set(id, name);
    }
    return name ?? undefined;
  }

  projectExists(id: string): boolean {
    return this.projectName(id) !== undefined;
  }

  money(rials: number): string {
    this.unit ??= getSetting(this.db, 'money.unit') === 'toman' ? 'toman' : 'rial';
    return formatMoney(rials, { unit: this.unit });
  }

  /** The donors a spreadsheet's reference names: by national or legal-entity ID (10 or 11
   *  digits), or by mobile (any way people write one). Both indexed; a number that is one
   *  donor's ID and another's mobile names two donors. */
  donorsByRef(ref: string): string[] {
    const cleaned = toLatinDigits(ref).replace(SEPARATORS_RE, '');
    let ids = this.refs.get(cleaned);
    if (ids === undefined) {
      const id = /^\d{10,11}$/.test(cleaned) ? cleaned : null;
      const mobile = checkMobile(cleaned);
      ids = stmt<[string | null, string | null], { id: string }>(
        this.db,
        'SELECT id FROM donors WHERE national_id = ? UNION SELECT id FROM donors WHERE mobile = ?',
      )
        .all(id, mobile.ok ? mobile.value : null)
        .map((r) => r.id);
      this.refs.set(cleaned, ids);
    }
    return ids;
  }
}

// Ids of imported payments are time-ordered UUIDs (version 7, RFC 9562): a batch's new keys then
// land together at the end of the payments' id index and of the audit log's entity index,
// instead of dirtying a page of each per row that every commit writes out again. They are UUIDs
// like any other for everything that reads them (the contract accepts any version). Made here,
// not with the `uuid` package: its v7 draws 16 fresh bytes from the OS for every id (~5 µs, an
// eighth of an imported row's cost) and keeps ids increasing only when given no options, so it
// cannot take its random bits from randomUUID's cached pool as this does.
let lastMs = 0;
let counter = 0;

/** A UUIDv7: 48 bits of Unix milliseconds, then a 12-bit counter within the millisecond (so ids
 *  of this process sort in the order they were made), then v4's random bits and variant. */
export function orderedUuid(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    if (++counter > 0xfff) {
      ms = ++lastMs;
      counter = 0;
    }
  } else {
    counter = 0;
  }
  lastMs = ms;
  const hex = ms.toString(16).padStart(12, '0');
  // randomUUID(): 'xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx'; its last 18 characters keep the variant
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${counter.toString(16).padStart(3, '0')}${randomUUID().slice(18)}`;
}

interface Accepted {
  row: ImportRow;
  donorId: string | null;
  projectId: string | null;
  jy: number;
  jm: number;
}

export function importPayments(ctx: Ctx, input: ParsedInputOf<'payments.import'>): OutputOf<'payments.import'> {
  const today = todayIso(ctx.clock.now());
  const { confirmOverpayment } = input;
  return inTransaction(ctx.db, () => {
    const look = new BatchLookups(ctx.db);
    const problems: PaymentImportProblem[] = [];
    const accepted: Accepted[] = [];
    const rows = input.payments;
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!;
      let donorId = row.donorId;
      let donorUnresolved = false;
      if (donorId === null && row.donorRef !== null) {
        const found = look.donorsByRef(row.donorRef);
        if (found.length === 1) donorId = found[0]!;
        else {
          donorUnresolved = true;
          problems.push(
            found.length === 0
              ? { index, field: 'donorRef', key: 'payments.import.donorNotFound', params: { ref: row.donorRef } }
              : { index, field: 'donorRef', key: 'payments.import.donorAmbiguous', params: { ref: row.donorRef, count: found.length } },
          );
        }
      }
      const check = checkPayment(
        look,
        { donorId, pledgeId: row.pledgeId, projectId: row.projectId, amount: row.amount, date: row.date, chequeDueDate: row.chequeDueDate },
        { today, confirmOverpayment, donorUnresolved },
      );
      if (check.onPledge) look.addPaid(row.pledgeId!, row.amount);
      for (const pr of check.problems) problems.push(pr.params ? { index, field: pr.field, key: pr.key, params: pr.params } : { index, field: pr.field, key: pr.key });
      if (problems.length === 0 && !input.dryRun) {
        const { jy, jm } = isoToJalali(row.date);
        accepted.push({ row, donorId, projectId: check.projectId, jy, jm });
      }
    }
    if (problems.length > 0 || input.dryRun) {
      return { recorded: 0, firstReceiptNo: null, lastReceiptNo: null, receiptRanges: [], problems };
    }

    // One block of receipt numbers per fiscal year, in the order the years first appear.
    const perYear = new Map<number, number>();
    for (const a of accepted) perYear.set(a.jy, (perYear.get(a.jy) ?? 0) + 1);
    const next = new Map<number, number>();
    const receiptRanges: PaymentImportResult['receiptRanges'] = [];
    for (const [fiscalYear, count] of perYear) {
      const first = takeReceiptBlock(ctx.db, fiscalYear, count);
      next.set(fiscalYear, first);
      receiptRanges.push({ fiscalYear, first: formatReceiptNo(fiscalYear, first), last: formatReceiptNo(fiscalYear, first + count - 1), count });
    }

    const meta = { nowIso: ctx.nowIso, centreId: ctx.centreId, userId: ctx.session?.userId ?? null };
    let firstReceiptNo: string | null = null;
    let lastReceiptNo: string | null = null;
    for (const a of accepted) {
      const seq = next.get(a.jy)!;
      next.set(a.jy, seq + 1);
      const id = orderedUuid();
      const stored = newPayment(a.donorId === a.row.donorId ? a.row : { ...a.row, donorId: a.donorId }, a.projectId, a, seq);
      insertPayment(ctx.db, id, stored, meta);
      const after = insertedPayment(id, stored, meta, {
        donorName: a.donorId === null ? null : (look.donorName(a.donorId) ?? null),
        projectName: a.projectId === null ? null : (look.projectName(a.projectId) ?? null),
      });
      ctx.audit({ action: 'import', entity: 'payment', entityId: id, after });
      lastReceiptNo = after.receiptNo;
      firstReceiptNo ??= lastReceiptNo;
    }
    return { recorded: accepted.length, firstReceiptNo, lastReceiptNo, receiptRanges, problems };
  });
}
