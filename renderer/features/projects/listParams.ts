// The projects list's state lives in the URL (?q=…&kind=…&sort=…&page=…), so Back from a
// project returns to the same search, filters, order and page. Defaults are left out of the URL.
import { urlList } from '../../lib/urlListState.ts';
import { oneOf, pageParam, pageWindow } from '../../lib/listParams.ts';
import { projectKind, projectStatus, type ProjectKind, type ProjectStatus } from '../../../shared/contract/projects.ts';
import type { ProjectSearchInput } from './queries.ts';

export const SORTS = ['name', 'startDate', 'percent', 'gap', 'stalled'] as const;
export type ProjectSort = (typeof SORTS)[number];

export interface ListState {
  q: string;
  kind: ProjectKind | null;
  status: ProjectStatus | null;
  /** finished, handed over and cancelled projects are listed too */
  closed: boolean;
  archived: boolean;
  sort: ProjectSort;
  page: number;
}

const DEFAULTS: ListState = { q: '', kind: null, status: null, closed: true, archived: false, sort: 'name', page: 1 };

function parseListState(p: URLSearchParams): ListState {
  return {
    q: p.get('q') ?? '',
    kind: oneOf(p.get('kind'), projectKind.options),
    status: oneOf(p.get('status'), projectStatus.options),
    closed: p.get('closed') !== '0',
    archived: p.get('archived') === '1',
    sort: oneOf(p.get('sort'), SORTS) ?? DEFAULTS.sort,
    page: pageParam(p),
  };
}

// Written field by field, not from the defaults: the two flags go in as 0/1, as the parser reads
// them (and links already carry them).
function toSearchParams(s: ListState): URLSearchParams {
  const out = new URLSearchParams();
  if (s.q) out.set('q', s.q);
  if (s.kind) out.set('kind', s.kind);
  if (s.status) out.set('status', s.status);
  if (!s.closed) out.set('closed', '0');
  if (s.archived) out.set('archived', '1');
  if (s.sort !== DEFAULTS.sort) out.set('sort', s.sort);
  if (s.page !== 1) out.set('page', String(s.page));
  return out;
}

function toSearchInput(s: ListState): ProjectSearchInput {
  return {
    query: s.q.slice(0, 100),
    kind: s.kind ?? undefined,
    status: s.status ?? undefined,
    includeClosed: s.closed,
    includeArchived: s.archived,
    sort: s.sort,
    ...pageWindow(s.page),
  };
}

export function isUnfiltered(s: ListState): boolean {
  return s.q.trim() === '' && !s.kind && !s.status && s.closed && !s.archived;
}

export const CLEARED: Partial<ListState> = { q: '', kind: null, status: null, closed: true, archived: false };

export const projectList = urlList('/projects', { parse: parseListState, serialize: toSearchParams, toSearchInput });

// The list's last address, so "back to the list" links return to the same search and page.
export const listHref = projectList.href;
