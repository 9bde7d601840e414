import { z } from 'zod';
import { channel, EVERY_ROLE } from './channel.ts';
import { isoDate, optionalSheba, optionalText, page, pageOf, recordMeta, uuid, filePayload } from '../validation/fields.ts';
import { rials } from '../validation/money.ts';
import { MONEY_ROLES } from './pledges.ts';

export const paymentMethod = z.enum(['cash', 'card', 'transfer', 'pos', 'cheque', 'inKind']);
export type PaymentMethod = z.infer<typeof paymentMethod>;
export const chequeStatus = z.enum(['pending', 'cleared', 'bounced']);

const digitsText = (re: RegExp, key: string) =>
  z
    .string()
    .nullish()
    .transform((s) => (s == null ? null : s.replace(/[\s-]/g, '').replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)))))
    .transform((s) => (s === '' ? null : s))
    .pipe(z.string().regex(re, { error: key }).nullable());

/** The fields of a payment, shared by the form (`paymentFields`) and the import's rows. */
const paymentShape = {
  /** null: an anonymous gift (e.g. the charity box) */
  donorId: uuid.nullish().transform((v) => v ?? null),
  pledgeId: uuid.nullish().transform((v) => v ?? null),
  /** null: the general fund (taken from the pledge when one is given) */
  projectId: uuid.nullish().transform((v) => v ?? null),
  amount: rials,
  date: isoDate,
  method: paymentMethod,
  cardLast4: digitsText(/^\d{4}$/, 'v.payment.cardLast4'),
  trackingNo: digitsText(/^\d{4,30}$/, 'v.payment.trackingNo'),
  payerSheba: optionalSheba,
  chequeNo: digitsText(/^\d{4,20}$/, 'v.payment.chequeNo'),
  chequeBank: optionalText(60),
  chequeDueDate: isoDate.nullish().transform((v) => v ?? null),
  inKindDescription: optionalText(500),
  notes: optionalText(1000),
};
type PaymentShape = z.output<z.ZodObject<typeof paymentShape>>;

/** Method-specific fields are required by method; a pledge needs its donor (`hasDonor`: the
 *  form's donorId, or an import row's donorId or donorRef). */
function paymentRules(p: PaymentShape, hasDonor: boolean, ctx: z.RefinementCtx): void {
  const need = (field: keyof PaymentShape, key: string) => {
    if (p[field] === null) ctx.addIssue({ code: 'custom', path: [field], message: key });
  };
  if (p.method === 'card') need('cardLast4', 'v.payment.cardLast4');
  if (p.method === 'transfer') need('trackingNo', 'v.payment.trackingNo');
  if (p.method === 'cheque') {
    need('chequeNo', 'v.payment.chequeNo');
    need('chequeBank', 'v.payment.chequeBank');
    need('chequeDueDate', 'v.payment.chequeDueDate');
  }
  if (p.method === 'inKind') need('inKindDescription', 'v.payment.inKindDescription');
  if (p.pledgeId && !hasDonor) ctx.addIssue({ code: 'custom', path: ['donorId'], message: 'v.payment.pledgeNeedsDonor' });
}

/** What is recorded for money (or goods) received. Method-specific fields are required by
 *  method; a payment is never edited afterwards: a mistake is voided and entered again. */
export const paymentFields = z
  .object(paymentShape)
  .strict()
  .superRefine((p, ctx) => paymentRules(p, p.donorId !== null, ctx));
export type PaymentFieldsInput = z.input<typeof paymentFields>;

export const payment = z.object({
  ...recordMeta,
  donorId: z.string().nullable(),
  donorName: z.string().nullable(),
  pledgeId: z.string().nullable(),
  projectId: z.string().nullable(),
  projectName: z.string().nullable(),
  amount: z.number().int(),
  date: z.string(),
  method: paymentMethod,
  cardLast4: z.string().nullable(),
  trackingNo: z.string().nullable(),
  payerSheba: z.string().nullable(),
  chequeNo: z.string().nullable(),
  chequeBank: z.string().nullable(),
  chequeDueDate: z.string().nullable(),
  chequeStatus: chequeStatus.nullable(),
  chequeStatusDate: z.string().nullable(),
  inKindDescription: z.string().nullable(),
  notes: z.string().nullable(),
  /** e.g. "1405-000123": fiscal year and a gapless sequence within it */
  receiptNo: z.string(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export type Payment = z.infer<typeof payment>;

/** Largest batch one `payments.import` call takes; the renderer sends a file in batches of it.
 *  Each batch is one transaction, and each commit writes out again every page of the
 *  random-keyed indexes (by donor, by pledge) the batch touched: at 500,000 payments, batches
 *  of 10,000 spend about half what batches of 5,000 do on that (test/bench), while one batch
 *  still holds the main process for only about a third of a second (~3 MB of input). */
export const PAYMENT_IMPORT_BATCH_MAX = 10_000;

/** A reference cell of an import row: trimmed, empty is null, at most `max` characters. */
const refCell = (max: number, key: string) =>
  z
    .string()
    .nullish()
    .transform((s) => (s == null || s.trim() === '' ? null : s.trim()))
    .pipe(z.string().max(max, { error: key }).nullable());

/** One row of a payments import (a treasurer's notebook or spreadsheet): a payment's fields,
 *  and, when `donorId` is absent, `donorRef`: the donor's national ID, legal-entity ID or mobile
 *  as written in the file (any digits, separators allowed); when `projectId` is absent,
 *  `projectRef`: the project's name as written (any ی/ي, spacing or half-spaces). The service
 *  resolves both; an empty project is the general fund, or the pledge's project. */
export const paymentImportRow = z
  .object({
    ...paymentShape,
    donorRef: refCell(40, 'v.payment.donorRef'),
    projectRef: refCell(200, 'v.payment.projectRef'),
  })
  .strict()
  .superRefine((p, ctx) => paymentRules(p, p.donorId !== null || p.donorRef !== null, ctx));
export type PaymentImportRowInput = z.input<typeof paymentImportRow>;

/** A row the import refused: `index` in the batch, the field at fault ('payment.amount',
 *  'donorRef', ...), and the message as an errors-catalogue key. */
export const paymentImportProblem = z.object({
  index: z.number().int().min(0),
  field: z.string(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type PaymentImportProblem = z.infer<typeof paymentImportProblem>;

export const paymentImportResult = z.object({
  recorded: z.number().int().min(0),
  /** the receipt numbers of the batch's first and last rows (null when nothing was recorded) */
  firstReceiptNo: z.string().nullable(),
  lastReceiptNo: z.string().nullable(),
  /** the numbers taken per fiscal year, in row order (a batch may cross 1 Farvardin) */
  receiptRanges: z.array(z.object({ fiscalYear: z.number().int(), first: z.string(), last: z.string(), count: z.number().int().min(1) })),
  problems: z.array(paymentImportProblem),
  /** what the batch's rows put on each pledge they name (for the next batch's pendingOnPledges) */
  addedToPledges: z.record(z.string(), z.number().int()),
});
export type PaymentImportResult = z.infer<typeof paymentImportResult>;

export const paymentsContract = {
  /** Volunteers at the desk may record a payment; only money roles may void one. */
  'payments.record': channel({
    input: z
      .object({
        payment: paymentFields,
        /** a payment above the pledge's remaining total is refused unless confirmed */
        confirmOverpayment: z.boolean().default(false),
      })
      .strict(),
    output: payment,
    access: EVERY_ROLE,
  }),
  /** Many payments at once (past payments brought in from a file), each with exactly the
   *  checks of `payments.record`. All or nothing: every row is checked and every problem listed;
   *  if there is any, or `dryRun`, nothing is saved and no receipt number is taken. Otherwise the
   *  rows take consecutive receipt numbers of their fiscal years, in row order. */
  'payments.import': channel({
    input: z
      .object({
        payments: z.array(paymentImportRow).min(1).max(PAYMENT_IMPORT_BATCH_MAX),
        /** rows above their pledge's remaining total (after earlier rows of the batch) are refused unless confirmed */
        confirmOverpayment: z.boolean().default(false),
        dryRun: z.boolean().default(false),
        /** what earlier batches of the same file put on each pledge and did not record (a dry
         *  run of a file in batches): counted as paid, so the whole file is checked as one */
        pendingOnPledges: z.record(uuid, z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)).default({}),
      })
      .strict(),
    output: paymentImportResult,
    access: MONEY_ROLES,
  }),
  'payments.get': channel({ input: z.object({ id: uuid }).strict(), output: payment, access: EVERY_ROLE }),
  'payments.list': channel({
    input: z
      .object({
        donorId: uuid.optional(),
        pledgeId: uuid.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        method: paymentMethod.optional(),
        includeVoided: z.boolean().default(true),
        ...page,
      })
      .strict(),
    output: pageOf(payment),
    access: EVERY_ROLE,
  }),
  'payments.void': channel({
    input: z.object({ id: uuid, reason: z.string().trim().min(3, { error: 'v.reasonRequired' }).max(500) }).strict(),
    output: payment,
    access: MONEY_ROLES,
  }),
  'payments.setChequeStatus': channel({
    input: z.object({ id: uuid, status: z.enum(['cleared', 'bounced']), date: isoDate }).strict(),
    output: payment,
    access: MONEY_ROLES,
  }),
  /** The A5 receipt as PDF. The first print is the original; later ones are marked as copies. */
  'receipts.print': channel({ input: z.object({ paymentId: uuid }).strict(), output: filePayload, access: EVERY_ROLE }),
};
