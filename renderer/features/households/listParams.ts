// The households list's state lives in the URL (?q=…&group=…&page=…), so Back from a household
// returns to the same search, filters and page. Defaults are left out of the URL.
import { urlList } from '../../lib/urlListState.ts';
import { oneOf, pageParam, pageWindow, withoutDefaults } from '../../lib/listParams.ts';
import { vulnerabilityGroup, type VulnerabilityGroup } from '../../../shared/contract/households.ts';
import { needKind, type NeedKind } from '../../../shared/contract/aid.ts';
import { toLatinDigits } from '../../../shared/domain/digits.ts';
import type { HouseholdSearchInput } from './queries.ts';

export type StatusFilter = 'active' | 'archived' | 'all';

export interface ListState {
  q: string;
  group: VulnerabilityGroup | null;
  need: NeedKind | null;
  city: string | null;
  minWait: number | null;
  /** case worker id */
  cw: string | null;
  status: StatusFilter;
  page: number;
}

const DEFAULTS: ListState = { q: '', group: null, need: null, city: null, minWait: null, cw: null, status: 'active', page: 1 };

function wholeNumber(s: string | null): number | null {
  if (!s) return null;
  const n = Number.parseInt(toLatinDigits(s), 10);
  return Number.isFinite(n) && n >= 0 && n <= 36500 ? n : null;
}

function parseListState(p: URLSearchParams): ListState {
  return {
    q: p.get('q') ?? '',
    group: oneOf(p.get('group'), vulnerabilityGroup.options),
    need: oneOf(p.get('need'), needKind.options),
    city: p.get('city') || null,
    minWait: wholeNumber(p.get('minWait')),
    cw: /^[0-9a-f-]{36}$/.test(p.get('cw') ?? '') ? p.get('cw') : null,
    status: oneOf(p.get('status'), ['active', 'archived', 'all'] as const) ?? 'active',
    page: pageParam(p),
  };
}

/** The filters as the search (and export) channels take them, without the page. */
export function toFilterInput(s: ListState) {
  return {
    query: s.q.slice(0, 100),
    group: s.group ?? undefined,
    needKind: s.need ?? undefined,
    city: s.city,
    minWaitingDays: s.minWait ?? undefined,
    caseWorkerId: s.cw ?? undefined,
    status: s.status,
  };
}

function toSearchInput(s: ListState): HouseholdSearchInput {
  return { ...toFilterInput(s), ...pageWindow(s.page) };
}

export function isUnfiltered(s: ListState): boolean {
  return s.q.trim() === '' && !s.group && !s.need && !s.city && s.minWait === null && s.status === 'active';
}

export const CLEARED: Partial<ListState> = { q: '', group: null, need: null, city: null, minWait: null, status: 'active' };

export const householdList = urlList('/households', { parse: parseListState, serialize: withoutDefaults(DEFAULTS), toSearchInput });

// The list's last address, so "back to the list" links return to the same search and page.
export const listHref = householdList.href;
