// Display helpers bound to the current language and the centre's money unit: Persian digits
// and Jalali dates in Persian, Latin digits in English.
import { useTranslation } from 'react-i18next';
import { formatMoney, type MoneyUnit } from '../../shared/domain/money.ts';
import { formatJalali, todayIso } from '../../shared/domain/jalali.ts';
import { toPersianDigits } from '../../shared/domain/digits.ts';
import { useSession } from '../app/session.tsx';

// Intl formatters are costly to build; one of each serves every row of every table.
const NUMBER_FORMATS = { fa: new Intl.NumberFormat('fa-IR'), en: new Intl.NumberFormat('en-US') };
const TEHRAN_DATE_TIME = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

export function useFormat() {
  const { i18n } = useTranslation();
  const session = useSession();
  const lang = i18n.language === 'en' ? 'en' : 'fa';
  const unit = session.settings?.moneyUnit ?? 'rial';
  const digits = (s: string | number | null | undefined): string => {
    if (s === null || s === undefined) return '';
    return lang === 'fa' ? toPersianDigits(String(s)) : String(s);
  };
  return {
    lang,
    digits,
    /** an integer with thousands separators, in the language's digits */
    number: (n: number) => NUMBER_FORMATS[lang].format(n),
    money: (rials: number) => formatMoney(rials, { unit, lang, digits: lang === 'fa' ? 'fa' : 'latin' }),
    /** rials shown in a given unit, whatever the centre chose (e.g. a preview of both) */
    moneyIn: (rials: number, inUnit: MoneyUnit) => formatMoney(rials, { unit: inUnit, lang, digits: lang === 'fa' ? 'fa' : 'latin' }),
    /** ISO date (or timestamp) → Jalali 1405/09/03 in the language's digits */
    date: (iso: string | null | undefined) => {
      if (!iso) return '';
      // A timestamp is shown as the centre's (Tehran's) calendar day, not UTC's.
      const day = iso.length > 10 ? todayIso(new Date(iso)) : iso;
      return formatJalali(day, { digits: lang === 'fa' ? 'fa' : 'latin' });
    },
    /** ISO timestamp → Jalali date and local time (Tehran) */
    dateTime: (iso: string | null | undefined) => {
      if (!iso) return '';
      const d = new Date(iso);
      const local = TEHRAN_DATE_TIME.formatToParts(d);
      const part = (t: string) => local.find((p) => p.type === t)?.value ?? '';
      const day = `${part('year')}-${part('month')}-${part('day')}`;
      return `${formatJalali(day, { digits: lang === 'fa' ? 'fa' : 'latin' })} ${digits(`${part('hour')}:${part('minute')}`)}`;
    },
  };
}
