// Donor search as the list screen calls it (`donors.search` through the dispatcher): a mixed,
// reproducible set of queries drawn from the data itself, warmed up, then each one timed.
import { seededRandom } from '../../electron/services/setup/sampleData.ts';
import { TAGS } from '../../electron/services/setup/sampleNames.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';
import { compactForSearch } from '../../shared/domain/normalize.ts';
import type { DonorFieldsInput } from '../../shared/contract/donors.ts';
import type { InputOf } from '../../shared/contract/index.ts';
import type { TestCore } from '../helpers/core.ts';
import { CITIES } from './data.ts';
import { log, median, percentile, round } from './stats.ts';

type SearchInput = InputOf<'donors.search'>;
export interface BenchQuery {
  /** which family of query it is, for the per-family breakdown */
  family: string;
  input: SearchInput;
}

/** A substring of `s` of `min`..`max` code points (whole string if shorter than `min`). */
function fragment(rnd: () => number, s: string, min: number, max: number): string {
  const chars = [...s];
  if (chars.length <= min) return s;
  const len = Math.min(chars.length, min + Math.floor(rnd() * (max - min + 1)));
  const start = Math.floor(rnd() * (chars.length - len + 1));
  return chars.slice(start, start + len).join('');
}

const arabicLetters = (s: string) => s.replaceAll('ی', 'ي').replaceAll('ک', 'ك');

/** ≥ 500 queries of every kind the list screen sends, drawn from `donors` with a fixed seed. */
export function buildQueries(donors: readonly DonorFieldsInput[], seed = 7): BenchQuery[] {
  const rnd = seededRandom(seed);
  const pickFrom = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const persons = donors.filter((d) => d.kind === 'person');
  const orgs = donors.filter((d) => d.kind === 'organisation');
  const withMobile = donors.filter((d) => d.mobile);
  const withId = donors.filter((d) => d.nationalId);
  const name = (d: DonorFieldsInput) => (rnd() < 0.5 ? d.firstName : d.lastName) ?? '';
  const out: BenchQuery[] = [];
  const add = (family: string, n: number, make: () => SearchInput | null) => {
    for (let made = 0, tries = 0; made < n && tries < n * 20; tries++) {
      const input = make();
      if (input) (out.push({ family, input }), made++);
    }
  };

  add('name-fragment', 150, () => ({ query: fragment(rnd, name(pickFrom(persons)), 3, 5) }));
  add('org-fragment', 20, () => ({ query: fragment(rnd, pickFrom(orgs).orgName ?? '', 3, 5) }));
  add('compact', 40, () => {
    // "رضامحمدی" for «رضا محمدی»: a piece spanning the join of first and last name, no space
    const d = pickFrom(persons);
    const first = compactForSearch(d.firstName ?? '');
    const last = compactForSearch(d.lastName ?? '');
    const a = [...first].slice(-(2 + Math.floor(rnd() * 2))).join('');
    const b = [...last].slice(0, 2 + Math.floor(rnd() * 2)).join('');
    return { query: a + b };
  });
  add('arabic-letters', 60, () => {
    const d = pickFrom(persons);
    const n = rnd() < 0.5 ? `${d.firstName} ${d.lastName}` : fragment(rnd, name(d), 3, 5);
    return /[یک]/.test(n) ? { query: arabicLetters(n) } : null;
  });
  add('short-1-2', 60, () => ({ query: fragment(rnd, name(pickFrom(persons)), 1, 2).slice(0, 2) }));
  add('mobile-fragment', 60, () => ({ query: toPersianDigits(fragment(rnd, pickFrom(withMobile).mobile ?? '', 4, 7)) }));
  add('national-id', 50, () => {
    const id = pickFrom(withId).nationalId ?? '';
    return { query: rnd() < 0.5 ? toPersianDigits(id) : id };
  });
  add('city', 30, () => ({ query: pickFrom(CITIES) }));
  add('two-words', 60, () => {
    const d = pickFrom(persons);
    return rnd() < 0.5
      ? { query: `${d.firstName} ${d.lastName}` }
      : { query: `${fragment(rnd, d.firstName ?? '', 2, 4)} ${fragment(rnd, d.lastName ?? '', 3, 4)}` };
  });
  add('kind-filter', 20, () => ({ query: rnd() < 0.3 ? '' : fragment(rnd, name(pickFrom(persons)), 3, 4), kind: rnd() < 0.5 ? 'organisation' : 'person' }));
  add('city-filter', 20, () => ({ query: rnd() < 0.4 ? '' : fragment(rnd, name(pickFrom(persons)), 3, 4), city: pickFrom(CITIES) }));
  add('tag-filter', 20, () => ({ query: rnd() < 0.4 ? '' : fragment(rnd, name(pickFrom(persons)), 3, 4), tag: pickFrom(TAGS) }));
  add('sort-updated-desc', 20, () => ({ query: rnd() < 0.4 ? '' : fragment(rnd, name(pickFrom(persons)), 3, 4), sort: 'updatedAt', direction: 'desc' }));
  add('page-3', 20, () => ({ query: rnd() < 0.4 ? '' : fragment(rnd, name(pickFrom(persons)), 3, 3), offset: 100, limit: 50 }));
  add('empty', 10, () => ({ query: '' }));

  // every query as the list sends it: active donors, default paging unless set above
  for (const q of out) q.input = { status: 'active', ...q.input };
  // shuffle (seeded) so no family runs in one warm block
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface SearchResult {
  p50: number;
  p95: number;
  passesP50: number[];
  passesP95: number[];
  queries: number;
  byFamily: Record<string, { n: number; p50: number; p95: number; max: number }>;
  slowest: { ms: number; family: string; input: SearchInput; total: number }[];
}

/** Warm-up, then `passes` timed passes over the whole query set; medians of the passes. */
export async function benchSearch(t: TestCore, token: string, queries: readonly BenchQuery[], opts: { warmup?: number; passes?: number } = {}): Promise<SearchResult> {
  const { dispatcher } = t.core;
  const run = async (q: BenchQuery) => {
    const r = await dispatcher.invoke('donors.search', q.input, token);
    if (!r.ok) throw new Error(`donors.search failed for ${JSON.stringify(q.input)}: ${JSON.stringify(r.error)}`);
    return (r.result as { total: number }).total;
  };
  const warmup = opts.warmup ?? 50;
  for (let i = 0; i < warmup; i++) await run(queries[(i * 7) % queries.length]!);

  const passes = opts.passes ?? 3;
  const perQuery: number[][] = queries.map(() => []);
  const totals: number[] = queries.map(() => 0);
  const passesP50: number[] = [];
  const passesP95: number[] = [];
  for (let p = 0; p < passes; p++) {
    const times: number[] = [];
    for (let i = 0; i < queries.length; i++) {
      const t0 = performance.now();
      totals[i] = await run(queries[i]!);
      const ms = performance.now() - t0;
      times.push(ms);
      perQuery[i]!.push(ms);
    }
    passesP50.push(percentile(times, 50));
    passesP95.push(percentile(times, 95));
    log(`search pass ${p + 1}/${passes}: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms`);
  }
  // per query: its median over the passes; families and the slowest list from those
  const medians = perQuery.map((xs) => median(xs));
  const byFamily: SearchResult['byFamily'] = {};
  const families = [...new Set(queries.map((q) => q.family))];
  for (const f of families) {
    const xs = medians.filter((_, i) => queries[i]!.family === f);
    byFamily[f] = { n: xs.length, p50: round(percentile(xs, 50)), p95: round(percentile(xs, 95)), max: round(Math.max(...xs)) };
  }
  const slowest = medians
    .map((ms, i) => ({ ms: round(ms), family: queries[i]!.family, input: queries[i]!.input, total: totals[i]! }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 15);
  return { p50: median(passesP50), p95: median(passesP95), passesP50, passesP95, queries: queries.length, byFamily, slowest };
}
