// Donor insertion: through the service layer (one dispatcher call, one transaction per donor,
// as the form does it), through the import channel (a batch per call) and through raw better-sqlite3 (one prepared statement, one
// transaction) on the same schema with the same column values, to see what the service costs.
import { randomUUID } from 'node:crypto';
import { donorFields, type DonorFieldsInput } from '../../shared/contract/donors.ts';
import type { OutputOf } from '../../shared/contract/index.ts';
import { normalizeForSearch } from '../../shared/domain/normalize.ts';
import { displayNameOf, searchTextOf, sortKeyOf } from '../../electron/services/donors/searchText.ts';
import { ADMIN, CENTRE, makeTestCore, type TestCore } from '../helpers/core.ts';
import { setUpCore } from './fixtures.ts';
import { log, since } from './stats.ts';

export interface ServiceInsertResult {
  rowsPerS: number;
  ms: number;
  /** the core, still open on its data folder, with the admin's token */
  t: TestCore;
  adminToken: string;
}

/** Creates every donor with `donors.create` on a fresh, set-up data folder. */
export async function insertThroughService(dataDir: string, donors: readonly DonorFieldsInput[]): Promise<ServiceInsertResult> {
  const { t, adminToken } = await setUpCore(dataDir);
  const { dispatcher } = t.core;
  let failures = 0;
  let firstError: unknown = null;
  const t0 = performance.now();
  for (const donor of donors) {
    const r = await dispatcher.invoke('donors.create', { donor }, adminToken);
    if (!r.ok) {
      failures++;
      firstError ??= r.error;
    }
  }
  const ms = since(t0);
  if (failures > 0) throw new Error(`donors.create failed ${failures} times; first: ${JSON.stringify(firstError)}`);
  return { rowsPerS: (donors.length / ms) * 1000, ms, t, adminToken };
}

/** Creates every donor with `donors.import` in batches of `batchSize` (one dispatcher call and
 *  one transaction per batch, as the import page sends them) on a fresh, set-up data folder. */
export async function insertThroughImport(
  dataDir: string,
  donors: readonly DonorFieldsInput[],
  batchSize: number,
): Promise<ServiceInsertResult> {
  const { t, adminToken } = await setUpCore(dataDir);
  const { dispatcher } = t.core;
  let created = 0;
  let skipped = 0;
  const t0 = performance.now();
  for (let start = 0; start < donors.length; start += batchSize) {
    const batch = donors.slice(start, start + batchSize);
    const r = await dispatcher.invoke('donors.import', { donors: batch }, adminToken);
    if (!r.ok) throw new Error(`donors.import failed at row ${start}: ${JSON.stringify(r.error)}`);
    const result = r.result as OutputOf<'donors.import'>;
    created += result.created;
    skipped += result.skipped.length;
  }
  const ms = since(t0);
  if (created !== donors.length) throw new Error(`donors.import created ${created} of ${donors.length} (${skipped} skipped)`);
  log(`import: ${donors.length} rows in batches of ${batchSize} in ${ms.toFixed(0)} ms`);
  return { rowsPerS: (donors.length / ms) * 1000, ms, t, adminToken };
}

type DonorValues = [
  id: string, kind: string, firstName: string | null, lastName: string | null, orgName: string | null, displayName: string,
  sortKey: string, nationalId: string | null, mobile: string | null, phone: string | null, email: string | null,
  address: string | null, city: string | null, referral: string | null, preferredContact: string | null, notes: string | null,
  searchText: string, createdBy: string, createdAt: string, updatedAt: string, originCentreId: string,
];

/** Same columns and statement shape as electron/services/donors/repository.ts insertDonor. */
const INSERT_DONOR = `INSERT INTO donors (id, kind, first_name, last_name, org_name, display_name, sort_key, national_id, mobile, phone,
   email, address, city, referral, preferred_contact, notes, search_text, archived_at, created_by, created_at,
   updated_at, origin_centre_id)
 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)`;
const INSERT_TAG = 'INSERT OR IGNORE INTO donor_tags (donor_id, tag, tag_norm) VALUES (?, ?, ?)';

/** Inserts the donors with raw prepared statements in ONE transaction into a fresh, migrated
 *  and set-up database. Parsing and the computed columns are prepared before the clock starts. */
export async function insertRaw(dataDir: string, donors: readonly DonorFieldsInput[]): Promise<{ rowsPerS: number; ms: number }> {
  const t = await makeTestCore({ dataDir });
  try {
    await t.call('setup.init', { centre: CENTRE, admin: ADMIN, sampleData: false });
    const db = t.core.db();
    const adminId = db.prepare('SELECT id FROM users WHERE username = ?').pluck().get(ADMIN.username) as string;
    const centreId = db.prepare('SELECT id FROM centre LIMIT 1').pluck().get() as string;
    const nowIso = new Date().toISOString();
    const rows: { values: DonorValues; tags: [string, string][] }[] = donors.map((raw) => {
      const d = donorFields.parse(raw);
      const id = randomUUID();
      return {
        values: [
          id, d.kind, d.firstName, d.lastName, d.orgName, displayNameOf(d), sortKeyOf(d), d.nationalId, d.mobile, d.phone,
          d.email, d.address, d.city, d.referral, d.preferredContact, d.notes, searchTextOf(d), adminId, nowIso, nowIso, centreId,
        ],
        tags: d.tags.map((tag) => [tag, normalizeForSearch(tag)]),
      };
    });
    const insertDonor = db.prepare(INSERT_DONOR);
    const insertTag = db.prepare(INSERT_TAG);
    const t0 = performance.now();
    db.transaction(() => {
      for (const r of rows) {
        insertDonor.run(...r.values);
        for (const [tag, norm] of r.tags) insertTag.run(r.values[0], tag, norm);
      }
    }).immediate();
    const ms = since(t0);
    const n = db.prepare('SELECT count(*) FROM donors').pluck().get() as number;
    if (n !== donors.length) throw new Error(`raw insert wrote ${n} donors, expected ${donors.length}`);
    log(`raw insert: ${donors.length} rows in ${ms.toFixed(0)} ms`);
    return { rowsPerS: (donors.length / ms) * 1000, ms };
  } finally {
    t.close();
  }
}
