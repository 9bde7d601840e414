// The agency report's periods (a Jalali month, quarter or year): the current one to start
// from, and a period in words for titles and notes.
import type { TFunction } from 'i18next';
import type { AgencyPeriod } from '../../../shared/domain/agencyReport.ts';
import { isoToJalali, todayIso, JALALI_MONTHS_EN, JALALI_MONTHS_FA } from '../../../shared/domain/jalali.ts';

export type PeriodKind = AgencyPeriod['kind'];

/** This month, quarter or year (Tehran's calendar day). */
export function currentPeriod(kind: PeriodKind = 'month'): AgencyPeriod {
  const { jy, jm } = isoToJalali(todayIso());
  if (kind === 'month') return { kind, jy, jm };
  if (kind === 'quarter') return { kind, jy, quarter: Math.ceil(jm / 3) as 1 | 2 | 3 | 4 };
  return { kind, jy };
}

/** Another kind keeps the year and, as near as it can, the month the user was looking at. */
export function switchKind(p: AgencyPeriod, kind: PeriodKind): AgencyPeriod {
  const jm = p.kind === 'month' ? p.jm : p.kind === 'quarter' ? (p.quarter - 1) * 3 + 1 : 1;
  if (kind === 'month') return { kind, jy: p.jy, jm };
  if (kind === 'quarter') return { kind, jy: p.jy, quarter: Math.ceil(jm / 3) as 1 | 2 | 3 | 4 };
  return { kind, jy: p.jy };
}

export function monthName(jm: number, lang: string): string {
  return (lang === 'en' ? JALALI_MONTHS_EN : JALALI_MONTHS_FA)[jm - 1] ?? '';
}

/** The period as people say it: the Jalali month and year, the quarter, or the year (t is the exchange namespace's). */
export function periodLabel(p: AgencyPeriod, t: TFunction, lang: string, digits: (s: string | number) => string): string {
  const year = digits(p.jy);
  if (p.kind === 'month') return t('period.label.month', { month: monthName(p.jm, lang), year });
  if (p.kind === 'quarter') return t('period.label.quarter', { quarter: t(`period.quarter.${p.quarter}`), year });
  return t('period.label.year', { year });
}
