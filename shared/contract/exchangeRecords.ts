// The lines of a .hamyar file's parts and its manifest (docs/exchange-format.md), as zod
// schemas: the exporter writes exactly these, the importer refuses any line that fails them.
import { z } from 'zod';
import { agencyPeriod } from './agency.ts';
import { agency, disabilitySeverity, education, housingStatus, relation, sex, vulnerabilityGroup } from './households.ts';
import { aidKind, aidSource, needKind, needStatus } from './aid.ts';

export const FORMAT = 'hamyar-exchange';
export const FORMAT_VERSION = 1;
export const PART_NAME = /^parts\/[a-z]+\.ndjson$/;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
const nationalId = z.string().regex(/^\d{10}$/);
const id = z.uuid();
const name = z.string().min(1).max(120);
const text = (max: number) => z.string().max(max).nullable();
const rials = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export const manifestPart = z.object({
  name: z.string().regex(PART_NAME),
  count: z.number().int().min(0),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
}).strict();

export const manifest = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int().min(1),
  scope: z.enum(['bank', 'report']),
  createdAt: isoTime,
  centre: z.object({ id, name, province: z.string().max(60), city: z.string().max(60) }).strict(),
  provinceOffice: z.boolean(),
  publicKey: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/).max(200),
  includesSensitive: z.boolean(),
  period: agencyPeriod.nullable(),
  parts: z.array(manifestPart).max(10),
}).strict();
export type Manifest = z.infer<typeof manifest>;

export const bankMember = z.object({
  id,
  firstName: name,
  lastName: name,
  relation,
  sex,
  nationalId: nationalId.nullable(),
  birthDate: isoDate.nullable(),
  education: education.nullable(),
  occupation: text(100),
}).strict();

export const bankNeed = z.object({
  id,
  kind: needKind,
  equipmentKind: text(80),
  priority: z.number().int().min(1).max(5),
  recordedOn: isoDate,
  status: needStatus,
  closedOn: isoDate.nullable(),
}).strict();

export const bankAid = z.object({
  id,
  kind: aidKind,
  date: isoDate,
  value: rials,
  description: text(500),
  source: aidSource,
  sourceName: text(120),
}).strict();

export const bankSensitive = z.object({
  monthlyIncome: rials.nullable(),
  monthlyRent: rials.nullable(),
  disabilityKind: text(200),
  disabilitySeverity: disabilitySeverity.nullable(),
  memberHealth: z.record(z.string(), z.string().max(500)),
  groupsSensitive: z.array(vulnerabilityGroup).max(7),
}).strict();

export const bankHousehold = z.object({
  id,
  owner: id,
  ownerName: name,
  version: isoTime,
  archivedAt: isoTime.nullable(),
  consentDate: isoDate,
  head: z.object({
    firstName: name,
    lastName: name,
    fatherName: text(60),
    nationalId,
    birthDate: isoDate,
    sex,
    mobile: z.string().regex(/^09\d{9}$/).nullable(),
  }).strict(),
  city: z.string().min(1).max(60),
  village: text(60),
  address: text(300),
  groups: z.array(vulnerabilityGroup).max(7),
  housingStatus,
  agency,
  agencyFileNo: text(40),
  members: z.array(bankMember).max(20),
  needs: z.array(bankNeed).max(200),
  aid: z.array(bankAid).max(2000),
  sensitive: bankSensitive.nullable(),
}).strict();
export type BankHousehold = z.infer<typeof bankHousehold>;

export const aidMarker = z.object({
  owner: id,
  ownerName: name,
  idHash: z.string().regex(/^[0-9a-f]{64}$/),
  kind: aidKind,
  date: isoDate,
  value: rials,
}).strict();
export type AidMarker = z.infer<typeof aidMarker>;

export const figureLine = z.object({
  owner: id,
  ownerName: name,
  code: z.string().regex(/^[A-Z]\d{2}$/),
  unit: z.enum(['count', 'rials', 'jobs']),
  value: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  /** when the owner computed it (its report file's createdAt; a province office relays it
   *  unchanged): a figure held from a later report is never replaced by an earlier one */
  asOf: isoTime,
}).strict();
export type FigureLine = z.infer<typeof figureLine>;

/** The parts each scope carries, and the schema of their lines. */
export const PARTS = {
  bank: { 'parts/households.ndjson': bankHousehold, 'parts/markers.ndjson': aidMarker },
  report: { 'parts/figures.ndjson': figureLine },
} as const;
