// The province's bank as the case worker and the province office see it:
//  - bank.helpedElsewhere: where else a local household was helped (elsewhere.ts);
//  - duplicates.list / duplicates.decide: the possible duplicates the importer found
//    (duplicates.ts) and the reviewer's verdict. "Same household" links the local household to
//    the other centre's copy: both stay as they are (each has its owner), and the copy's aid
//    history is shown with the household's (bank.helpedElsewhere lists it even when no national
//    ID matches). "Different" keeps them apart: a copy judged different is not shown as aid of
//    this household even if it carries one of its IDs. A verdict may be changed; every change is
//    audited with before and after;
//  - reports.province: every centre's agency figures for a period and the province's total
//    (electron/reports/provinceReport.ts), spread into reportsHandlers.
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { z } from 'zod';
import type { duplicatePair } from '../../../shared/contract/exchange.ts';
import { AGENCY_FIGURES, type AgencyPeriod } from '../../../shared/domain/agencyReport.ts';
import { persianSortKey } from '../../../shared/domain/collate.ts';
import { mustHousehold } from '../needs/handlers.ts';
import { computeAgencyFigures } from '../agency/figures.ts';
import { renderContextOf } from '../reports/queries.ts';
import { provinceReportFile, type ProvinceCentreRow, type ProvinceReportData } from '../../reports/provinceReport.ts';
import { agencyPeriodKey } from './exportReport.ts';
import { helpedElsewhere } from './elsewhere.ts';

type DuplicatePair = z.infer<typeof duplicatePair>;

interface PairRow {
  id: string;
  household_id: string;
  local_name: string;
  local_nid: string;
  local_father: string | null;
  local_birth: string;
  local_city: string;
  bank_owner: string;
  owner_name: string | null;
  bank_id: string;
  bank_name: string | null;
  bank_nid: string | null;
  bank_father: string | null;
  bank_birth: string | null;
  bank_city: string | null;
  reason: 'nationalId' | 'nameFatherBirthYear';
  verdict: 'same' | 'different' | null;
  found_at: string;
}

// The copy is read from its record as the owner sent it (LEFT JOIN: a pair outlives nothing,
// but a missing copy must not hide the pair from review).
const PAIR_SELECT = `
  SELECT d.id, d.household_id, h.display_name AS local_name, h.head_national_id AS local_nid, h.head_father_name AS local_father,
    h.head_birth_date AS local_birth, h.city AS local_city,
    d.bank_owner, b.owner_name, d.bank_id, b.display_name AS bank_name,
    json_extract(b.record, '$.head.nationalId') AS bank_nid, json_extract(b.record, '$.head.fatherName') AS bank_father,
    json_extract(b.record, '$.head.birthDate') AS bank_birth, b.city AS bank_city,
    d.reason, d.verdict, d.found_at
  FROM duplicate_pairs d
  JOIN households h ON h.id = d.household_id
  LEFT JOIN bank_households b ON b.owner = d.bank_owner AND b.id = d.bank_id`;

function toPair(r: PairRow): DuplicatePair {
  return {
    id: r.id,
    localHouseholdId: r.household_id,
    localName: r.local_name,
    owner: r.bank_owner,
    ownerName: r.owner_name ?? '',
    bankId: r.bank_id,
    bankName: r.bank_name ?? '',
    reason: r.reason,
    verdict: r.verdict,
    foundAt: r.found_at,
    local: { nationalId: r.local_nid, fatherName: r.local_father, birthDate: r.local_birth, city: r.local_city },
    bank: { nationalId: r.bank_nid ?? '', fatherName: r.bank_father, birthDate: r.bank_birth ?? '', city: r.bank_city },
  };
}

function loadPair(db: Db, id: string): DuplicatePair | null {
  const r = stmt<[string], PairRow>(db, `${PAIR_SELECT} WHERE d.id = ?`).get(id);
  return r ? toPair(r) : null;
}

export const bankHandlers: AreaHandlers<'bank'> = {
  'bank.helpedElsewhere'(ctx, input) {
    return ctx.db.transaction(() => {
      mustHousehold(ctx, input.householdId);
      return helpedElsewhere(ctx.db, input.householdId);
    })();
  },
};

export const duplicatesHandlers: AreaHandlers<'duplicates'> = {
  'duplicates.list'(ctx, input) {
    return ctx.db.transaction(() => {
      // open pairs newest first (the last import's on top); decided ones by the latest verdict
      const open = input.status === 'open';
      const where = open ? 'd.verdict IS NULL' : 'd.verdict IS NOT NULL';
      const order = open ? 'd.found_at DESC, d.id' : 'd.decided_at DESC, d.id';
      const total = stmt<[], { n: number }>(ctx.db, `SELECT count(*) AS n FROM duplicate_pairs d WHERE ${where}`).get()!.n;
      const rows = stmt<[number, number], PairRow>(ctx.db, `${PAIR_SELECT} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(input.limit, input.offset);
      return { items: rows.map(toPair), total };
    })();
  },

  'duplicates.decide'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = loadPair(ctx.db, input.id);
      if (!before) throw new AppError('NOT_FOUND', 'duplicates.notFound');
      if (before.verdict === input.verdict) return before;
      stmt(ctx.db, 'UPDATE duplicate_pairs SET verdict = ?, decided_by = ?, decided_at = ? WHERE id = ?').run(
        input.verdict,
        ctx.session?.userId ?? null,
        ctx.nowIso,
        input.id,
      );
      const after = loadPair(ctx.db, input.id)!;
      ctx.audit({ action: 'decide', entity: 'duplicatePair', entityId: input.id, before, after });
      return after;
    });
  },
};

// ---- the province's agency report ---------------------------------------------------------

const KNOWN_CODES = new Set(AGENCY_FIGURES.map((f) => f.code));

/** This install's own figures (computed now) and every centre's received for the period, one
 *  row per centre sorted by name, and the total per code. Run inside one read transaction. */
export function provinceReportData(db: Db, period: AgencyPeriod, own: { centreId: string; name: string }): ProvinceReportData {
  const mine = computeAgencyFigures(db, period);
  const rows = new Map<string, ProvinceCentreRow>();
  rows.set(own.centreId, { centreId: own.centreId, name: own.name, own: true, values: Object.fromEntries(mine.figures.map((f) => [f.code, f.value])) });
  const received = stmt<[string], { owner: string; owner_name: string; code: string; value: number }>(
    db,
    'SELECT owner, owner_name, code, value FROM received_figures WHERE period = ? ORDER BY owner, code',
  ).all(agencyPeriodKey(period));
  for (const r of received) {
    // this centre's own figures are computed, never taken from a file relayed back; a code this
    // version does not know (a newer centre's figure) has no column
    if (r.owner === own.centreId || !KNOWN_CODES.has(r.code)) continue;
    let row = rows.get(r.owner);
    if (!row) rows.set(r.owner, (row = { centreId: r.owner, name: r.owner_name, own: false, values: {} }));
    row.values[r.code] = r.value;
  }
  const sorted = [...rows.values()]
    .map((r) => ({ r, key: persianSortKey(r.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.r.centreId < b.r.centreId ? -1 : 1))
    .map(({ r }) => r);
  const totals: Record<string, number> = {};
  for (const { code } of AGENCY_FIGURES) {
    let sum = 0;
    let any = false;
    for (const r of sorted) {
      const v = r.values[code];
      if (v === undefined) continue;
      sum += v;
      any = true;
    }
    if (!Number.isSafeInteger(sum)) throw new Error(`province total of ${code} is past the safe integer range`);
    if (any) totals[code] = sum;
  }
  return { period, from: mine.from, to: mine.to, rows: sorted, totals };
}

function ownCentre(ctx: Ctx): { centreId: string; name: string } {
  const c = stmt<[], { id: string; name: string }>(ctx.db, 'SELECT id, name FROM centre LIMIT 1').get();
  return { centreId: c?.id ?? ctx.centreId, name: c?.name ?? '' };
}

/** Spread into reportsHandlers (electron/services/reports/handlers.ts). */
export const provinceReportHandlers: Pick<AreaHandlers<'reports'>, 'reports.province'> = {
  async 'reports.province'(ctx, input) {
    // the figures and the heading in one snapshot; printing runs after, outside it
    const { data, render } = ctx.db.transaction(() => ({ data: provinceReportData(ctx.db, input.period, ownCentre(ctx)), render: renderContextOf(ctx) }))();
    return provinceReportFile(data, render, input.format, (html, opts) => ctx.core.printPdf(html, opts));
  },
};
