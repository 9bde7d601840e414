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
