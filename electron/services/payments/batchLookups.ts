// What the checks of one `payments.import` batch read (checks.ts PaymentLookups), answered from
// memory. The donors, pledges and pledge totals the batch names are read up front, one statement
// each over the batch's ids (json_each), instead of one statement per row: in batches of 5,000,
// 500,000 payments made 450,000 look-ups, about a tenth of the import's time (test/bench). The
// batch holds the write lock, so nothing changes underneath.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { checkMobile } from '../../../shared/domain/ids.ts';
import { toLatinDigits } from '../../../shared/domain/digits.ts';
import { compactForSearch } from '../../../shared/domain/normalize.ts';
import { formatMoney } from '../../../shared/domain/money.ts';
import { getSetting } from '../settings/repository.ts';
import { PLEDGE_COLUMNS, type PaymentLookups, type PledgeTerms } from './checks.ts';
import { receivedPayment } from './received.ts';

// Separators people type or paste inside numbers, and invisible bidi marks (as in ids.ts).
const SEPARATORS_RE = /[\s\-_()\u2010-\u2015\u2212\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** The ids a batch names directly (a donor named by reference is looked up by `donorsByRef`),
 *  and what earlier batches of its file put on pledges without recording it (a dry run). */
export interface BatchIds {
  donorIds: Iterable<string>;
  pledgeIds: Iterable<string>;
  pendingOnPledges: Readonly<Record<string, number>>;
}

export class BatchLookups implements PaymentLookups {
  private readonly donors: Set<string>;
  private readonly pledges: Map<string, PledgeTerms>;
  private readonly paid: Map<string, number>;
  private readonly refs = new Map<string, string[]>();
  /** the active projects (a centre has a handful), read on first use: ids, and ids by their
   *  name's search key (compactForSearch) */
  private active: { ids: Set<string>; byName: Map<string, string[]> } | null = null;
  private unit: 'rial' | 'toman' | null = null;
  private readonly db: Db;

  constructor(db: Db, ids: BatchIds) {
    this.db = db;
    const donorIds = JSON.stringify([...new Set(ids.donorIds)]);
    const pledgeIds = JSON.stringify([...new Set(ids.pledgeIds)]);
    this.donors = new Set(
      stmt<[string], { id: string }>(db, 'SELECT id FROM donors WHERE id IN (SELECT value FROM json_each(?))')
        .all(donorIds)
        .map((d) => d.id),
    );
    this.pledges = new Map(
      stmt<[string], PledgeTerms & { id: string }>(db, `SELECT id, ${PLEDGE_COLUMNS} FROM pledges WHERE id IN (SELECT value FROM json_each(?))`)
        .all(pledgeIds)
        .map((p) => [p.id, p]),
    );
    // what each pledge has received so far: its non-voided payments, summed in SQL
    this.paid = new Map(
      stmt<[string], { pledge_id: string; paid: number }>(
        db,
        `SELECT pledge_id, SUM(amount) AS paid FROM payments
         WHERE pledge_id IN (SELECT value FROM json_each(?)) AND ${receivedPayment()} GROUP BY pledge_id`,
      )
        .all(pledgeIds)
        .map((r) => [r.pledge_id, r.paid]),
    );
    for (const [id, amount] of Object.entries(ids.pendingOnPledges)) this.addPaid(id, amount);
  }

  donorExists(id: string): boolean {
    return this.donors.has(id);
  }

  pledge(id: string): PledgeTerms | undefined {
    return this.pledges.get(id);
  }

  paidOnPledge(id: string): number {
    return this.paid.get(id) ?? 0;
  }

  /** an earlier row of the batch counts against the pledge for the rows after it */
  addPaid(id: string, amount: number): void {
    this.paid.set(id, this.paidOnPledge(id) + amount);
  }

  private activeProjects(): { ids: Set<string>; byName: Map<string, string[]> } {
    if (this.active === null) {
      const ids = new Set<string>();
      const byName = new Map<string, string[]>();
      for (const p of stmt<[], { id: string; name: string }>(this.db, 'SELECT id, name FROM projects WHERE archived_at IS NULL').all()) {
        ids.add(p.id);
        const key = compactForSearch(p.name);
        byName.set(key, [...(byName.get(key) ?? []), p.id]);
      }
      this.active = { ids, byName };
    }
    return this.active;
  }

  /** an active (not archived) project */
  projectExists(id: string): boolean {
    return this.activeProjects().ids.has(id);
  }

  /** The active projects a file's project cell names: by name, whatever the spelling variants
   *  (ی/ي, ک/ك), spaces, half-spaces or digits; two projects of the same name both come back. */
  projectsByName(ref: string): string[] {
    return this.activeProjects().byName.get(compactForSearch(ref)) ?? [];
  }

  money(rials: number): string {
    this.unit ??= getSetting(this.db, 'money.unit') === 'toman' ? 'toman' : 'rial';
    return formatMoney(rials, { unit: this.unit });
  }

  /** The donors a spreadsheet's reference names: by national or legal-entity ID (10 or 11
   *  digits), or by mobile (any way people write one). Both indexed; a number that is one
   *  donor's ID and another's mobile names two donors. */
  donorsByRef(ref: string): string[] {
    const cleaned = toLatinDigits(ref).replace(SEPARATORS_RE, '');
    let ids = this.refs.get(cleaned);
    if (ids === undefined) {
      const id = /^\d{10,11}$/.test(cleaned) ? cleaned : null;
      const mobile = checkMobile(cleaned);
      ids = stmt<[string | null, string | null], { id: string }>(
        this.db,
        'SELECT id FROM donors WHERE national_id = ? UNION SELECT id FROM donors WHERE mobile = ?',
      )
        .all(id, mobile.ok ? mobile.value : null)
        .map((r) => r.id);
      this.refs.set(cleaned, ids);
      for (const found of ids) this.donors.add(found);
    }
    return ids;
  }
}
