import { z } from 'zod';
import { channel } from './channel.ts';
import { empty, filePayload, page, pageOf, uuid } from '../validation/fields.ts';
import { agencyPeriod, EXCHANGE_ROLES } from './agency.ts';
import { CASE_ROLES } from './households.ts';
import { aidKind } from './aid.ts';
import { reportFormat } from './treasury.ts';

// Exchange files between centres and the province's shared bank of beneficiaries. The file
// format is docs/exchange-format.md.

/** An uploaded .hamyar file (base64). 700 MB of base64 is ~525 MB of file. */
const fileUpload = z.string().min(1, { error: 'v.exchange.file' }).max(700_000_000, { error: 'v.exchange.tooLarge' });

export const exchangeSettings = z.object({
  centreId: z.string(),
  /** this install's key fingerprint, 16 digits in four groups */
  fingerprint: z.string(),
  provinceOffice: z.boolean(),
  /** the passphrase itself never leaves the main process */
  passphraseSet: z.boolean(),
});

export const trustState = z.enum(['trusted', 'new', 'keyChanged', 'own']);

export const importCounts = z.object({
  households: z.number().int(),
  new: z.number().int(),
  newer: z.number().int(),
  unchanged: z.number().int(),
  older: z.number().int(),
  ownSkipped: z.number().int(),
  markers: z.number().int(),
  figures: z.number().int(),
  duplicates: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCounts>;

export const duplicateReason = z.enum(['nationalId', 'nameFatherBirthYear']);

export const duplicatePreview = z.object({
  localHouseholdId: z.string(),
  localName: z.string(),
  owner: z.string(),
  ownerName: z.string(),
  bankId: z.string(),
  bankName: z.string(),
  reason: duplicateReason,
});

export const exchangePreview = z.object({
  fileSha256: z.string(),
  sender: z.object({ id: z.string(), name: z.string(), province: z.string(), city: z.string(), fingerprint: z.string(), provinceOffice: z.boolean() }),
  trust: trustState,
  scope: z.enum(['bank', 'report']),
  formatVersion: z.number().int(),
  createdAt: z.string(),
  includesSensitive: z.boolean(),
  period: agencyPeriod.nullable(),
  counts: importCounts,
  /** the first possible duplicates of local households (all are listed after import) */
  duplicates: z.array(duplicatePreview),
  /** this file was imported before (same bytes) */
  seenBefore: z.boolean(),
});
export type ExchangePreview = z.infer<typeof exchangePreview>;

export const importRecord = z.object({
  id: z.string(),
  fileSha256: z.string(),
  scope: z.enum(['bank', 'report']),
  senderId: z.string(),
  senderName: z.string(),
  fileCreatedAt: z.string(),
  counts: importCounts,
  backupFile: z.string().nullable(),
  importedBy: z.string().nullable(),
  importedAt: z.string(),
});
export type ImportRecord = z.infer<typeof importRecord>;

/** How far the caller's running import is: verifying the file (bytes), taking the backup,
 *  applying its lines (lines), committing. The apply pass runs in one synchronous transaction,
 *  so while it runs no call is answered: the last answer before it says 'apply'. */
export const importProgress = z.object({
  phase: z.enum(['verify', 'backup', 'apply', 'commit', 'done']),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});
export type ImportProgress = z.infer<typeof importProgress>;

export const trustedKey = z.object({
  centreId: z.string(),
  centreName: z.string(),
  fingerprint: z.string(),
  provinceOffice: z.boolean(),
  trustedAt: z.string(),
});

export const helpedElsewhere = z.object({
  owner: z.string(),
  ownerName: z.string(),
  kind: aidKind,
  date: z.string(),
  value: z.number().int(),
  /** 'record': the other centre's copy of the household; 'marker': a pseudonymous marker */
  via: z.enum(['record', 'marker']),
  /** the national ID that matched (head or member) */
  nationalId: z.string(),
});
export type HelpedElsewhere = z.infer<typeof helpedElsewhere>;

export const duplicatePair = duplicatePreview.extend({
  id: z.string(),
  verdict: z.enum(['same', 'different']).nullable(),
  foundAt: z.string(),
  /** what the copy says, for the reviewer: head's national ID, father, birth date, city */
  local: z.object({ nationalId: z.string(), fatherName: z.string().nullable(), birthDate: z.string(), city: z.string() }),
  bank: z.object({ nationalId: z.string(), fatherName: z.string().nullable(), birthDate: z.string(), city: z.string().nullable() }),
});

export const exchangeContract = {
  'exchange.getSettings': channel({ input: empty, output: exchangeSettings, access: EXCHANGE_ROLES }),
  'exchange.setSettings': channel({
    input: z
      .object({
        provinceOffice: z.boolean().optional(),
        /** the province's shared passphrase for aid markers (at least 12 characters) */
        passphrase: z.string().min(12, { error: 'v.exchange.passphrase' }).max(200).optional(),
      })
      .strict(),
    output: exchangeSettings,
    access: EXCHANGE_ROLES,
  }),
  /** One signed file: the bank (households with consent whole, the others as markers) or the
   *  agency report's figures for a period. */
  'exchange.export': channel({
    input: z.discriminatedUnion('scope', [
      z.object({ scope: z.literal('bank'), includeSensitive: z.boolean().default(false) }).strict(),
      z.object({ scope: z.literal('report'), period: agencyPeriod }).strict(),
    ]),
    output: filePayload,
    access: EXCHANGE_ROLES,
  }),
  /** Verifies a file and says what importing it would do; changes nothing. */
  'exchange.inspect': channel({ input: z.object({ base64: fileUpload }).strict(), output: exchangePreview, access: EXCHANGE_ROLES }),
  /** Imports a verified file in one transaction after a backup. `trustKey` trusts a sender
   *  seen for the first time (after the manager compared the fingerprint). */
  'exchange.import': channel({
    input: z.object({ base64: fileUpload, trustKey: z.boolean().default(false) }).strict(),
    output: importRecord,
    access: EXCHANGE_ROLES,
  }),
  /** The caller's import in progress (null: none), for the progress bar; polled while
   *  exchange.import runs. */
  'exchange.importProgress': channel({ input: empty, output: importProgress.nullable(), access: EXCHANGE_ROLES }),
  'exchange.history': channel({ input: z.object({ ...page }).strict(), output: pageOf(importRecord), access: EXCHANGE_ROLES }),
  'trust.list': channel({ input: empty, output: z.array(trustedKey), access: EXCHANGE_ROLES }),
  /** Forget a sender's key (a centre that replaced its computer sends with a new key). */
  'trust.remove': channel({ input: z.object({ centreId: uuid }).strict(), output: z.object({ centreId: z.string() }), access: EXCHANGE_ROLES }),
  /** Where else a household (its head's or a member's national ID) was helped. */
  'bank.helpedElsewhere': channel({ input: z.object({ householdId: uuid }).strict(), output: z.array(helpedElsewhere), access: CASE_ROLES }),
  'duplicates.list': channel({
    input: z.object({ status: z.enum(['open', 'decided']).default('open'), ...page }).strict(),
    output: pageOf(duplicatePair),
    access: CASE_ROLES,
  }),
  'duplicates.decide': channel({
    input: z.object({ id: uuid, verdict: z.enum(['same', 'different']) }).strict(),
    output: duplicatePair,
    access: CASE_ROLES,
  }),
  /** A province office's agency report: every centre's row and the total, for a period. */
  'reports.province': channel({ input: z.object({ period: agencyPeriod, format: reportFormat }).strict(), output: filePayload, access: EXCHANGE_ROLES }),
};
