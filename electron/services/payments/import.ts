// Bulk import of payments (a treasurer bringing the centre's past payments in from a notebook or
// spreadsheet; the renderer sends a file in batches). One IMMEDIATE transaction per batch, all or
// nothing: every row meets exactly the checks of `payments.record` (checks.ts), earlier rows of
// the batch counting against a pledge; every problem of every row is listed, and if there is
// any — or the call is a dry run — nothing is written and no receipt number is taken. Otherwise
// each fiscal year of the batch takes one block of receipt numbers, used in row order.
//
// The audit: one row per batch (entity `paymentImport`), as an exchange import writes one per
// file: who, when, how many payments, their total and the receipt numbers they took. A payment's
// terms are never updated, so its own row is its state after the import, and the receipt range
// names exactly which payments the batch wrote (numbers are never reused). A row per payment
// repeated every payment in the audit log: it cost as much as the payments themselves (about a
// third of a 500,000-row import, test/bench) and buried the log's other entries under thousands.
import type { Ctx } from '../../core/context.ts';
import type { ParsedInputOf, OutputOf } from '../../../shared/contract/index.ts';
import type { PaymentImportProblem, PaymentImportResult } from '../../../shared/contract/payments.ts';
import { isoToJalali, todayIso } from '../../../shared/domain/jalali.ts';
import { inTransaction } from '../../store/database.ts';
import { orderedUuid } from '../../store/orderedUuid.ts';
import { BatchLookups } from './batchLookups.ts';
import { checkPayment } from './checks.ts';
import { insertPayment, newPayment } from './repository.ts';
import { formatReceiptNo, takeReceiptBlock } from './receiptNumbers.ts';

type ImportRow = ParsedInputOf<'payments.import'>['payments'][number];

interface Accepted {
  row: ImportRow;
  donorId: string | null;
  projectId: string | null;
  jy: number;
  jm: number;
}

/** A reference cell (a donor's ID or mobile, a project's name) resolved: the one record it names;
 *  else null, and the row's problem: nothing found, or several. */
function resolveRef(found: readonly string[], what: 'donor' | 'project', ref: string, index: number, problems: PaymentImportProblem[]): string | null {
  if (found.length === 1) return found[0]!;
  const field = `${what}Ref`;
  problems.push(
    found.length === 0
      ? { index, field, key: `payments.import.${what}NotFound`, params: { ref } }
      : { index, field, key: `payments.import.${what}Ambiguous`, params: { ref, count: found.length } },
  );
  return null;
}

export function importPayments(ctx: Ctx, input: ParsedInputOf<'payments.import'>): OutputOf<'payments.import'> {
  const today = todayIso(ctx.clock.now());
  const { confirmOverpayment } = input;
  return inTransaction(ctx.db, () => {
    const rows = input.payments;
    const look = new BatchLookups(ctx.db, {
      donorIds: rows.flatMap((r) => (r.donorId === null ? [] : [r.donorId])),
      pledgeIds: rows.flatMap((r) => (r.pledgeId === null ? [] : [r.pledgeId])),
      pendingOnPledges: input.pendingOnPledges,
    });
    const addedToPledges: Record<string, number> = {};
    const problems: PaymentImportProblem[] = [];
    const accepted: Accepted[] = [];
    for (let index = 0; index < rows.length; index++) {
      const row = rows[index]!;
      let donorId = row.donorId;
      let donorUnresolved = false;
      if (donorId === null && row.donorRef !== null) {
        donorId = resolveRef(look.donorsByRef(row.donorRef), 'donor', row.donorRef, index, problems);
        donorUnresolved = donorId === null;
      }
      let projectId = row.projectId;
      if (projectId === null && row.projectRef !== null) {
        projectId = resolveRef(look.projectsByName(row.projectRef), 'project', row.projectRef, index, problems);
      }
      const check = checkPayment(
        look,
        { donorId, pledgeId: row.pledgeId, projectId, amount: row.amount, date: row.date, chequeDueDate: row.chequeDueDate },
        { today, confirmOverpayment, donorUnresolved },
      );
      if (check.onPledge) {
        look.addPaid(row.pledgeId!, row.amount);
        addedToPledges[row.pledgeId!] = (addedToPledges[row.pledgeId!] ?? 0) + row.amount;
      }
      for (const pr of check.problems) problems.push(pr.params ? { index, field: pr.field, key: pr.key, params: pr.params } : { index, field: pr.field, key: pr.key });
      if (problems.length === 0 && !input.dryRun) {
        const { jy, jm } = isoToJalali(row.date);
        accepted.push({ row, donorId, projectId: check.projectId, jy, jm });
      }
    }
    if (problems.length > 0 || input.dryRun) {
      return { recorded: 0, firstReceiptNo: null, lastReceiptNo: null, receiptRanges: [], problems, addedToPledges };
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

    // Ids in time order: the batch's keys append to the payments' id index (orderedUuid.ts).
    const meta = { nowIso: ctx.nowIso, centreId: ctx.centreId, userId: ctx.session?.userId ?? null };
    let total = 0n; // exact: a batch of amounts up to MAX_RIALS can pass 2^53
    let firstDate = accepted[0]!.row.date;
    let lastDate = firstDate;
    for (const a of accepted) {
      const seq = next.get(a.jy)!;
      next.set(a.jy, seq + 1);
      insertPayment(ctx.db, orderedUuid(), newPayment(a.donorId === a.row.donorId ? a.row : { ...a.row, donorId: a.donorId }, a.projectId, a, seq), meta);
      total += BigInt(a.row.amount);
      if (a.row.date < firstDate) firstDate = a.row.date;
      if (a.row.date > lastDate) lastDate = a.row.date;
    }
    // the first row took its year's first number (years are blocked in the order they appear);
    // the last row, the number before its year's next
    const firstReceiptNo = receiptRanges[0]!.first;
    const lastJy = accepted[accepted.length - 1]!.jy;
    const lastReceiptNo = formatReceiptNo(lastJy, next.get(lastJy)! - 1);
    ctx.audit({
      action: 'import',
      entity: 'paymentImport',
      entityId: orderedUuid(),
      after: {
        payments: accepted.length,
        totalRials: total <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(total) : total.toString(),
        receipts: receiptRanges.map((r) => `${r.first} - ${r.last}`),
        firstDate,
        lastDate,
      },
    });
    return { recorded: accepted.length, firstReceiptNo, lastReceiptNo, receiptRanges, problems, addedToPledges };
  });
}
