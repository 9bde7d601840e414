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

export interface Fingerprint {
  counts: Record<string, number>;
  /** sha256 of every row of every table */
  contentHash: string;
  backups: string[];
  /** files under <data>/attachments */
  attachments: string[];
}

/** A summary of the whole database, the backups folder and the attachment files. Equal before
 *  and after a call means the call wrote nothing (no row added, changed or removed; no backup
 *  file taken; no attachment file stored). `skip` leaves rows out (counted and hashed as if
 *  absent): the rows a call is expected to write, checked on their own, e.g. a refusal's audit
 *  row, so that "nothing else changed" can still be compared. */
export function fingerprint(t: TestCore, skip?: (table: string, row: Record<string, unknown>) => boolean): Fingerprint {
  const db = t.core.db();
  const counts: Record<string, number> = {};
  const hash = createHash('sha256');
  // every table the schema has now, so a table added by a later migration is covered too
  // (full-text index shadow tables follow their content tables and are left out)
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").all() as { name: string }[]
  )
    .map((r) => r.name)
    .filter((n) => !/^donors_(fts|words)_/.test(n));
  for (const table of tables) {
    const all = db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
    const kept = skip ? all.filter((r) => !skip(table, r)) : all;
    counts[table] = kept.length;
    // rows sorted as text: the same content in any physical order gives the same hash
    const rows = kept.map((r) => JSON.stringify(r, blobAsHex)).sort();
    for (const row of rows) hash.update(row);
  }
  return { counts, contentHash: hash.digest('hex'), backups: listing(join(t.dataDir, 'backups')), attachments: listing(join(t.dataDir, 'attachments')) };
}

function blobAsHex(_key: string, value: unknown): unknown {
  return Buffer.isBuffer(value) ? value.toString('hex') : value;
}

function listing(dir: string): string[] {
  try {
    return (readdirSync(dir, { recursive: true }) as string[]).sort();
  } catch {
    return [];
  }
}

export function count(t: TestCore, table: string): number {
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
