import { z } from 'zod';
import { channel, EVERY_ROLE, STAFF_ROLES, type Role } from './channel.ts';
import {
  text,
  optionalText,
  optionalMobile,
  optionalPhone,
  uuid,
  page,
  pageOf,
  recordMeta,
  empty,
} from '../validation/fields.ts';
import { checkLegalId, checkNationalId } from '../domain/ids.ts';

export const donorKind = z.enum(['person', 'organisation']);
export const contactPreference = z.enum(['call', 'sms', 'messenger', 'email', 'visit']);
export const referralSource = z.enum(['friend', 'mosque', 'event', 'socialMedia', 'donor', 'agency', 'media', 'other']);

const tag = z
  .string()
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .pipe(z.string().min(1, { error: 'v.donor.tag' }).max(40, { error: 'v.donor.tag' }));

/** The fields a centre keeps for a donor. A person has first and last name and a 10-digit
 *  national ID; an organisation has its name and an 11-digit legal-entity ID. Both IDs go in
 *  `nationalId` so one index finds either. */
export const donorFields = z
  .object({
    kind: donorKind,
    firstName: optionalText(60),
    lastName: optionalText(80),
    orgName: optionalText(150),
    nationalId: z.string().nullish(),
    mobile: optionalMobile,
    phone: optionalPhone,
    email: z
      .string()
      .nullish()
      .transform((s) => (s == null || s.trim() === '' ? null : s.trim().toLowerCase()))
      .pipe(z.email({ error: 'v.format' }).max(120).nullable()),
    address: optionalText(300),
    city: optionalText(60),
    referral: referralSource.nullish().transform((v) => v ?? null),
    preferredContact: contactPreference.nullish().transform((v) => v ?? null),
    notes: optionalText(2000),
    tags: z.array(tag).max(20).default([]),
  })
  .strict()
  .transform((d, ctx) => {
    if (d.kind === 'person') {
      if (!d.firstName) ctx.addIssue({ code: 'custom', path: ['firstName'], message: 'v.donor.nameRequired' });
      if (!d.lastName) ctx.addIssue({ code: 'custom', path: ['lastName'], message: 'v.donor.nameRequired' });
    } else if (!d.orgName) {
      ctx.addIssue({ code: 'custom', path: ['orgName'], message: 'v.donor.orgNameRequired' });
    }
    let nationalId: string | null = null;
    if (d.nationalId != null && d.nationalId.trim() !== '') {
      const r = d.kind === 'person' ? checkNationalId(d.nationalId) : checkLegalId(d.nationalId);
      const prefix = d.kind === 'person' ? 'nationalId' : 'legalId';
      if (r.ok) nationalId = r.value;
      else ctx.addIssue({ code: 'custom', path: ['nationalId'], message: `v.${prefix}.${r.reason === 'empty' ? 'length' : r.reason}` });
    }
    const tags = [...new Map(d.tags.map((t) => [t, t])).values()];
    return {
      ...d,
      firstName: d.kind === 'person' ? d.firstName : null,
      lastName: d.kind === 'person' ? d.lastName : null,
      orgName: d.kind === 'organisation' ? d.orgName : null,
      nationalId,
      tags,
    };
  });
export type DonorFieldsInput = z.input<typeof donorFields>;
export type DonorFields = z.output<typeof donorFields>;

export const donor = z.object({
  ...recordMeta,
  kind: donorKind,
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  orgName: z.string().nullable(),
  displayName: z.string(),
  nationalId: z.string().nullable(),
  mobile: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  referral: referralSource.nullable(),
  preferredContact: contactPreference.nullable(),
  notes: z.string().nullable(),
  tags: z.array(z.string()),
  archivedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
});
export type Donor = z.infer<typeof donor>;

export const donorSummary = donor.pick({
  id: true,
  kind: true,
  displayName: true,
  nationalId: true,
  mobile: true,
  city: true,
  tags: true,
  archivedAt: true,
  updatedAt: true,
});
export type DonorSummary = z.infer<typeof donorSummary>;

/** What DUPLICATE errors carry in `details`. */
export const duplicateMatch = z.object({
  id: z.string(),
  displayName: z.string(),
  field: z.enum(['nationalId', 'mobile']),
  archived: z.boolean(),
});
export type DuplicateMatch = z.infer<typeof duplicateMatch>;

const saveOptions = {
  /** Ids of donors sharing the mobile that the user has seen and accepted (family members
   *  often share one phone). A shared national ID is never accepted. */
  acceptSharedMobileWith: z.array(uuid).max(50).default([]),
};

/** Largest batch one `donors.import` call takes; the renderer sends big files in batches. */
export const IMPORT_BATCH_MAX = 1000;
/** Who may import: bringing in a whole spreadsheet is a senior staff task. */
export const IMPORT_ROLES: readonly Role[] = ['admin', 'manager', 'treasurer'];

/** A row of an import left out because it would duplicate a donor (saved before, or earlier in
 *  the same batch): `index` is its position in the batch. */
export const importSkip = z.object({
  index: z.number().int().min(0),
  reason: z.enum(['nationalId', 'mobile']),
  matches: z.array(duplicateMatch),
});
export type ImportSkip = z.infer<typeof importSkip>;

export const donorSearchInput = z
  .object({
    query: z.string().max(100).default(''),
    kind: donorKind.optional(),
    city: optionalText(60),
    tag: optionalText(40),
    status: z.enum(['active', 'archived', 'all']).default('active'),
    sort: z.enum(['name', 'createdAt', 'updatedAt']).default('name'),
    direction: z.enum(['asc', 'desc']).default('asc'),
    ...page,
  })
  .strict();

export const donorsContract = {
  'donors.create': channel({
    input: z.object({ donor: donorFields, ...saveOptions }).strict(),
    output: donor,
    access: EVERY_ROLE,
  }),
  'donors.update': channel({
    input: z
      .object({
        id: uuid,
        /** the updatedAt the editor loaded: a save over someone else's newer change is refused */
        expectedUpdatedAt: z.string().optional(),
        donor: donorFields,
        ...saveOptions,
      })
      .strict(),
    output: donor,
    access: EVERY_ROLE,
  }),
  'donors.get': channel({ input: z.object({ id: uuid }).strict(), output: donor, access: EVERY_ROLE }),
  'donors.search': channel({ input: donorSearchInput, output: pageOf(donorSummary), access: EVERY_ROLE }),
  /** Cities and tags in use, for the search filters and the form's suggestions. */
  'donors.facets': channel({
    input: empty,
    output: z.object({ cities: z.array(z.string()), tags: z.array(z.string()) }),
    access: EVERY_ROLE,
  }),
  /** Many donors at once (a centre's spreadsheet). A row that fails validation refuses the whole
   *  batch (field paths name the row: "donors.12.nationalId"); a row duplicating a donor — in the
   *  database or earlier in the batch — is skipped and reported, the others are saved. A shared
   *  national ID is never accepted; a shared mobile only with `acceptSharedMobiles`. */
  'donors.import': channel({
    input: z
      .object({
        donors: z.array(donorFields).min(1).max(IMPORT_BATCH_MAX),
        acceptSharedMobiles: z.boolean().default(false),
      })
      .strict(),
    output: z.object({ created: z.number().int().min(0), skipped: z.array(importSkip) }),
    access: IMPORT_ROLES,
  }),
  'donors.archive': channel({ input: z.object({ id: uuid }).strict(), output: donor, access: STAFF_ROLES }),
  'donors.restore': channel({ input: z.object({ id: uuid }).strict(), output: donor, access: STAFF_ROLES }),
};
