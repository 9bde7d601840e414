// Ranking households for an offer of help (or a kind of need). Pure: no SQL, no clock; the
// service loads the candidates (electron/services/matching/load.ts) and hands them in here.
//
// Every part of the score is normalised to 0..1, then × its weight × 10 → points (rounded to
// two decimals); the score is the sum of the parts. What each part is computed from:
//   needPriority  (priority − 1) / 4                          priority 1..5 of the chosen need
//   vulnerability min(Σ group weights, 6) / 6                 womanHead, disability, orphans and
//                                                             elderlyAlone count 2, the others 1
//   waiting       min(days since the need was recorded, 365) / 365
//   priorAid      ½·(1 − min(count, 4)/4) + ½·(1 − min(value, 200,000,000)/200,000,000)
//                 over the aid of the last 24 months: less aid ranks higher. Aid at other
//                 centres (the province's bank: copies of this household or markers of its
//                 national IDs) counts as prior aid like this centre's own
//   dependants    min(members, 6) / 6                         members besides the head
//   income        1 − min(income / (members + 1), 50,000,000) / 50,000,000  (rials a month a
//                 person; lower ranks higher); unknown income = 0.5 (neutral)
//   sameCity      1 when the household lives in the offer's city, else 0
// A household helped with the same kind of aid within `recentAidMonths` months, here or at
// another centre, is flagged (listed, not dropped); aid elsewhere is listed on the candidate
// (where, when, what). Ties: older need first, then household id.
import type { AidKind, NeedKind } from '../contract/aid.ts';
import type { Candidate, MatchingWeights } from '../contract/matching.ts';
import type { VulnerabilityGroup } from '../contract/households.ts';
import { compactForSearch, normalizeForSearch } from './normalize.ts';
import { daysBetween } from './days.ts';

export const DEFAULT_WEIGHTS: MatchingWeights = {
  needPriority: 5,
  vulnerability: 4,
  waiting: 4,
  priorAid: 3,
  dependants: 2,
  income: 3,
  sameCity: 1,
  recentAidMonths: 12,
};

export const GROUP_WEIGHT: Record<VulnerabilityGroup, number> = {
  womanHead: 2,
  disability: 2,
  orphans: 2,
  elderlyAlone: 2,
  chronicIllness: 1,
  recoveredAddiction: 1,
  prisonerFamily: 1,
};
export const VULNERABILITY_CAP = 6;
export const WAITING_CAP_DAYS = 365;
export const PRIOR_AID_MONTHS = 24;
export const PRIOR_AID_COUNT_CAP = 4;
export const PRIOR_AID_VALUE_CAP = 200_000_000;
export const DEPENDANTS_CAP = 6;
export const INCOME_PER_PERSON_CAP = 50_000_000;

/** The aid kind a need is usually answered with (for flags when ranking by need kind alone). */
export const AID_KIND_FOR_NEED: Record<NeedKind, AidKind> = {
  housing: 'housing',
  equipment: 'equipment',
  jobTraining: 'employmentLoan',
  medical: 'cash',
  education: 'cash',
  foodCash: 'cash',
};

export interface OpenNeed {
  needId: string;
  priority: number;
  recordedOn: string;
  equipmentKind: string | null;
}

export interface MatchHousehold {
  householdId: string;
  displayName: string;
  city: string;
  /** open needs of the target kind */
  needs: OpenNeed[];
  groups: VulnerabilityGroup[];
  /** members besides the head */
  memberCount: number;
  monthlyIncome: number | null;
  /** aid of the last PRIOR_AID_MONTHS months */
  aidCount: number;
  aidValue: number;
  /** latest aid of the target's aid kind (any time loaded), ISO date */
  lastSameKindDate: string | null;
  /** aid at other centres (any date), latest first; missing = none */
  elsewhere?: readonly ElsewhereAid[];
}

export type ElsewhereAid = Candidate['elsewhere'][number];
/** A candidate lists at most this many aids elsewhere (the latest); all of them count. */
export const ELSEWHERE_LISTED = 10;

interface PriorAid {
  count: number;
  value: number;
  elsewhereCount: number;
  elsewhereValue: number;
}

/** This centre's aid of the window plus the aid elsewhere dated on or after `priorFrom`. */
function priorAidOf(h: MatchHousehold, priorFrom: string): PriorAid {
  let elsewhereCount = 0;
  let elsewhereValue = 0;
  if (h.elsewhere) {
    for (const a of h.elsewhere) {
      if (a.date < priorFrom) continue;
      elsewhereCount++;
      elsewhereValue += a.value;
    }
  }
  return { count: h.aidCount + elsewhereCount, value: h.aidValue + elsewhereValue, elsewhereCount, elsewhereValue };
}

function priorAidNorm(p: PriorAid): number {
  return 0.5 * (1 - Math.min(p.count, PRIOR_AID_COUNT_CAP) / PRIOR_AID_COUNT_CAP) + 0.5 * (1 - Math.min(p.value, PRIOR_AID_VALUE_CAP) / PRIOR_AID_VALUE_CAP);
}

/** The latest aid of the target's kind, here or elsewhere. */
function lastSameKind(h: MatchHousehold, aidKind: AidKind): string | null {
  let last = h.lastSameKindDate;
  if (h.elsewhere) for (const a of h.elsewhere) if (a.kind === aidKind && (last === null || a.date > last)) last = a.date;
  return last;
}

export interface MatchTarget {
  needKind: NeedKind;
  aidKind: AidKind;
  equipmentKind: string | null;
  city: string | null;
  /** ISO date */
  today: string;
}


/** The ISO date `months` months before `iso` (day clamped to the month's end). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** An equipment offer naming a kind takes only needs whose kind contains it (normalised,
 *  case-insensitive, spaces ignored). */
export function needFits(need: OpenNeed, target: Pick<MatchTarget, 'needKind' | 'equipmentKind'>): boolean {
  if (target.needKind !== 'equipment' || !target.equipmentKind) return true;
  // compact keys: spaces and ZWNJs do not matter («فر نان» meets «فر‌نان صنعتی»)
  const want = compactForSearch(target.equipmentKind);
  if (!want) return true;
  return need.equipmentKind !== null && compactForSearch(need.equipmentKind).includes(want);
}

/** The need a household is matched on: highest priority, then the oldest. */
function chooseNeed(needs: OpenNeed[]): OpenNeed {
  if (needs.length === 1) return needs[0]!;
  return [...needs].sort((a, b) => b.priority - a.priority || cmp(a.recordedOn, b.recordedOn) || cmp(a.needId, b.needId))[0]!;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const clamp01 = (n: number) => Math.min(1, Math.max(0, n));

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Normalised city names, cached: thousands of candidates share a few cities. */
function cityKey(cache: Map<string, string>, city: string): string {
  let k = cache.get(city);
  if (k === undefined) cache.set(city, (k = normalizeForSearch(city)));
  return k;
}

export function scoreHousehold(
  h: MatchHousehold, need: OpenNeed, target: MatchTarget, w: MatchingWeights, cities: Map<string, string> = new Map(),
): Omit<Candidate, 'flags' | 'elsewhere'> {
  const parts: Candidate['parts'] = [];
  const add = (factor: Candidate['parts'][number]['factor'], norm: number, detail: Candidate['parts'][number]['detail']) =>
    parts.push({ factor, points: round2(clamp01(norm) * w[factor] * 10), detail });

  add('needPriority', (need.priority - 1) / 4, { priority: need.priority });
  const groupSum = h.groups.reduce((s, g) => s + GROUP_WEIGHT[g], 0);
  add('vulnerability', Math.min(groupSum, VULNERABILITY_CAP) / VULNERABILITY_CAP, { groups: [...h.groups], count: h.groups.length, weighted: groupSum });
  const days = Math.max(0, daysBetween(need.recordedOn, target.today));
  add('waiting', Math.min(days, WAITING_CAP_DAYS) / WAITING_CAP_DAYS, { days, recordedOn: need.recordedOn });
  const prior = priorAidOf(h, monthsBefore(target.today, PRIOR_AID_MONTHS));
  add('priorAid', priorAidNorm(prior), { ...prior, months: PRIOR_AID_MONTHS });
  add('dependants', Math.min(h.memberCount, DEPENDANTS_CAP) / DEPENDANTS_CAP, { members: h.memberCount });
  if (h.monthlyIncome === null) {
    add('income', 0.5, { known: false });
  } else {
    const perPerson = Math.round(h.monthlyIncome / (h.memberCount + 1));
    add('income', 1 - Math.min(perPerson, INCOME_PER_PERSON_CAP) / INCOME_PER_PERSON_CAP, { known: true, perPerson });
  }
  const same = !!target.city && cityKey(cities, target.city) === cityKey(cities, h.city);
  add('sameCity', same ? 1 : 0, { sameCity: same, city: h.city, offerHasCity: !!target.city });

  return {
    householdId: h.householdId,
    displayName: h.displayName,
    city: h.city,
    needId: need.needId,
    score: round2(parts.reduce((s, p) => s + p.points, 0)),
    parts,
  };
}

/** The score alone, as scoreHousehold computes it (same parts, same rounding, same order of the
 *  sum) but without building the explained parts: ranking scores every candidate, explains
 *  only the ones returned. */
function scoreOnly(h: MatchHousehold, need: OpenNeed, target: MatchTarget, w: MatchingWeights, same: boolean, priorFrom: string): number {
  const pts = (factor: keyof Omit<MatchingWeights, 'recentAidMonths'>, norm: number) => round2(clamp01(norm) * w[factor] * 10);
  let groupSum = 0;
  for (const g of h.groups) groupSum += GROUP_WEIGHT[g];
  const days = Math.max(0, daysBetween(need.recordedOn, target.today));
  const aidNorm = priorAidNorm(priorAidOf(h, priorFrom));
  let s = 0;
  s += pts('needPriority', (need.priority - 1) / 4);
  s += pts('vulnerability', Math.min(groupSum, VULNERABILITY_CAP) / VULNERABILITY_CAP);
  s += pts('waiting', Math.min(days, WAITING_CAP_DAYS) / WAITING_CAP_DAYS);
  s += pts('priorAid', aidNorm);
  s += pts('dependants', Math.min(h.memberCount, DEPENDANTS_CAP) / DEPENDANTS_CAP);
  if (h.monthlyIncome === null) s += pts('income', 0.5);
  else s += pts('income', 1 - Math.min(Math.round(h.monthlyIncome / (h.memberCount + 1)), INCOME_PER_PERSON_CAP) / INCOME_PER_PERSON_CAP);
  s += pts('sameCity', same ? 1 : 0);
  return round2(s);
}

/** Ranks the households that have a fitting open need; at most `limit` come back. */
export function rankCandidates(households: readonly MatchHousehold[], target: MatchTarget, w: MatchingWeights, limit: number): Candidate[] {
  const flagFrom = w.recentAidMonths > 0 ? monthsBefore(target.today, w.recentAidMonths) : null;
  const priorFrom = monthsBefore(target.today, PRIOR_AID_MONTHS);
  const cities = new Map<string, string>();
  const targetCity = target.city ? cityKey(cities, target.city) : null;
  // equipment offers: the wanted kind and each need's kind normalised once, not once a row
  const want = target.needKind === 'equipment' && target.equipmentKind ? compactForSearch(target.equipmentKind) : '';
  const kinds = new Map<string, string>();
  const fits = (n: OpenNeed) => {
    if (n.equipmentKind === null) return false;
    let k = kinds.get(n.equipmentKind);
    if (k === undefined) kinds.set(n.equipmentKind, (k = compactForSearch(n.equipmentKind)));
    return k.includes(want);
  };
  const scored: { score: number; recordedOn: string; householdId: string; h: MatchHousehold; need: OpenNeed }[] = [];
  for (const h of households) {
    const fitting = want ? h.needs.filter(fits) : h.needs;
    if (fitting.length === 0) continue;
    const need = chooseNeed(fitting);
    const same = targetCity !== null && targetCity === cityKey(cities, h.city);
    scored.push({ score: scoreOnly(h, need, target, w, same, priorFrom), recordedOn: need.recordedOn, householdId: h.householdId, h, need });
  }
  scored.sort((a, b) => b.score - a.score || cmp(a.recordedOn, b.recordedOn) || cmp(a.householdId, b.householdId));
  return scored.slice(0, limit).map(({ h, need }) => {
    const flags: Candidate['flags'] = [];
    const lastSame = lastSameKind(h, target.aidKind);
    if (flagFrom !== null && lastSame !== null && lastSame >= flagFrom) {
      flags.push({ kind: 'recentSameAid', date: lastSame, months: w.recentAidMonths });
    }
    const elsewhere = h.elsewhere ? h.elsewhere.slice(0, ELSEWHERE_LISTED).map((a) => ({ ...a })) : [];
    return { ...scoreHousehold(h, need, target, w, cities), flags, elsewhere };
  });
}
