// Helpers shared by the service tests: a fingerprint of everything the database holds (to prove
// that a refused call changed nothing), clocks, donor inputs, and check-digit algorithms written
// here independently of shared/domain/ids.ts so the tests do not grade the code with itself.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { TestCore } from './core.ts';
import type { Clock } from '../../electron/core/context.ts';
import type { InputOf } from '../../shared/contract/index.ts';
import type { DonorSummary } from '../../shared/contract/donors.ts';

/** Contains at least one letter of the Persian alphabet (not just Arabic punctuation or digits). */
export const PERSIAN_LETTERS = /[\u0622-\u063A\u0641-\u064A\u067E\u0686\u0698\u06A9\u06AF\u06CC]/;

const TABLES = [
  'centre', 'settings', 'users', 'donors', 'donor_tags', 'audit_log', 'schema_migrations',
  'projects', 'pledges', 'payments', 'receipt_counters', 'receipt_prints',
  'households', 'household_members', 'household_national_ids', 'household_groups', 'needs', 'offers', 'aid_records',
] as const;
const ORDER_BY: Partial<Record<(typeof TABLES)[number], string>> = {
  donor_tags: 'donor_id, tag_norm',
  settings: 'key',
  schema_migrations: 'version',
  receipt_counters: 'fiscal_year',
  household_national_ids: 'national_id',
  household_groups: 'household_id, grp',
};

export interface Fingerprint {
  counts: Record<string, number>;
  /** sha256 of every row of every table above, in primary-key order */
  contentHash: string;
  backups: string[];
}

/** A summary of the whole database and the backups folder. Equal before and after a call means
 *  the call wrote nothing (no row added, changed or removed; no backup file taken). */
export function fingerprint(t: TestCore): Fingerprint {
  const db = t.core.db();
  const counts: Record<string, number> = {};
  const hash = createHash('sha256');
  for (const table of TABLES) {
    counts[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    const order = ORDER_BY[table] ?? 'id';
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).iterate()) hash.update(JSON.stringify(row));
  }
  let backups: string[] = [];
  try {
    backups = readdirSync(join(t.dataDir, 'backups')).sort();
  } catch {
    backups = [];
  }
  return { counts, contentHash: hash.digest('hex'), backups };
}

export function count(t: TestCore, table: (typeof TABLES)[number]): number {
  return (t.core.db().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/** A clock the test moves by hand. */
export function manualClock(startIso: string): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(startIso).getTime();
  return {
    now: () => new Date(now),
    set(iso) {
      now = new Date(iso).getTime();
    },
    advance(ms) {
      now += ms;
    },
  };
}

/** A clock that moves one second forward every time it is read, so consecutive writes get
 *  distinct updatedAt values without waiting. */
export function tickingClock(startIso: string): Clock {
  let now = new Date(startIso).getTime();
  return {
    now: () => {
      now += 1000;
      return new Date(now);
    },
  };
}

// ---- Iranian check digits, from the published algorithms -------------------------------------

/** National ID (کد ملی): 10 digits; weights 10..2 on the first nine; r = sum mod 11;
 *  the control digit is r when r < 2, else 11 - r. */
export function independentNationalIdOk(id: string): boolean {
  if (!/^[0-9]{10}$/.test(id)) return false;
  if (new Set(id).size === 1) return false;
  let sum = 0;
  for (let pos = 0; pos < 9; pos++) sum += Number(id.charAt(pos)) * (10 - pos);
  const r = sum % 11;
  const expected = r < 2 ? r : 11 - r;
  return expected === Number(id.charAt(9));
}

/** Completes nine digits to a valid national ID (same published algorithm). */
export function makeNationalId(first9: string): string {
  for (let c = 0; c <= 9; c++) if (independentNationalIdOk(first9 + c)) return first9 + c;
  throw new Error(`no check digit for ${first9}`);
}

/** A national ID with the wrong control digit. */
export function breakCheckDigit(id: string): string {
  const last = Number(id.charAt(9));
  return id.slice(0, 9) + String((last + 1) % 10);
}

/** Legal-entity ID (شناسه ملی): 11 digits; each of the first ten plus (tenth digit + 2), times
 *  29, 27, 23, 19, 17 repeating; sum mod 11 (10 counts as 0) is the eleventh digit. */
export function independentLegalIdOk(id: string): boolean {
  if (!/^[0-9]{11}$/.test(id)) return false;
  const weights = [29, 27, 23, 19, 17, 29, 27, 23, 19, 17];
  const plus = Number(id.charAt(9)) + 2;
  let sum = 0;
  weights.forEach((w, pos) => {
    sum += (Number(id.charAt(pos)) + plus) * w;
  });
  return (sum % 11) % 10 === Number(id.charAt(10));
}

// ---- donors ------------------------------------------------------------------------------------

export type DonorInput = InputOf<'donors.create'>['donor'];

let serial = 0;
/** A distinct valid national ID per call (first digits from a counter). */
export function nextNationalId(): string {
  serial += 1;
  return makeNationalId(String(100_000_000 + serial * 7919).slice(0, 9));
}

export function person(firstName: string, lastName: string, extra: Partial<DonorInput> = {}): DonorInput {
  return { kind: 'person', firstName, lastName, ...extra };
}

/** Every donor the search can see (status 'all'), page by page. */
export async function allDonors(t: TestCore, token: string, extra: Partial<InputOf<'donors.search'>> = {}): Promise<DonorSummary[]> {
  const out: DonorSummary[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await t.call('donors.search', { status: 'all', ...extra, limit: 200, offset }, token);
    out.push(...page.items);
    if (page.items.length < 200) return out;
  }
}

export function userIdOf(t: TestCore, username: string): string {
  const row = t.core.db().prepare('SELECT id FROM users WHERE username = ?').get(username) as { id: string } | undefined;
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}
