import { z } from 'zod';
import { channel, EVERY_ROLE } from './channel.ts';
import { isoDate, optionalMobile, optionalText, page, pageOf, recordMeta, text, uuid } from '../validation/fields.ts';
import { rialsOrZero } from '../validation/money.ts';
import { checkNationalId } from '../domain/ids.ts';

/** Who may see sensitive fields (health, addiction, income, disability); everyone else sees
 *  names and needs only, and those fields come back as null. */
export const SENSITIVE_ROLES = ['admin', 'manager', 'caseworker'] as const;
/** Who may register and change households. */
export const CASE_ROLES = ['admin', 'manager', 'caseworker'] as const;

export const sex = z.enum(['female', 'male']);
export const relation = z.enum(['spouse', 'child', 'parent', 'sibling', 'grandchild', 'other']);
export const education = z.enum(['none', 'literacy', 'primary', 'secondary', 'diploma', 'university']);
export const vulnerabilityGroup = z.enum([
  'womanHead',
  'disability',
  'chronicIllness',
  'recoveredAddiction',
  'elderlyAlone',
  'orphans',
  'prisonerFamily',
]);
export type VulnerabilityGroup = z.infer<typeof vulnerabilityGroup>;
/** Groups that are themselves sensitive: hidden from roles outside SENSITIVE_ROLES. */
export const SENSITIVE_GROUPS: readonly VulnerabilityGroup[] = ['disability', 'chronicIllness', 'recoveredAddiction'];
export const disabilitySeverity = z.enum(['mild', 'moderate', 'severe', 'profound']);
export const housingStatus = z.enum(['owner', 'tenant', 'homeless', 'withRelatives', 'unfinished']);
export const agency = z.enum(['relief', 'welfare', 'none']);

/** A national ID that must be present and pass its check digit. */
export const requiredNationalId = z.string().transform((s, ctx) => {
  const r = checkNationalId(s);
  if (r.ok) return r.value;
  ctx.addIssue({ code: 'custom', message: `v.nationalId.${r.reason === 'empty' ? 'length' : r.reason}` });
  return z.NEVER;
});

const nullableDate = isoDate.nullish().transform((v) => v ?? null);

export const memberFields = z
  .object({
    /** present when updating an existing member */
    id: uuid.optional(),
    firstName: text(60),
    lastName: text(80),
    relation,
    sex,
    nationalId: requiredNationalId.nullish().transform((v) => v ?? null),
    birthDate: nullableDate,
    education: education.nullish().transform((v) => v ?? null),
    occupation: optionalText(100),
    /** sensitive */
    health: optionalText(500),
  })
  .strict();

export const householdFields = z
  .object({
    head: z
      .object({
        firstName: text(60),
        lastName: text(80),
        fatherName: optionalText(60),
        nationalId: requiredNationalId,
        birthDate: isoDate,
        sex,
        mobile: optionalMobile,
      })
      .strict(),
    address: optionalText(300),
    city: text(60),
    village: optionalText(60),
    members: z.array(memberFields).max(20).default([]),
    groups: z.array(vulnerabilityGroup).max(7).default([]),
    /** sensitive */
    disabilityKind: optionalText(200),
    /** sensitive */
    disabilitySeverity: disabilitySeverity.nullish().transform((v) => v ?? null),
    /** sensitive: rials a month */
    monthlyIncome: rialsOrZero.nullish().transform((v) => v ?? null),
    housingStatus,
    monthlyRent: rialsOrZero.nullish().transform((v) => v ?? null),
    agency,
    agencyFileNo: optionalText(40),
    caseWorkerId: uuid.nullish().transform((v) => v ?? null),
    consentToShare: z.boolean().default(false),
    consentDate: nullableDate,
    notes: optionalText(2000),
  })
  .strict()
  .superRefine((h, ctx) => {
    if (h.consentToShare && !h.consentDate) ctx.addIssue({ code: 'custom', path: ['consentDate'], message: 'v.household.consentDate' });
    if (h.housingStatus === 'tenant' && h.monthlyRent === null) ctx.addIssue({ code: 'custom', path: ['monthlyRent'], message: 'v.household.rent' });
    if (h.agency !== 'none' && !h.agencyFileNo) ctx.addIssue({ code: 'custom', path: ['agencyFileNo'], message: 'v.household.fileNo' });
  });
export type HouseholdFieldsInput = z.input<typeof householdFields>;

export const member = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  relation,
  sex,
  nationalId: z.string().nullable(),
  birthDate: z.string().nullable(),
  education: education.nullable(),
  occupation: z.string().nullable(),
  health: z.string().nullable(),
});

export const household = z.object({
  ...recordMeta,
  head: z.object({
    firstName: z.string(),
    lastName: z.string(),
    fatherName: z.string().nullable(),
    nationalId: z.string(),
    birthDate: z.string(),
    sex,
    mobile: z.string().nullable(),
  }),
  displayName: z.string(),
  address: z.string().nullable(),
  city: z.string(),
  village: z.string().nullable(),
  members: z.array(member),
  groups: z.array(vulnerabilityGroup),
  disabilityKind: z.string().nullable(),
  disabilitySeverity: disabilitySeverity.nullable(),
  monthlyIncome: z.number().int().nullable(),
  housingStatus,
  monthlyRent: z.number().int().nullable(),
  agency,
  agencyFileNo: z.string().nullable(),
  caseWorkerId: z.string().nullable(),
  caseWorkerName: z.string().nullable(),
  consentToShare: z.boolean(),
  consentDate: z.string().nullable(),
  notes: z.string().nullable(),
  archivedAt: z.string().nullable(),
  /** false when the caller's role may not see sensitive fields (they are null then) */
  sensitiveVisible: z.boolean(),
});
export type Household = z.infer<typeof household>;

export const householdSummary = z.object({
  id: z.string(),
  displayName: z.string(),
  nationalId: z.string(),
  city: z.string(),
  village: z.string().nullable(),
  agencyFileNo: z.string().nullable(),
  groups: z.array(vulnerabilityGroup),
  memberCount: z.number().int(),
  openNeeds: z.number().int(),
  caseWorkerId: z.string().nullable(),
  caseWorkerName: z.string().nullable(),
  /** days since the oldest open need was recorded (null without open needs) */
  waitingDays: z.number().int().nullable(),
  archivedAt: z.string().nullable(),
  /** aid at other centres (the province's bank): how many and the latest date; null when none;
   *  filled by electron/services/exchange/elsewhere.ts markHelpedElsewhere */
  elsewhere: z.object({ count: z.number().int(), lastDate: z.string() }).nullable().optional(),
});
export type HouseholdSummary = z.infer<typeof householdSummary>;

export const householdSearchInput = z
  .object({
    query: z.string().max(100).default(''),
    group: vulnerabilityGroup.optional(),
    needKind: z.string().max(40).optional(),
    city: optionalText(60),
    caseWorkerId: uuid.optional(),
    /** only households whose oldest open need waits at least this many days */
    minWaitingDays: z.number().int().min(0).max(36500).optional(),
    status: z.enum(['active', 'archived', 'all']).default('active'),
    ...page,
  })
  .strict();

export const householdDuplicate = z.object({
  householdId: z.string(),
  displayName: z.string(),
  /** where the ID was found */
  as: z.enum(['head', 'member']),
  nationalId: z.string(),
});

export const householdsContract = {
  'households.create': channel({ input: z.object({ household: householdFields }).strict(), output: household, access: CASE_ROLES }),
  'households.update': channel({
    input: z.object({ id: uuid, expectedUpdatedAt: z.string().optional(), household: householdFields }).strict(),
    output: household,
    access: CASE_ROLES,
  }),
  /** Reading a household's page as a role that sees sensitive fields is itself audited. */
  'households.get': channel({ input: z.object({ id: uuid }).strict(), output: household, access: EVERY_ROLE }),
  'households.search': channel({ input: householdSearchInput, output: pageOf(householdSummary), access: EVERY_ROLE }),
  'households.archive': channel({ input: z.object({ id: uuid }).strict(), output: household, access: CASE_ROLES }),
  'households.restore': channel({ input: z.object({ id: uuid }).strict(), output: household, access: CASE_ROLES }),
  /** The filtered list as XLSX or CSV; sensitive columns only for roles that may see them. */
  'households.export': channel({
    input: householdSearchInput.omit({ limit: true, offset: true }).extend({ format: z.enum(['xlsx', 'csv']) }),
    output: z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() }),
    access: CASE_ROLES,
  }),
};
