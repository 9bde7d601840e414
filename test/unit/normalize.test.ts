import { describe, expect, it } from 'vitest';
import { compactForSearch, normalizeForSearch, normalizePersianText } from '../../shared/domain/normalize.ts';

const ZWNJ = '\u200C';

describe('normalizeForSearch', () => {
  it('folds Arabic yeh and kaf into Persian', () => {
    expect(normalizeForSearch('علي')).toBe(normalizeForSearch('علی'));
    expect(normalizeForSearch('علي')).toBe('علی');
    expect(normalizeForSearch('كريمي')).toBe('کریمی');
    expect(normalizeForSearch('موسى')).toBe('موسی');
  });
  it('folds hamza carriers, آ, ة and ۀ', () => {
    expect(normalizeForSearch('آرش')).toBe('ارش');
    expect(normalizeForSearch('أحمد إمام ٱلله')).toBe('احمد امام الله');
    expect(normalizeForSearch('مؤمن')).toBe('مومن');
    expect(normalizeForSearch('رئیس')).toBe('رییس');
    expect(normalizeForSearch('فاطمة')).toBe('فاطمه');
    expect(normalizeForSearch('خانۀ')).toBe('خانه');
  });
  it('removes diacritics, tatweel and invisible marks', () => {
    expect(normalizeForSearch('مُحَمَّد')).toBe('محمد');
    expect(normalizeForSearch('محـــمد')).toBe('محمد');
    expect(normalizeForSearch('\u200Fرضا\u200E\u202B\uFEFF')).toBe('رضا');
    expect(normalizeForSearch(`کریمی${ZWNJ}زاده`)).toBe('کریمیزاده');
  });
  it('converts digits, lowercases Latin, turns punctuation into spaces', () => {
    expect(normalizeForSearch('۰۹۱۲')).toBe('0912');
    expect(normalizeForSearch('٠٩١٢')).toBe('0912');
    expect(normalizeForSearch('Ali-Reza/KARIMI.')).toBe('ali reza karimi');
    expect(normalizeForSearch(' (رضا) ,  علی، ')).toBe('رضا علی');
  });
  it('is idempotent', () => {
    const s = normalizeForSearch(' مُحَمَّد  كريمي‌زاده (۰۹۱۲) ');
    expect(normalizeForSearch(s)).toBe(s);
  });
});

describe('compactForSearch', () => {
  it('makes space, ZWNJ and no separator meet', () => {
    const forms = ['عبدالله زاده', `عبدالله${ZWNJ}زاده`, 'عبداللهزاده', 'عبدالله  زاده', 'عبدالله-زاده'];
    for (const f of forms) expect(compactForSearch(f)).toBe('عبداللهزاده');
  });
});

describe('normalizePersianText', () => {
  it('fixes Arabic letters but keeps ZWNJ, آ and digits', () => {
    expect(normalizePersianText('علي كريمي')).toBe('علی کریمی');
    expect(normalizePersianText(`آرش کریمی${ZWNJ}زاده`)).toBe(`آرش کریمی${ZWNJ}زاده`);
    expect(normalizePersianText('پلاک ۱۲ و 13')).toBe('پلاک ۱۲ و 13');
  });
  it('trims and collapses whitespace', () => {
    expect(normalizePersianText('  علی \t  رضایی  ')).toBe('علی رضایی');
  });
  it('drops stray ZWNJs next to spaces or at the ends, collapses doubled ones', () => {
    expect(normalizePersianText(`${ZWNJ}علی ${ZWNJ}رضایی${ZWNJ}`)).toBe('علی رضایی');
    expect(normalizePersianText(`می${ZWNJ}${ZWNJ}روم`)).toBe(`می${ZWNJ}روم`);
  });
});
