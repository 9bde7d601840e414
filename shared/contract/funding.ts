import { z } from 'zod';
import { channel } from './channel.ts';
import { isoDate, optionalText, text, uuid } from '../validation/fields.ts';
import { rialsOrZero } from '../validation/money.ts';
import { fundingKind, fundingSource, PROJECT_MONEY_ROLES } from './projects.ts';

const nullableDate = isoDate.nullish().transform((v) => v ?? null);

/** Money for a project from outside the centre's donors: an agency grant, a bank facility, a
 *  company's social-responsibility budget, a budget-law note, or other. Donor pledges are not
 *  entered here: a pledge made for the project is its funding (pledges.create with projectId). */
export const fundingFields = z
  .object({
    kind: fundingKind,
    sourceName: text(120),
    /** promised; for a bank facility the amount requested */
    committed: rialsOrZero,
    /** bank facilities only: the amount the bank approved */
    approved: rialsOrZero.nullish().transform((v) => v ?? null),
    /** what has actually arrived (a bank facility: disbursed) */
    received: rialsOrZero.default(0),
    requestedOn: nullableDate,
    approvedOn: nullableDate,
    receivedOn: nullableDate,
    notes: optionalText(500),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.kind !== 'bankFacility' && f.approved !== null) ctx.addIssue({ code: 'custom', path: ['approved'], message: 'v.funding.approvedBankOnly' });
    if (f.kind === 'bankFacility' && f.approved !== null && f.approved > f.committed) {
      ctx.addIssue({ code: 'custom', path: ['approved'], message: 'v.funding.approvedAboveRequested' });
    }
    const ceiling = f.kind === 'bankFacility' ? (f.approved ?? 0) : f.committed;
    if (f.received > ceiling) ctx.addIssue({ code: 'custom', path: ['received'], message: f.kind === 'bankFacility' ? 'v.funding.disbursedAboveApproved' : 'v.funding.receivedAboveCommitted' });
    if (f.requestedOn && f.approvedOn && f.approvedOn < f.requestedOn) ctx.addIssue({ code: 'custom', path: ['approvedOn'], message: 'v.funding.dateOrder' });
    if (f.approvedOn && f.receivedOn && f.receivedOn < f.approvedOn) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'v.funding.dateOrder' });
    if (f.approved !== null && !f.approvedOn) ctx.addIssue({ code: 'custom', path: ['approvedOn'], message: 'v.funding.dateRequired' });
    if (f.received > 0 && !f.receivedOn) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: 'v.funding.dateRequired' });
  });
export type FundingFieldsInput = z.input<typeof fundingFields>;

export const fundingContract = {
  'funding.add': channel({ input: z.object({ projectId: uuid, fields: fundingFields }).strict(), output: fundingSource, access: PROJECT_MONEY_ROLES }),
  'funding.update': channel({
    input: z.object({ id: uuid, expectedUpdatedAt: z.string().optional(), fields: fundingFields }).strict(),
    output: fundingSource,
    access: PROJECT_MONEY_ROLES,
  }),
  /** A source entered by mistake or withdrawn: kept in the audit log, gone from the figures. */
  'funding.remove': channel({
    input: z.object({ id: uuid, reason: z.string().trim().min(3, { error: 'v.reasonRequired' }).max(500) }).strict(),
    output: z.object({ id: z.string() }),
    access: PROJECT_MONEY_ROLES,
  }),
};
