// Printing a payment's receipt (A5 PDF). The first print is the original; every later one is
// marked «المثنی» with its date, and every print is recorded in receipt_prints and audited. A
// voided payment still prints, under a «باطل شده» stamp with the reason; a bounced cheque under
// a «چک برگشتی» stamp.
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { receiptHtml, type ReceiptData } from '../../reports/receipt.ts';
import { PDF_MIME } from '../../reports/render.ts';
import * as q from '../reports/queries.ts';

function receiptData(ctx: Ctx, p: q.PaymentLine, isCopy: boolean): ReceiptData {
  return {
    ...p,
    pledge: p.pledgeId ? q.pledgeRef(ctx.db, p.pledgeId) : null,
    voided: p.voidedAt ? { date: todayIso(new Date(p.voidedAt)), reason: p.voidReason ?? '' } : null,
    bounced: p.chequeStatus === 'bounced' ? { date: p.chequeStatusDate ?? p.date } : null,
    copy: isCopy ? { printedOn: todayIso(ctx.clock.now()) } : null,
  };
}

export const receiptsHandlers: AreaHandlers<'receipts'> = {
  async 'receipts.print'(ctx, input) {
    const render = q.renderContextOf(ctx);
    // Print first, record after: a print is recorded only once its PDF exists. Whether it is
    // the original is decided before printing and checked again in the recording transaction;
    // if another print was recorded meanwhile, this one is printed again as a copy (prints only
    // ever go from none to some, so that happens at most once).
    for (;;) {
      const payment = q.paymentLine(ctx.db, input.paymentId);
      if (!payment) throw new AppError('NOT_FOUND', 'payments.notFound');
      const isCopy = q.receiptPrintCount(ctx.db, payment.id) > 0;
      const pdf = await ctx.core.printPdf(receiptHtml(receiptData(ctx, payment, isCopy), render), { pageSize: 'A5' });
      const recorded = inTransaction(ctx.db, () => {
        const nowCopy = q.receiptPrintCount(ctx.db, payment.id) > 0;
        if (nowCopy !== isCopy) return false;
        const printId = q.insertReceiptPrint(ctx.db, payment.id, ctx.nowIso, ctx.session?.userId ?? null, isCopy);
        ctx.audit({
          action: 'print',
          entity: 'receipt',
          entityId: payment.id,
          after: { printId, receiptNo: payment.receiptNo, copy: isCopy, voided: payment.voidedAt !== null },
        });
        return true;
      });
      if (!recorded) continue;
      return { fileName: `receipt-${payment.receiptNo}.pdf`, mimeType: PDF_MIME, base64: pdf.toString('base64') };
    }
  },
};
