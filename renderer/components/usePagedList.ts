// The working of a paged list whose state lives in the URL (donors, households, projects): the
// state and its update, the list's address remembered for "back to the list" links, the search,
// and which rows the page shows. Each page keeps its own title, buttons, filters and table.
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import type { UseQueryResult } from '@tanstack/react-query';
import { useUrlListState, type UrlList } from '../lib/urlListState.ts';
import { PAGE_SIZE } from '../lib/listParams.ts';

interface Page {
  total: number;
  items: readonly unknown[];
}

export function usePagedList<S extends { page: number }, I, D extends Page>(list: UrlList<S, I>, useSearch: (input: I) => UseQueryResult<D>) {
  const { state, update } = useUrlListState(list.parse, list.serialize);
  const { search: urlSearch } = useLocation();
  useEffect(() => list.remember(urlSearch), [list, urlSearch]);
  const search = useSearch(list.toSearchInput(state));
  const data = search.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  // A page past the end (an old link, or fewer results now): go to the last page. Not while the
  // previous search's rows stand in for the new one's, whose total is not known yet.
  useEffect(() => {
    if (data && !search.isPlaceholderData && state.page > pages) update({ page: pages } as Partial<S>);
  }, [data, search.isPlaceholderData, state.page, pages, update]);

  // The rows shown, counted from 1, for the "from–to of total" line.
  const from = (state.page - 1) * PAGE_SIZE + 1;
  const to = data ? Math.min(data.total, from + data.items.length - 1) : 0;
  return { state, update, search, data, from, to };
}
