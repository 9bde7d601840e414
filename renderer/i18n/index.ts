// i18next with Persian first and English second. Each feature keeps its strings in
// locales/<lang>/<feature>.json (one namespace per file); error messages come from the same
// catalogue the main process uses (shared/i18n/errors.*.json, namespace "errors").
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { errorCatalogues, type Lang } from '../../shared/i18n/translate.ts';

const files = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', { eager: true, import: 'default' });

function resources(): Record<Lang, Record<string, Record<string, unknown>>> {
  const out: Record<Lang, Record<string, Record<string, unknown>>> = {
    fa: { errors: errorCatalogues.fa },
    en: { errors: errorCatalogues.en },
  };
  for (const [path, data] of Object.entries(files)) {
    const m = /locales\/(fa|en)\/([\w-]+)\.json$/.exec(path);
    if (m) out[m[1] as Lang][m[2]!] = data;
  }
  return out;
}

const LANG_KEY = 'hamyar.lang';

export function storedLanguage(): Lang {
  return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'fa';
}

export function directionOf(lang: Lang): 'rtl' | 'ltr' {
  return lang === 'fa' ? 'rtl' : 'ltr';
}

export async function initI18n(): Promise<typeof i18n> {
  const lng = storedLanguage();
  await i18n.use(initReactI18next).init({
    resources: resources(),
    lng,
    fallbackLng: 'fa',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(lng);
  return i18n;
}

export function applyDocumentLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = directionOf(lang);
}

/** Switches the whole UI: strings, layout direction, digits; remembered on this machine. */
export async function setLanguage(lang: Lang): Promise<void> {
  localStorage.setItem(LANG_KEY, lang);
  await i18n.changeLanguage(lang);
  applyDocumentLanguage(lang);
}

export { i18n };
export type { Lang };
