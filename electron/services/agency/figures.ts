// The supervising agency's figures for a Jalali period, computed from the database alone: no
// clock, no session, no settings. The same function feeds the screen, the printed report and
// (later) the signed *report* exchange file, and a province office adds many centres' rows by
// code, so a figure must mean the same thing wherever it is computed. Every count and sum is
// taken in SQL over integer rials; one statement per group of figures (H, A, E, M, Q, F, D).
// What each code counts is written beside it in shared/domain/agencyReport.ts and, in full, in
// docs/agency-report.md.
//
// Only this centre's own records count (origin_centre_id = the centre): households, aid and
// projects copied in from other centres by an import are theirs to report, not ours.
import type { Db } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import type { AgencyFigure } from '../../../shared/contract/agency.ts';
import { addDays, tehranDayStartUtc } from '../../../shared/domain/days.ts';
import { AGENCY_FIGURES, AID_KIND_CODES, SOURCE_CODES, agencyPeriodRange, type AgencyPeriod } from '../../../shared/domain/agencyReport.ts';
import { VULNERABILITY_GROUP_CODES } from '../../../shared/domain/agencyGroups.ts';
import { receivedPayment } from '../payments/received.ts';

interface Params {
  centre: string;
  /** first and last day of the period, ISO: compared with stored calendar dates */
  from: string;
  to: string;
  /** the UTC instants the first day begins and the day after the last begins, at the centre
   *  (Tehran): compared with stored timestamps (created_at, archived_at, cancelled_at) */
  fromUtc: string;
  endUtc: string;
}

type FigureRow = Record<string, number>;

// The SQL below interpolates only codes and enum values from shared/domain (never input).

/** H: households served (aid given by this centre in the period), by group; registered in the
 *  period; on the books at its end. */
const H_SQL = `
  WITH served AS (
    SELECT DISTINCT household_id AS id FROM aid_records
    WHERE source = 'centre' AND origin_centre_id = @centre AND date BETWEEN @from AND @to
  )
  SELECT * FROM
    (SELECT count(*) AS H01 FROM served),
    (SELECT ${VULNERABILITY_GROUP_CODES.map(({ group, code }) => `count(*) FILTER (WHERE g.grp = '${group}') AS ${code}`).join(', ')}
       FROM household_groups g JOIN served s ON s.id = g.household_id),
    (SELECT count(*) FILTER (WHERE created_at >= @fromUtc) AS H09,
            count(*) FILTER (WHERE archived_at IS NULL OR archived_at >= @endUtc) AS H10
       FROM households WHERE origin_centre_id = @centre AND created_at < @endUtc)`;

/** A: aid this centre gave in the period, by kind (count, rials), and all of it. */
const A_SQL = `
  SELECT ${AID_KIND_CODES.map(
    ({ kind, count, rials }) => `count(*) FILTER (WHERE kind = '${kind}') AS ${count}, coalesce(sum(value) FILTER (WHERE kind = '${kind}'), 0) AS ${rials}`,
  ).join(', ')},
         count(*) AS A11, coalesce(sum(value), 0) AS A12
  FROM aid_records WHERE source = 'centre' AND origin_centre_id = @centre AND date BETWEEN @from AND @to`;

/** E: employment plans under way at some time in the period (started by its last day; a plan
 *  without a start date once its status is past 'planned'; a closed plan only if its planned
 *  end is not before the first day) with their jobs; households that started work in it. */
const E_SQL = `
  WITH plans AS (
    SELECT e.jobs_planned, e.jobs_created FROM projects p JOIN employment_plans e ON e.project_id = p.id
    WHERE p.kind = 'employment' AND p.origin_centre_id = @centre AND p.archived_at IS NULL
      AND p.status NOT IN ('planned', 'cancelled')
      AND (p.start_date IS NULL OR p.start_date <= @to)
      AND (p.status IN ('inProgress', 'stalled') OR p.planned_end_date IS NULL OR p.planned_end_date >= @from)
  )
  SELECT * FROM
    (SELECT count(*) AS E01, coalesce(sum(jobs_planned), 0) AS E02, coalesce(sum(jobs_created), 0) AS E03 FROM plans),
    (SELECT count(DISTINCT eh.household_id) AS E04
       FROM employment_households eh JOIN projects p ON p.id = eh.project_id
       WHERE p.origin_centre_id = @centre AND p.archived_at IS NULL
         AND CASE WHEN eh.started_on IS NOT NULL THEN eh.started_on BETWEEN @from AND @to
                  ELSE eh.created_at >= @fromUtc AND eh.created_at < @endUtc END)`;

/** M: housing builds by their stages' actual dates; money spent on them in the period. */
const M_SQL = `
  WITH builds AS (
    SELECT p.status,
      (SELECT min(s.actual_start) FROM housing_stages s WHERE s.project_id = p.id) AS started,
      (SELECT s.actual_end FROM housing_stages s WHERE s.project_id = p.id AND s.stage = 'finishing') AS finished,
      (SELECT s.actual_end FROM housing_stages s WHERE s.project_id = p.id AND s.stage = 'handover') AS handed
    FROM projects p JOIN housing_builds b ON b.project_id = p.id
    WHERE p.kind = 'housing' AND p.origin_centre_id = @centre AND p.archived_at IS NULL
  )
  SELECT * FROM
    (SELECT count(*) FILTER (WHERE started BETWEEN @from AND @to) AS M01,
            count(*) FILTER (WHERE finished BETWEEN @from AND @to) AS M02,
            count(*) FILTER (WHERE handed BETWEEN @from AND @to) AS M03,
            count(*) FILTER (WHERE status <> 'cancelled' AND started <= @to AND (handed IS NULL OR handed > @to)) AS M05
       FROM builds),
    (SELECT coalesce(sum(x.amount), 0) AS M04
       FROM project_expenses x JOIN projects p ON p.id = x.project_id
       WHERE p.kind = 'housing' AND p.origin_centre_id = @centre AND p.archived_at IS NULL
         AND x.voided_at IS NULL AND x.date BETWEEN @from AND @to)`;

/** Q: equipment items handed out in the period and their value (the lot's unit value, the same
 *  value the handover wrote into the household's aid history). */
const Q_SQL = `
  SELECT count(*) AS Q01, coalesce(sum(l.unit_value), 0) AS Q02
  FROM equipment_handovers h JOIN equipment_lots l ON l.id = h.lot_id
  WHERE h.origin_centre_id = @centre AND h.date BETWEEN @from AND @to`;

const [DONORS, ...OUTSIDE_SOURCES] = SOURCE_CODES;

/** F: money raised in the period: donors' payments (not voided) dated in it, and what outside
 *  sources paid in (received, dated received_on in it; a bank facility's disbursement). */
const F_SQL = `
  SELECT d.${DONORS!.code}, ${OUTSIDE_SOURCES.map(({ code }) => `o.${code}`).join(', ')}, d.${DONORS!.code} + o.outside AS F07 FROM
    (SELECT coalesce(sum(amount), 0) AS ${DONORS!.code} FROM payments
       WHERE origin_centre_id = @centre AND ${receivedPayment()} AND date BETWEEN @from AND @to) AS d,
    (SELECT ${OUTSIDE_SOURCES.map(({ source, code }) => `coalesce(sum(f.received) FILTER (WHERE f.kind = '${source}'), 0) AS ${code}`).join(', ')},
            coalesce(sum(f.received), 0) AS outside
       FROM funding_sources f JOIN projects p ON p.id = f.project_id
       WHERE f.origin_centre_id = @centre AND f.removed_at IS NULL AND p.archived_at IS NULL
         AND f.received_on BETWEEN @from AND @to) AS o`;

/** D: donors who paid in the period; pledges still open at its end (made by then, not
 *  cancelled by then, not paid in full by then); pledges made in it. */
const D_SQL = `
  SELECT * FROM
    (SELECT count(DISTINCT donor_id) AS D01 FROM payments
       WHERE origin_centre_id = @centre AND ${receivedPayment()} AND date BETWEEN @from AND @to),
    (SELECT count(*) FILTER (WHERE total IS NULL OR paid < total) AS D02,
            count(*) FILTER (WHERE start_date >= @from) AS D03
       FROM (SELECT p.start_date,
                    CASE WHEN p.kind = 'monthly' THEN p.amount * p.months ELSE p.amount END AS total,
                    coalesce((SELECT sum(pm.amount) FROM payments pm
                              WHERE pm.pledge_id = p.id AND ${receivedPayment('pm')} AND pm.date <= @to), 0) AS paid
               FROM pledges p
               WHERE p.origin_centre_id = @centre AND p.start_date <= @to
                 AND (p.cancelled_at IS NULL OR p.cancelled_at >= @endUtc)))`;

const GROUP_SQL = [H_SQL, A_SQL, E_SQL, M_SQL, Q_SQL, F_SQL, D_SQL];

/** This install's centre ('' before setup: every figure is then 0). */
function centreId(db: Db): string {
  return stmt<[], { id: string }>(db, 'SELECT id FROM centre LIMIT 1').get()?.id ?? '';
}

/** Every figure of AGENCY_FIGURES, in its order, for `period`. Run it inside one read
 *  transaction so the groups see the same snapshot. */
export function computeAgencyFigures(db: Db, period: AgencyPeriod): { from: string; to: string; figures: AgencyFigure[] } {
  const { from, to } = agencyPeriodRange(period);
  const params: Params = { centre: centreId(db), from, to, fromUtc: tehranDayStartUtc(from), endUtc: tehranDayStartUtc(addDays(to, 1)) };
  const values: FigureRow = {};
  for (const sql of GROUP_SQL) Object.assign(values, stmt<[Params], FigureRow>(db, sql).get(params));
  const figures = AGENCY_FIGURES.map(({ code, unit }) => {
    const value = values[code];
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new Error(`agency figure ${code} has no integer value`);
    return { code, unit, value };
  });
  return { from, to, figures };
}
