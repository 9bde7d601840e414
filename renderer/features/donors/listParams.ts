// The list's state lives in the URL (?q=…&kind=…&page=…), so Back from a donor's page returns
// to the same search, filters, order and page. Defaults are left out of the URL.
import { listMemory, useUrlListState } from '../../lib/urlListState.ts';
import type { DonorSearchInput } from './queries.ts';

export const PAGE_SIZE = 50;

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

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

export function parseListState(p: URLSearchParams): ListState {
  const page = Number.parseInt(p.get('page') ?? '', 10);
  return {
    q: p.get('q') ?? '',
    kind: oneOf(p.get('kind'), ['person', 'organisation', 'all'], DEFAULTS.kind),
    city: p.get('city') || null,
    tag: p.get('tag') || null,
    status: oneOf(p.get('status'), ['active', 'archived', 'all'], DEFAULTS.status),
    sort: oneOf(p.get('sort'), ['name', 'createdAt', 'updatedAt'], DEFAULTS.sort),
    dir: oneOf(p.get('dir'), ['asc', 'desc'], DEFAULTS.dir),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

function toSearchParams(s: ListState): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of Object.keys(DEFAULTS) as (keyof ListState)[]) {
    const value = s[key];
    if (value !== null && value !== DEFAULTS[key] && value !== '') out.set(key, String(value));
  }
  return out;
}

/** The search channel's input for a list state. */
export function toSearchInput(s: ListState): DonorSearchInput {
  return {
    query: s.q.slice(0, 100),
    kind: s.kind === 'all' ? undefined : s.kind,
    city: s.city,
    tag: s.tag,
    status: s.status,
    sort: s.sort,
    direction: s.dir,
    limit: PAGE_SIZE,
    offset: (s.page - 1) * PAGE_SIZE,
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

export function useListState() {
  return useUrlListState(parseListState, toSearchParams);
}

// The list's last address, so "back to the list" links return to the same search and page.
const memory = listMemory('/donors');
export const rememberListSearch = memory.remember;
export const listHref = memory.href;
