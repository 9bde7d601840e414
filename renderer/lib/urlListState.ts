// A list's state (search, filters, page) kept in the URL, so Back returns to the same search,
// filters and page; and the list's last address, for "back to the list" links.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The state parsed from the URL and `update(patch)`; any change but the page goes to page 1.
 *  `parse` and `serialize` should be module-level functions (stable between renders). */
export function useUrlListState<S extends { page: number }>(parse: (p: URLSearchParams) => S, serialize: (s: S) => URLSearchParams) {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parse(params), [params, parse]);
  const update = useCallback(
    (patch: Partial<S>) =>
      setParams(
        (prev) => {
          const next = { ...parse(prev), ...patch };
          if (!('page' in patch)) next.page = 1;
          return serialize(next);
        },
        { replace: true },
      ),
    [setParams, parse, serialize],
  );
  return { state, update };
}

/** Remembers a list's last search (`?q=…&page=…`) so links back to it return there. */
export function listMemory(path: string): { remember(search: string): void; href(): string } {
  let last = '';
  return {
    remember(search) {
      last = search;
    },
    href: () => `${path}${last}`,
  };
}

/** Everything a paged list keeps in the URL: how its state is read and written, the search
 *  input that state asks for, and its last address for "back to the list" links. One per list,
 *  at module level, so the functions in it stay the same between renders. */
export interface UrlList<S extends { page: number }, I> {
  parse(p: URLSearchParams): S;
  serialize(s: S): URLSearchParams;
  toSearchInput(s: S): I;
  remember(search: string): void;
  href(): string;
}

export function urlList<S extends { page: number }, I>(path: string, parts: Pick<UrlList<S, I>, 'parse' | 'serialize' | 'toSearchInput'>): UrlList<S, I> {
  return { ...parts, ...listMemory(path) };
}
