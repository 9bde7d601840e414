// A Jalali period (from, to) for a report; says when the end comes before the start.
import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { fiscalYearOf, fiscalYearRange, todayIso } from '../../../shared/domain/jalali.ts';

export interface Period {
  from: string | null;
  to: string | null;
}

/** From the first of Farvardin (the fiscal year's start) to today. */
export function thisFiscalYear(): Period {
  const today = todayIso();
  return { from: fiscalYearRange(fiscalYearOf(today)).start, to: today };
}

export function periodReady(p: Period): p is { from: string; to: string } {
  return !!p.from && !!p.to && p.from <= p.to;
}

export function PeriodInputs({ value, onChange, testId }: { value: Period; onChange(p: Period): void; testId: string }) {
  const { t } = useTranslation('treasury');
  const badOrder = !!value.from && !!value.to && value.from > value.to;
  return (
    <SimpleGrid cols={2} spacing="sm">
      <JalaliDateInput data-testid={`${testId}-from`} label={t('filters.from')} value={value.from} onChange={(from) => onChange({ ...value, from })} />
      <JalaliDateInput data-testid={`${testId}-to`} label={t('filters.to')} value={value.to} onChange={(to) => onChange({ ...value, to })} error={badOrder ? t('errors:v.period.order') : undefined} />
    </SimpleGrid>
  );
}
