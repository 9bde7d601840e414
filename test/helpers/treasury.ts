// Helpers for the treasury's service tests: bare project rows inserted with SQL (as the
// treasury issue's version wrote them, without search text: the projects search must still
// find them), donors, pledge and payment inputs, and a Jalali → ISO conversion taken
// from ICU's Persian calendar, independent of shared/domain/jalali.ts (jalaali-js).
import { randomUUID } from 'node:crypto';
import { ADMIN, type TestCore } from './core.ts';
import { ROLES, type InputOf, type Role } from '../../shared/contract/index.ts';
import { person } from './fixtures.ts';

export type PaymentInput = InputOf<'payments.record'>['payment'];
export type PledgeInput = InputOf<'pledges.create'>;

/** A bare project row as a database from before the projects issue holds it. */
export function insertProject(
  t: TestCore,
  name: string,
  extra: { status?: string; kind?: string; archived?: boolean; searchText?: string } = {},
): string {
  const id = randomUUID();
  const now = '2026-01-01T00:00:00.000Z';
  const centre = (t.core.db().prepare('SELECT id FROM centre').get() as { id: string }).id;
  t.core
    .db()
    .prepare(
      `INSERT INTO projects (id, name, kind, status, search_text, archived_at, created_at, updated_at, origin_centre_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(id, name, extra.kind ?? 'housing', extra.status ?? 'inProgress', extra.searchText ?? '', extra.archived ? now : null, now, now, centre);
  return id;
}

export async function addDonor(t: TestCore, token: string, firstName: string, lastName: string, extra: Parameters<typeof person>[2] = {}): Promise<string> {
  return (await t.call('donors.create', { donor: person(firstName, lastName, extra) }, token)).id;
}

export function cash(donorId: string | null, amount: number, date: string, extra: Partial<PaymentInput> = {}): PaymentInput {
  return { donorId, amount, date, method: 'cash', ...extra };
}

const icu = new Intl.DateTimeFormat('en-u-ca-persian-nu-latn', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
function icuJalali(t: number): [number, number, number] {
  const parts = icu.formatToParts(new Date(t));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [n('year'), n('month'), n('day')];
}

/** The ISO date of a Jalali date, found by walking ICU's Persian calendar (1300-1500 AP). */
export function isoOfJalali(jy: number, jm: number, jd: number): string {
  // Nowruz falls on 20-22 March: start from 21 March of the Gregorian year jy + 621 and walk.
  let t = Date.UTC(jy + 621, 2, 21) - 3 * 86_400_000;
  for (let i = 0; i < 400; i++, t += 86_400_000) {
    const [y, m, d] = icuJalali(t);
    if (y === jy && m === jm && d === jd) return new Date(t).toISOString().slice(0, 10);
  }
  throw new Error(`no such Jalali date ${jy}/${jm}/${jd}`);
}

/** The receipt numbers of all stored payments of a fiscal year, in order. */
export function receiptSeqs(t: TestCore, fiscalYear: number): number[] {
  return (
    t.core.db().prepare('SELECT receipt_seq FROM payments WHERE receipt_fiscal_year = ? ORDER BY receipt_seq').all(fiscalYear) as { receipt_seq: number }[]
  ).map((r) => r.receipt_seq);
}

/** Signs every user of setUpCentre in again: sessions expire after 12 idle hours of the test's
 *  clock, so a test that moves the clock by days needs fresh tokens. */
export async function signInAll(t: TestCore): Promise<Record<Role, string>> {
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    const credentials = role === 'admin' ? { username: ADMIN.username, password: ADMIN.password } : { username: `${role}1`, password: `${role}-pass-1405` };
    tokens[role] = (await t.call('auth.signIn', credentials)).token;
  }
  return tokens;
}
