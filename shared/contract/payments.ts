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

/** What is recorded for money (or goods) received. Method-specific fields are required by
 *  method; a payment is never edited afterwards: a mistake is voided and entered again. */
export const paymentFields = z
  .object({
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
  })
  .strict()
  .superRefine((p, ctx) => {
    const need = (field: keyof typeof p, key: string) => {
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
    if (p.pledgeId && !p.donorId) ctx.addIssue({ code: 'custom', path: ['donorId'], message: 'v.payment.pledgeNeedsDonor' });
  });
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
