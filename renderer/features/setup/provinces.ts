// Iran's 31 provinces by an ASCII code. Their names live in the locale files
// (setup:provinces.<code>); the server always receives and stores the Persian name, which its
// sample data uses to pick the province's cities.
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n/index.ts';
import { normalizePersianText } from '../../../shared/domain/normalize.ts';

export const PROVINCE_CODES = [
  'azarbaijanSharqi', 'azarbaijanGharbi', 'ardabil', 'isfahan', 'alborz', 'ilam', 'bushehr', 'tehran',
  'chaharmahal', 'khorasanJonubi', 'khorasanRazavi', 'khorasanShomali', 'khuzestan', 'zanjan', 'semnan',
  'sistanBaluchestan', 'fars', 'qazvin', 'qom', 'kurdistan', 'kerman', 'kermanshah', 'kohgiluyeh',
  'golestan', 'gilan', 'lorestan', 'mazandaran', 'markazi', 'hormozgan', 'hamadan', 'yazd',
] as const;
export type ProvinceCode = (typeof PROVINCE_CODES)[number];

export function isProvinceCode(s: string): s is ProvinceCode {
  return (PROVINCE_CODES as readonly string[]).includes(s);
}

/** The Persian name the server stores, whatever the UI language. */
export function provinceFaName(code: ProvinceCode): string {
  return i18n.getFixedT('fa', 'setup')(`provinces.${code}`);
}

/** A stored province name back to its code (null for a name not in the list). */
export function provinceCodeOf(name: string | null | undefined): ProvinceCode | null {
  if (!name) return null;
  const wanted = normalizePersianText(name);
  return PROVINCE_CODES.find((c) => normalizePersianText(provinceFaName(c)) === wanted) ?? null;
}

/** What the server should store for a Select value: a code becomes its Persian name; anything
 *  else (an old free-text province) is kept as it is. */
export function provinceToServer(value: string): string {
  return isProvinceCode(value) ? provinceFaName(value) : value;
}

/** Options for a Select, in the current language's alphabetical order. */
export function useProvinceOptions(extra?: string | null): { value: string; label: string }[] {
  const { t, i18n: inst } = useTranslation('setup');
  const lang = inst.language === 'en' ? 'en' : 'fa';
  const options: { value: string; label: string }[] = PROVINCE_CODES.map((c) => ({ value: c, label: t(`provinces.${c}`) }));
  if (extra && !isProvinceCode(extra)) options.push({ value: extra, label: extra });
  return options.sort((a, b) => a.label.localeCompare(b.label, lang));
}

/** A stored province name shown in the current language. */
export function useProvinceLabel(): (stored: string | null | undefined) => string {
  const { t } = useTranslation('setup');
  return (stored) => {
    const code = provinceCodeOf(stored);
    return code ? t(`provinces.${code}`) : (stored ?? '');
  };
}
