// A realistic, reproducible Persian centre: donors with plausible names, cities, mobiles and
// national IDs that pass their check digit. Used by first-run "sample data", by the tests'
// fixtures and by the benchmarks (the same generator at province scale).
import { nationalIdWithCheckDigit } from '../../../shared/domain/ids.ts';
import { checkLegalId } from '../../../shared/domain/ids.ts';
import type { DonorFieldsInput } from '../../../shared/contract/donors.ts';
import { FAMILY_NAMES, FEMALE_NAMES, MALE_NAMES, ORG_PATTERNS, ORG_WORDS, PROVINCE_CITIES, STREETS, TAGS } from './sampleNames.ts';

/** mulberry32: tiny, fast, good enough for sample data, and seedable for reproducible tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function digits(rnd: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += Math.floor(rnd() * 10);
  return s;
}

function legalId(rnd: () => number): string {
  for (;;) {
    const first10 = `1${digits(rnd, 9)}`;
    for (let c = 0; c < 10; c++) {
      if (checkLegalId(first10 + c).ok) return first10 + c;
    }
  }
}

export function citiesFor(province: string, city: string): string[] {
  const known = PROVINCE_CITIES[province.trim()];
  if (known) return known;
  return [city, ...PROVINCE_CITIES['زنجان']!.slice(1, 4)];
}

/** `count` donors' form inputs; about one in seven an organisation; unique IDs and mobiles. */
export function generateDonors(count: number, opts: { seed?: number; cities: readonly string[] }): DonorFieldsInput[] {
  const rnd = seededRandom(opts.seed ?? 1405);
  const usedIds = new Set<string>();
  const usedMobiles = new Set<string>();
  const out: DonorFieldsInput[] = [];
  const unique = (set: Set<string>, make: () => string) => {
    for (;;) {
      const v = make();
      if (!set.has(v)) return set.add(v), v;
    }
  };
  for (let i = 0; i < count; i++) {
    const city = pick(rnd, opts.cities);
    const isOrg = rnd() < 0.14;
    const tags = rnd() < 0.6 ? [pick(rnd, TAGS), ...(rnd() < 0.3 ? [pick(rnd, TAGS)] : [])] : [];
    const base = {
      mobile: rnd() < 0.92 ? unique(usedMobiles, () => `09${pick(rnd, ['12', '13', '19', '35', '36', '01', '02', '90'])}${digits(rnd, 7)}`) : null,
      phone: rnd() < 0.3 ? `024${digits(rnd, 8)}` : null,
      city,
      address: rnd() < 0.7 ? `${city}، ${pick(rnd, STREETS)}، پلاک ${1 + Math.floor(rnd() * 200)}` : null,
      referral: pick(rnd, ['friend', 'mosque', 'event', 'socialMedia', 'donor', 'agency', 'media', 'other'] as const),
      preferredContact: pick(rnd, ['call', 'sms', 'messenger', 'visit'] as const),
      tags: [...new Set(tags)],
    };
    if (isOrg) {
      const name = pick(rnd, ORG_PATTERNS).replace('{w}', pick(rnd, ORG_WORDS)).replace('{c}', city);
      out.push({ ...base, kind: 'organisation', orgName: `${name} ${i + 1}`, nationalId: rnd() < 0.8 ? unique(usedIds, () => legalId(rnd)) : null });
    } else {
      const female = rnd() < 0.45;
      out.push({
        ...base,
        kind: 'person',
        firstName: pick(rnd, female ? FEMALE_NAMES : MALE_NAMES),
        lastName: pick(rnd, FAMILY_NAMES),
        nationalId: rnd() < 0.85 ? unique(usedIds, () => nationalIdWithCheckDigit(digits(rnd, 9))) : null,
      });
    }
  }
  return out;
}
