// Donor search: Persian spelling variants, digits typed in any script, filters, Persian
// alphabetical order, paging over a sample centre, the FTS index kept in sync, and the query
// plans that keep it fast.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { InputOf, Role } from '../../shared/contract/index.ts';
import { makeTestCore, setUpCentre, type TestCore } from '../helpers/core.ts';
import { allDonors, nextNationalId, person, type DonorInput } from '../helpers/fixtures.ts';
import { buildDonorFilter } from '../../electron/services/donors/search.ts';
import { donorSearchInput } from '../../shared/contract/donors.ts';

const ALI_ID = '0499370899';

describe('finding donors', () => {
  let t: TestCore;
  let tokens: Record<Role, string>;
  const ids: Record<string, string> = {};

  const DONORS: Record<string, DonorInput> = {
    ali: person('علی', 'کریمی', { nationalId: ALI_ID, mobile: '09121234567', city: 'زنجان', tags: ['ماهانه'] }),
    abdollahzadeh: person('رضا', 'عبدالله‌زاده', { mobile: '09351112233', city: 'ابهر', tags: ['مسکن'] }),
    zahra: person('زهرا', 'نوری', { city: 'قیدار', tags: ['ماهانه', 'جهیزیه'] }),
    hassan: person('حسن', 'احمدی', { mobile: '09199876543', city: 'زنجان' }),
    org: { kind: 'organisation', orgName: 'شرکت نیکان البرز', city: 'زنجان', tags: ['شرکت'] },
    zhian: person('مینا', 'ژیان', { city: 'ابهر' }),
  };

  async function find(query: string, extra: Partial<InputOf<'donors.search'>> = {}): Promise<string[]> {
    const r = await t.call('donors.search', { query, limit: 200, ...extra }, tokens.volunteer);
    expect(r.total).toBe(r.items.length);
    const byId = new Map(Object.entries(ids).map(([k, v]) => [v, k]));
    return r.items.map((i) => byId.get(i.id) ?? i.id).sort();
  }

  beforeAll(async () => {
    t = await makeTestCore();
    tokens = await setUpCentre(t);
    for (const [key, donor] of Object.entries(DONORS)) ids[key] = (await t.call('donors.create', { donor }, tokens.admin)).id;
  });
  afterAll(() => t.close());

  test('Arabic and Persian yeh and kaf meet', async () => {
    expect(await find('علي')).toEqual(['ali']);
    expect(await find('كريمي')).toEqual(['ali']);
    expect(await find('کریمی')).toEqual(['ali']);
    expect(await find('علي كريمي')).toEqual(['ali']);
    expect(await find('كريمى')).toEqual(['ali']); // alef maksura as yeh
  });

  test('diacritics and tatweel are ignored', async () => {
    expect(await find('عَلی')).toEqual(['ali']);
    expect(await find('عَلِی کَریمی')).toEqual(['ali']);
    expect(await find('کـریـمی')).toEqual(['ali']);
  });

  test('ZWNJ, space and nothing between the parts of a name meet', async () => {
    for (const q of ['عبدالله‌زاده', 'عبدالله زاده', 'عبداللهزاده', 'عبدالله\u200c زاده']) expect(await find(q), q).toEqual(['abdollahzadeh']);
  });

  test('a name saved with a space is found written together, and the other way round', async () => {
    const id = (await t.call('donors.create', { donor: person('سارا', 'حسن زاده') }, tokens.admin)).id;
    try {
      const r = await t.call('donors.search', { query: 'حسن‌زاده' }, tokens.volunteer);
      expect(r.items.map((i) => i.id)).toEqual([id]);
      const r2 = await t.call('donors.search', { query: 'حسنزاده' }, tokens.volunteer);
      expect(r2.items.map((i) => i.id)).toEqual([id]);
    } finally {
      await t.call('donors.archive', { id }, tokens.admin);
    }
  });

  test('a first and a last name are not run together: «ابراهیمی» does not find «ابراهیم یوسفی»', async () => {
    const ebrahim = (await t.call('donors.create', { donor: person('ابراهیم', 'یوسفی') }, tokens.admin)).id;
    const ebrahimi = (await t.call('donors.create', { donor: person('مهدی', 'ابراهیمی') }, tokens.admin)).id;
    try {
      const r = await t.call('donors.search', { query: 'ابراهیمی' }, tokens.volunteer);
      expect(r.items.map((i) => i.id)).toEqual([ebrahimi]);
    } finally {
      await t.call('donors.archive', { id: ebrahim }, tokens.admin);
      await t.call('donors.archive', { id: ebrahimi }, tokens.admin);
    }
  });

  test('a mobile in Persian or Arabic-Indic digits, with spaces, with +98 or without the leading 0', async () => {
    for (const q of ['09121234567', '۰۹۱۲۱۲۳۴۵۶۷', '٠٩١٢١٢٣٤٥٦٧', '0912 123 4567', '۰۹۱۲ ۱۲۳ ۴۵۶۷', '9121234567', '۹۱۲۱۲۳۴۵۶۷', '1234567']) {
      expect(await find(q), q).toEqual(['ali']);
    }
  });

  test('by national ID, in any digits', async () => {
    expect(await find(ALI_ID)).toEqual(['ali']);
    expect(await find('۰۴۹۹۳۷۰۸۹۹')).toEqual(['ali']);
  });

  test('by city and by tag', async () => {
    expect(await find('زنجان')).toEqual(['ali', 'hassan', 'org']);
    expect(await find('قیدار')).toEqual(['zahra']);
    expect(await find('قيدار')).toEqual(['zahra']);
    expect(await find('ماهانه')).toEqual(['ali', 'zahra']);
    expect(await find('جهیزیه')).toEqual(['zahra']);
  });

  test('every word must match', async () => {
    expect(await find('ماهانه زنجان')).toEqual(['ali']);
    expect(await find('ماهانه ابهر')).toEqual([]);
    expect(await find('کریمی ۰۹۳۵')).toEqual([]);
  });

  test('one and two letter queries (the LIKE fallback)', async () => {
    expect(await find('عل')).toEqual(['ali']);
    expect(await find('ژ')).toEqual(['zhian']);
    expect(await find('ژي')).toEqual(['zhian']); // Arabic yeh again
    expect(await find('نی')).toEqual(['org']); // نیکان
    expect(await find('حسن ا')).toEqual(['hassan']); // a long and a short word together
  });

  test('an empty query lists everyone; a query that matches no one lists no one', async () => {
    expect(await find('')).toEqual(Object.keys(DONORS).sort());
    expect(await find('   ')).toEqual(Object.keys(DONORS).sort());
    expect(await find('ناموجود')).toEqual([]);
  });

  test('quotes, percent signs and FTS operators in a query do not break it', async () => {
    for (const q of ['"', '"کریمی', 'کریمی"', '%', '_', '\\', 'کریمی OR نوری', 'NEAR(کریمی)', '*', 'کر*', "'; DROP TABLE donors; --"]) {
      const r = await t.raw('donors.search', { query: q }, tokens.volunteer);
      expect(r.ok, q).toBe(true);
    }
    expect(await find('کریمی OR نوری')).toEqual([]);
  });

  test('filters: kind, city, tag and status', async () => {
    expect(await find('', { kind: 'organisation' })).toEqual(['org']);
    expect(await find('', { kind: 'person', city: 'زنجان' })).toEqual(['ali', 'hassan']);
    expect(await find('', { city: 'قيدار' })).toEqual(['zahra']); // Arabic yeh in the filter
    expect(await find('', { tag: 'ماهانه' })).toEqual(['ali', 'zahra']);
    expect(await find('', { tag: ' مسکن ' })).toEqual(['abdollahzadeh']);
    expect(await find('علی', { tag: 'مسکن' })).toEqual([]);

    await t.call('donors.archive', { id: ids.hassan! }, tokens.admin);
    try {
      expect(await find('', { city: 'زنجان' })).toEqual(['ali', 'org']);
      expect(await find('', { city: 'زنجان', status: 'active' })).toEqual(['ali', 'org']);
      expect(await find('', { city: 'زنجان', status: 'archived' })).toEqual(['hassan']);
      expect(await find('', { city: 'زنجان', status: 'all' })).toEqual(['ali', 'hassan', 'org']);
      expect(await find('احمدی')).toEqual([]);
      expect(await find('احمدی', { status: 'archived' })).toEqual(['hassan']);
    } finally {
      await t.call('donors.restore', { id: ids.hassan! }, tokens.admin);
    }
    expect(await find('احمدی')).toEqual(['hassan']);
  });

  test('the summary carries tags and what a list shows', async () => {
    const r = await t.call('donors.search', { query: 'نوری' }, tokens.volunteer);
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ id: ids.zahra, kind: 'person', displayName: 'زهرا نوری', city: 'قیدار', nationalId: null, mobile: null, archivedAt: null });
    expect([...r.items[0]!.tags].sort()).toEqual(['جهیزیه', 'ماهانه'].sort());
  });
});

describe('the FTS index follows every change', () => {
  test('after an update the old name is gone and the new one found; archive hides it from active', async () => {
    const t = await makeTestCore();
    try {
      const tokens = await setUpCentre(t);
      const d = await t.call('donors.create', { donor: person('فرهاد', 'مظفری', { mobile: '09131112222', tags: ['نذری'] }) }, tokens.admin);
      const search = async (query: string, status: 'active' | 'archived' | 'all' = 'active') =>
        (await t.call('donors.search', { query, status }, tokens.admin)).items.map((i) => i.id);
      expect(await search('مظفری')).toEqual([d.id]);

      await t.call('donors.update', { id: d.id, donor: person('فرهاد', 'اسفندیاریان', { mobile: '09137778888', tags: ['سالانه'] }) }, tokens.admin);
      expect(await search('مظفری', 'all')).toEqual([]);
      expect(await search('09131112222', 'all')).toEqual([]);
      expect(await search('نذری', 'all')).toEqual([]);
      expect(await search('اسفندیاریان')).toEqual([d.id]);
      expect(await search('09137778888')).toEqual([d.id]);
      expect(await search('سالانه')).toEqual([d.id]);
      expect(await search('مظ', 'all')).toEqual([]); // the LIKE path reads the same column

      await t.call('donors.archive', { id: d.id }, tokens.admin);
      expect(await search('اسفندیاریان')).toEqual([]);
      expect(await search('اسفندیاریان', 'archived')).toEqual([d.id]);
      await t.call('donors.restore', { id: d.id }, tokens.admin);
      expect(await search('اسفندیاریان')).toEqual([d.id]);

      // the index agrees with its content table
      const db = t.core.db();
      db.prepare("INSERT INTO donors_fts(donors_fts, rank) VALUES ('integrity-check', 1)").run();
    } finally {
      t.close();
    }
  });
});

describe('Persian alphabetical order', () => {
  test('persons by last then first name, organisations by name, in the order of the Persian alphabet', async () => {
    const t = await makeTestCore();
    try {
      const tokens = await setUpCentre(t);
      // Created in a scrambled order; the expected order below is checked by hand against
      // ا ب پ ت ث ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی
      const names: [string, string][] = [
        ['مهدی', 'یزدانی'],
        ['رضا', 'گودرزی'],
        ['سعید', 'پاکزاد'],
        ['علی', 'کریمی'],
        ['حسن', 'کریمی'],
        ['لیلا', 'ژیان'],
        ['جواد', 'بهرامی'],
        ['مریم', 'چگینی'],
        ['نرگس', 'زنجانی'],
        ['احمد', 'آقایی'],
        ['پروین', 'حسینی'],
        ['کاظم', 'ثابتی'],
        ['ناصر', 'تهرانی'],
      ];
      for (const [first, last] of names) await t.call('donors.create', { donor: person(first, last, { tags: ['ترتیب'] }) }, tokens.admin);
      await t.call('donors.create', { donor: { kind: 'organisation', orgName: 'فروشگاه امید', tags: ['ترتیب'] } }, tokens.admin);

      const expected = [
        'احمد آقایی', // آ counts as ا
        'جواد بهرامی', // ب
        'سعید پاکزاد', // پ after ب
        'ناصر تهرانی', // ت
        'کاظم ثابتی', // ث
        'مریم چگینی', // چ after ج, before ح
        'پروین حسینی', // ح
        'نرگس زنجانی', // ز
        'لیلا ژیان', // ژ after ز
        'فروشگاه امید', // ف (an organisation, by its name)
        'حسن کریمی', // ک; same last name → first name: ح before ع
        'علی کریمی',
        'رضا گودرزی', // گ after ک
        'مهدی یزدانی', // ی last
      ];
      const asc = await t.call('donors.search', { tag: 'ترتیب', sort: 'name', direction: 'asc' }, tokens.admin);
      expect(asc.items.map((i) => i.displayName)).toEqual(expected);
      const desc = await t.call('donors.search', { tag: 'ترتیب', sort: 'name', direction: 'desc' }, tokens.admin);
      expect(desc.items.map((i) => i.displayName)).toEqual([...expected].reverse());
      // the two pairs the brief names, explicitly
      const order = asc.items.map((i) => i.displayName);
      expect(order.indexOf('رضا گودرزی')).toBeLessThan(order.indexOf('مهدی یزدانی'));
      expect(order.indexOf('سعید پاکزاد')).toBeGreaterThan(order.indexOf('جواد بهرامی'));
    } finally {
      t.close();
    }
  });
});

describe('paging over a sample centre', () => {
  let t: TestCore;
  let tokens: Record<Role, string>;
  beforeAll(async () => {
    t = await makeTestCore();
    tokens = await setUpCentre(t, { sampleData: true });
  });
  afterAll(() => t.close());

  test('pages of any size add up to the same list, with a steady total', async () => {
    const whole = await allDonors(t, tokens.admin, { status: 'active' });
    expect(whole).toHaveLength(300);
    for (const limit of [1, 7, 50, 64]) {
      const seen: string[] = [];
      for (let offset = 0; offset < 300 + limit; offset += limit) {
        if (limit === 1 && offset % 13 !== 0) continue; // spot checks for single rows
        const page = await t.call('donors.search', { limit, offset }, tokens.admin);
        expect(page.total).toBe(300);
        expect(page.items.length).toBe(Math.max(0, Math.min(limit, 300 - offset)));
        page.items.forEach((item, i) => expect(item.id).toBe(whole[offset + i]!.id));
        seen.push(...page.items.map((i) => i.id));
      }
      if (limit > 1) expect(new Set(seen).size).toBe(300);
    }
  });

  test('filtered totals agree with filtering the whole list', async () => {
    const whole = await allDonors(t, tokens.admin, { status: 'active' });
    const cities = new Map<string, number>();
    for (const d of whole) if (d.city) cities.set(d.city, (cities.get(d.city) ?? 0) + 1);
    expect(cities.size).toBeGreaterThan(1);
    for (const [city, n] of cities) {
      const page = await t.call('donors.search', { city, limit: 10 }, tokens.admin);
      expect(page.total, city).toBe(n);
      expect(page.items.every((i) => i.city === city)).toBe(true);
    }
    const orgs = whole.filter((d) => d.kind === 'organisation').length;
    expect((await t.call('donors.search', { kind: 'organisation', limit: 1 }, tokens.admin)).total).toBe(orgs);

    const tags = new Map<string, number>();
    for (const d of whole) for (const tag of d.tags) tags.set(tag, (tags.get(tag) ?? 0) + 1);
    for (const [tag, n] of tags) expect((await t.call('donors.search', { tag, limit: 1 }, tokens.admin)).total, tag).toBe(n);

    // a name query: every hit contains the word, and every donor whose name contains it is a hit
    const target = whole.find((d) => d.kind === 'person')!.displayName.split(' ').at(-1)!;
    const hits = await allDonors(t, tokens.admin, { status: 'active', query: target });
    const expectedHits = whole.filter((d) => d.displayName.replaceAll('\u200c', '').includes(target.replaceAll('\u200c', '')));
    expect(hits.map((h) => h.id).sort()).toEqual(expectedHits.map((h) => h.id).sort());
  });

  test('archiving moves donors between the active and archived totals', async () => {
    const page = await t.call('donors.search', { limit: 3, offset: 100 }, tokens.admin);
    for (const d of page.items) await t.call('donors.archive', { id: d.id }, tokens.admin);
    expect((await t.call('donors.search', { limit: 1 }, tokens.admin)).total).toBe(297);
    expect((await t.call('donors.search', { status: 'archived', limit: 1 }, tokens.admin)).total).toBe(3);
    expect((await t.call('donors.search', { status: 'all', limit: 1 }, tokens.admin)).total).toBe(300);
    for (const d of page.items) await t.call('donors.restore', { id: d.id }, tokens.admin);
  });
});

describe('query plans', () => {
  test('a 3+ letter query goes through donors_fts; a mobile duplicate look-up uses donors_mobile', async () => {
    const t = await makeTestCore();
    try {
      const tokens = await setUpCentre(t, { sampleData: true });
      await t.call('donors.create', { donor: person('علی', 'کریمی', { mobile: '09121234567', nationalId: nextNationalId() }) }, tokens.admin);
      const db = t.core.db();
      db.exec('ANALYZE');
      const plan = (sql: string, params: unknown[]) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

      // the service's own WHERE clause for a search
      const { where, params } = buildDonorFilter(donorSearchInput.parse({ query: 'کریمی' }));
      const search = plan(`SELECT d.id FROM donors d ${where} ORDER BY d.sort_key, d.id LIMIT 50`, params);
      expect(search).toMatch(/VIRTUAL TABLE INDEX \d+:.*/);
      expect(search).toContain('donors_fts');

      // a short query does not touch the FTS table
      const short = buildDonorFilter(donorSearchInput.parse({ query: 'کر' }));
      expect(plan(`SELECT d.id FROM donors d ${short.where}`, short.params)).not.toContain('donors_fts');
      // … it goes to the word index: no scan of every donor
      expect(plan(`SELECT d.id FROM donors d ${short.where}`, short.params)).toContain('donors_words');

      // the duplicate look-up of electron/services/donors/repository.ts (findDuplicates)
      const dup = plan('SELECT id, display_name, archived_at FROM donors WHERE mobile = ? AND id != ? LIMIT 10', ['09121234567', '']);
      expect(dup).toMatch(/USING INDEX donors_mobile \(mobile=\?\)/);
      const dupId = plan('SELECT id, display_name, archived_at FROM donors WHERE national_id = ? AND id != ? LIMIT 10', ['0499370899', '']);
      expect(dupId).toMatch(/USING INDEX donors_national_id \(national_id=\?\)/);
    } finally {
      t.close();
    }
  });
});
