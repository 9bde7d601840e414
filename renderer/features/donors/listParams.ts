// The list's state lives in the URL (?q=…&kind=…&page=…), so Back from a donor's page returns
// to the same search, filters, order and page. Defaults are left out of the URL.
import { urlList } from '../../lib/urlListState.ts';
import { oneOf, pageParam, pageWindow, withoutDefaults } from '../../lib/listParams.ts';
import type { DonorSearchInput } from './queries.ts';

export type KindFilter = 'person' | 'organisation' | 'all';
export type StatusFilter = 'active' | 'archived' | 'all';
export type SortField = 'name' | 'createdAt' | 'updatedAt';
export type SortDirection = 'asc' | 'desc';

export interface ListState {
  q: string;
  kind: KindFilter;
  city: string | null;
  tag: string | null;
  status: StatusFilter;
  sort: SortField;
  dir: SortDirection;
  page: number;
}

const DEFAULTS: ListState = { q: '', kind: 'all', city: null, tag: null, status: 'active', sort: 'name', dir: 'asc', page: 1 };

function parseListState(p: URLSearchParams): ListState {
  return {
    q: p.get('q') ?? '',
    kind: oneOf(p.get('kind'), ['person', 'organisation', 'all'] as const) ?? DEFAULTS.kind,
    city: p.get('city') || null,
    tag: p.get('tag') || null,
    status: oneOf(p.get('status'), ['active', 'archived', 'all'] as const) ?? DEFAULTS.status,
    sort: oneOf(p.get('sort'), ['name', 'createdAt', 'updatedAt'] as const) ?? DEFAULTS.sort,
    dir: oneOf(p.get('dir'), ['asc', 'desc'] as const) ?? DEFAULTS.dir,
    page: pageParam(p),
  };
}

/** The search channel's input for a list state. */
function toSearchInput(s: ListState): DonorSearchInput {
  return {
    query: s.q.slice(0, 100),
    kind: s.kind === 'all' ? undefined : s.kind,
    city: s.city,
    tag: s.tag,
    status: s.status,
    sort: s.sort,
    direction: s.dir,
    ...pageWindow(s.page),
  };
}

/** True when nothing narrows the list: an empty result then means "no donors yet". */
export function isUnfiltered(s: ListState): boolean {
  return s.q.trim() === '' && s.kind === 'all' && !s.city && !s.tag && s.status === 'active';
}

/** Default direction when a column is first chosen: names A→Z, dates newest first. */
export function defaultDirection(sort: SortField): SortDirection {
  return sort === 'name' ? 'asc' : 'desc';
}

export const donorList = urlList('/donors', { parse: parseListState, serialize: withoutDefaults(DEFAULTS), toSearchInput });

// The list's last address, so "back to the list" links return to the same search and page.
export const listHref = donorList.href;
