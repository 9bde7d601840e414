// What every URL-driven list shares: pages of 50, and reading its state from the URL leniently,
// so an old or hand-edited link falls back to the defaults instead of failing. Each feature's
// listParams.ts keeps its own fields and builds on these.
export const PAGE_SIZE = 50;

/** `value` when it is one of `allowed`, else null (a value an old or edited link still carries). */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.includes(value as T) ? (value as T) : null;
}

/** `?page=` as a page number: 1 when it is absent or not a positive whole number. */
export function pageParam(p: URLSearchParams): number {
  const page = Number.parseInt(p.get('page') ?? '', 10);
  return Number.isFinite(page) && page > 0 ? page : 1;
}

/** The slice of results a page asks the search channel for. */
export function pageWindow(page: number): { limit: number; offset: number } {
  return { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
}

/** A serializer that writes only the fields that differ from `defaults` (never null or ''), in
 *  the defaults' order, so a list at its defaults has a clean address. */
export function withoutDefaults<S extends object>(defaults: S): (s: S) => URLSearchParams {
  return (s) => {
    const out = new URLSearchParams();
    for (const key of Object.keys(defaults) as (keyof S)[]) {
      const value = s[key];
      if (value !== null && value !== defaults[key] && value !== '') out.set(String(key), String(value));
    }
    return out;
  };
}
