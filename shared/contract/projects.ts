import { z } from 'zod';
import { channel, EVERY_ROLE } from './channel.ts';
import { empty, isoDate, optionalText, page, pageOf, recordMeta, text, uuid } from '../validation/fields.ts';
import { rials, rialsOrZero } from '../validation/money.ts';
import { HOUSING_STAGES, WAITING_FOR, FUNDING_KINDS } from '../domain/housing.ts';

// Projects (طرح): every unit of work with a budget. A housing build and an employment plan are
// projects with a few more fields of their own (see `housing` and `employment` below); stages,
// funding sources, expenses, equipment lots and attachments hang off a project.

export const projectKind = z.enum(['housing', 'employment', 'equipment', 'education', 'general']);
export type ProjectKind = z.infer<typeof projectKind>;
export const projectStatus = z.enum(['planned', 'inProgress', 'stalled', 'finished', 'handedOver', 'cancelled']);
export type ProjectStatus = z.infer<typeof projectStatus>;
/** Statuses after which a project no longer takes stages, money or handovers by default. */
export const CLOSED_STATUSES: readonly ProjectStatus[] = ['finished', 'handedOver', 'cancelled'];

/** Who creates and changes projects, their stages and their equipment. */
export const PROJECT_ROLES = ['admin', 'manager'] as const;
/** Who follows builds on the ground: stages, photos, handovers to households. */
export const FIELD_ROLES = ['admin', 'manager', 'caseworker'] as const;
/** Who records money coming in and going out of a project. */
export const PROJECT_MONEY_ROLES = ['admin', 'manager', 'treasurer'] as const;

export const housingStage = z.enum(HOUSING_STAGES);
export const waitingFor = z.enum(WAITING_FOR);
export const fundingKind = z.enum(FUNDING_KINDS);
export const landStatus = z.enum(['deeded', 'endowment', 'donated', 'ruralNoDeed', 'inProgress']);
export type LandStatus = z.infer<typeof landStatus>;

const nullableDate = isoDate.nullish().transform((v) => v ?? null);

export const projectRef = z.object({
  id: z.string(),
  name: z.string(),
  kind: projectKind,
  status: projectStatus,
});
export type ProjectRef = z.infer<typeof projectRef>;

export const housingFields = z
  .object({
    /** the beneficiary household; null while the family is still being chosen */
    householdId: uuid.nullish().transform((v) => v ?? null),
    landStatus,
    /** square metres of the house */
    areaM2: z.number().int().min(1, { error: 'v.housing.area' }).max(5000, { error: 'v.housing.area' }).nullish().transform((v) => v ?? null),
    address: optionalText(300),
  })
  .strict();

export const employmentFields = z
  .object({
    jobsPlanned: z.number().int().min(0, { error: 'v.employment.jobs' }).max(100_000),
    jobsCreated: z.number().int().min(0, { error: 'v.employment.jobs' }).max(100_000),
  })
  .strict();

export const projectFields = z
  .object({
    name: text(120),
    kind: projectKind,
    status: projectStatus.default('planned'),
    city: optionalText(60),
    startDate: nullableDate,
    plannedEndDate: nullableDate,
    budget: rialsOrZero.nullish().transform((v) => v ?? null),
    managerName: optionalText(80),
    description: optionalText(2000),
    /** required for a housing build, refused for other kinds */
    housing: housingFields.nullish().transform((v) => v ?? null),
    /** for employment plans */
    employment: employmentFields.nullish().transform((v) => v ?? null),
  })
  .strict()
  .superRefine((p, ctx) => {
    if (p.startDate && p.plannedEndDate && p.plannedEndDate < p.startDate) {
      ctx.addIssue({ code: 'custom', path: ['plannedEndDate'], message: 'v.project.endBeforeStart' });
    }
    if (p.kind === 'housing' && p.housing === null) ctx.addIssue({ code: 'custom', path: ['housing'], message: 'v.project.housingRequired' });
    if (p.kind !== 'housing' && p.housing !== null) ctx.addIssue({ code: 'custom', path: ['housing'], message: 'v.project.housingOnly' });
    if (p.kind !== 'employment' && p.employment !== null) ctx.addIssue({ code: 'custom', path: ['employment'], message: 'v.project.employmentOnly' });
  });
export type ProjectFieldsInput = z.input<typeof projectFields>;

export const projectMoney = z.object({
  budget: z.number().int().nullable(),
  raised: z.number().int(),
  received: z.number().int(),
  spent: z.number().int(),
  gap: z.number().int(),
  outstanding: z.number().int(),
  balance: z.number().int(),
});
export type ProjectMoneyOut = z.infer<typeof projectMoney>;

export const stalled = z.object({ stage: housingStage, days: z.number().int(), waitingFor: waitingFor.nullable() });

/** One line of a project list: what a manager scans for. */
export const projectRow = z.object({
  id: z.string(),
  name: z.string(),
  kind: projectKind,
  status: projectStatus,
  city: z.string().nullable(),
  startDate: z.string().nullable(),
  plannedEndDate: z.string().nullable(),
  money: projectMoney,
  /** housing builds: weighted completion 0-100; null for other kinds */
  percent: z.number().int().nullable(),
  /** housing builds overdue past the setting; null otherwise */
  stalled: stalled.nullable(),
  householdName: z.string().nullable(),
  archivedAt: z.string().nullable(),
});
export type ProjectRow = z.infer<typeof projectRow>;

export const stage = z.object({
  stage: housingStage,
  plannedStart: z.string().nullable(),
  plannedEnd: z.string().nullable(),
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  estimatedCost: z.number().int().nullable(),
  /** sum of the expenses recorded against this stage */
  actualCost: z.number().int(),
  percent: z.number().int(),
  waitingFor: waitingFor.nullable(),
  notes: z.string().nullable(),
  /** days past planned end, not done (0 when on time) */
  overdueDays: z.number().int(),
});
export type Stage = z.infer<typeof stage>;

export const fundingSource = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: fundingKind,
  /** the bank, the agency office, the company, the budget-law note (e.g. تبصره ۱۶) */
  sourceName: z.string(),
  committed: z.number().int(),
  approved: z.number().int().nullable(),
  received: z.number().int(),
  requestedOn: z.string().nullable(),
  approvedOn: z.string().nullable(),
  receivedOn: z.string().nullable(),
  notes: z.string().nullable(),
  /** bank facilities: days from request to approval (or to today while waiting) */
  waitingDays: z.number().int().nullable(),
  updatedAt: z.string(),
});
export type FundingSource = z.infer<typeof fundingSource>;

export const linkedPledge = z.object({
  id: z.string(),
  donorId: z.string(),
  donorName: z.string(),
  total: z.number().int().nullable(),
  paid: z.number().int(),
  cancelled: z.boolean(),
});

export const expense = z.object({
  id: z.string(),
  date: z.string(),
  amount: z.number().int(),
  description: z.string(),
  stage: housingStage.nullable(),
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
});
export type Expense = z.infer<typeof expense>;

export const employedHousehold = z.object({
  id: z.string(),
  householdId: z.string(),
  householdName: z.string(),
  jobs: z.number().int(),
  startedOn: z.string().nullable(),
});

export const equipmentLot = z.object({
  id: z.string(),
  projectId: z.string(),
  kind: z.string(),
  count: z.number().int(),
  handed: z.number().int(),
  remaining: z.number().int(),
  unitValue: z.number().int(),
  notes: z.string().nullable(),
  createdAt: z.string(),
});
export type EquipmentLot = z.infer<typeof equipmentLot>;

export const attachmentInfo = z.object({
  id: z.string(),
  projectId: z.string(),
  stage: housingStage.nullable(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number().int(),
  caption: z.string().nullable(),
  createdAt: z.string(),
});
export type AttachmentInfo = z.infer<typeof attachmentInfo>;

export const projectDetail = z.object({
  ...recordMeta,
  name: z.string(),
  kind: projectKind,
  status: projectStatus,
  city: z.string().nullable(),
  startDate: z.string().nullable(),
  plannedEndDate: z.string().nullable(),
  budget: z.number().int().nullable(),
  managerName: z.string().nullable(),
  description: z.string().nullable(),
  archivedAt: z.string().nullable(),
  money: projectMoney,
  /** what the donors' side of the money is made of */
  donors: z.object({ pledged: z.number().int(), received: z.number().int(), pledges: z.array(linkedPledge) }),
  funding: z.array(fundingSource),
  expenses: z.array(expense),
  housing: z
    .object({
      householdId: z.string().nullable(),
      householdName: z.string().nullable(),
      landStatus,
      areaM2: z.number().int().nullable(),
      address: z.string().nullable(),
      stages: z.array(stage),
      percent: z.number().int(),
      currentStage: housingStage.nullable(),
      stalled: stalled.nullable(),
    })
    .nullable(),
  employment: z
    .object({ jobsPlanned: z.number().int(), jobsCreated: z.number().int(), households: z.array(employedHousehold) })
    .nullable(),
  equipment: z.array(equipmentLot),
  attachments: z.array(attachmentInfo),
});
export type ProjectDetail = z.infer<typeof projectDetail>;

export const projectsBoard = z.object({
  today: z.string(),
  stallDays: z.number().int(),
  /** counts by status; a housing build detected as stalled counts as stalled */
  byStatus: z.array(z.object({ status: projectStatus, count: z.number().int() })),
  /** open housing builds, stalled first (longest first), then by least complete */
  builds: z.array(projectRow),
  /** open projects with a budget, largest budget first: raised against budget for the chart */
  money: z.array(z.object({ id: z.string(), name: z.string(), budget: z.number().int(), raised: z.number().int(), received: z.number().int() })),
  totals: projectMoney.omit({ budget: true }).extend({ budget: z.number().int() }),
});
export type ProjectsBoard = z.infer<typeof projectsBoard>;

const projectSort = z.enum(['name', 'startDate', 'percent', 'gap', 'stalled']);

export const projectsContract = {
  /** A light list for pickers (pledges, payments). */
  'projects.list': channel({ input: z.object({ query: optionalText(100), includeClosed: z.boolean().default(false), ...page }).strict(), output: pageOf(projectRef), access: EVERY_ROLE }),
  /** The projects screen: searched, filtered, sorted and paged in SQL, with each row's money. */
  'projects.search': channel({
    input: z
      .object({
        query: optionalText(100),
        kind: projectKind.optional(),
        /** 'stalled' also matches builds detected as stalled */
        status: projectStatus.optional(),
        includeClosed: z.boolean().default(true),
        includeArchived: z.boolean().default(false),
        sort: projectSort.default('name'),
        ...page,
      })
      .strict(),
    output: pageOf(projectRow),
    access: EVERY_ROLE,
  }),
  'projects.create': channel({ input: projectFields, output: projectDetail, access: PROJECT_ROLES }),
  'projects.update': channel({
    input: z.object({ id: uuid, expectedUpdatedAt: z.string().optional(), fields: projectFields }).strict(),
    output: projectDetail,
    access: PROJECT_ROLES,
  }),
  'projects.get': channel({ input: z.object({ id: uuid }).strict(), output: projectDetail, access: EVERY_ROLE }),
  'projects.archive': channel({ input: z.object({ id: uuid, reason: z.string().trim().min(3, { error: 'v.reasonRequired' }).max(500) }).strict(), output: projectDetail, access: PROJECT_ROLES }),
  'projects.restore': channel({ input: z.object({ id: uuid }).strict(), output: projectDetail, access: PROJECT_ROLES }),
  'projects.board': channel({ input: empty, output: projectsBoard, access: EVERY_ROLE }),
  /** Money spent on a project, optionally on one stage of a build. */
  'projects.recordExpense': channel({
    input: z
      .object({
        projectId: uuid,
        date: isoDate,
        amount: rials,
        description: text(300),
        stage: housingStage.nullish().transform((v) => v ?? null),
      })
      .strict(),
    output: expense,
    access: PROJECT_MONEY_ROLES,
  }),
  'projects.voidExpense': channel({
    input: z.object({ id: uuid, reason: z.string().trim().min(3, { error: 'v.reasonRequired' }).max(500) }).strict(),
    output: expense,
    access: PROJECT_MONEY_ROLES,
  }),
  /** Days a stage may run past its planned end before its build shows as stalled. */
  'projects.getSettings': channel({ input: empty, output: z.object({ stallDays: z.number().int() }), access: EVERY_ROLE }),
  'projects.setSettings': channel({
    input: z.object({ stallDays: z.number().int().min(1, { error: 'v.project.stallDays' }).max(365, { error: 'v.project.stallDays' }) }).strict(),
    output: z.object({ stallDays: z.number().int() }),
    access: PROJECT_ROLES,
  }),
};
