// A Jalali period for the agency report: month, quarter or year, then the year and (for a month
// or quarter) which one. Years run from this year back ten; the contract refuses anything else
// outside 1300–1500 anyway.
import { Group, SegmentedControl, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { AgencyPeriod } from '../../../shared/domain/agencyReport.ts';
import { currentPeriod, monthName, switchKind, type PeriodKind } from './period.ts';

const KINDS: PeriodKind[] = ['month', 'quarter', 'year'];

export function PeriodPicker({ value, onChange, testId }: { value: AgencyPeriod; onChange(p: AgencyPeriod): void; testId: string }) {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  const thisYear = currentPeriod('year').jy;
  const years = Array.from({ length: 11 }, (_, i) => thisYear - i).map((y) => ({ value: String(y), label: f.digits(y) }));

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid={testId}>
      <SegmentedControl
        aria-label={t('period.kindLabel')}
        data={KINDS.map((k) => ({ value: k, label: t(`period.kind.${k}`) }))}
        value={value.kind}
        onChange={(k) => onChange(switchKind(value, k as PeriodKind))}
        data-testid={`${testId}-kind`}
      />
      <Select
        label={t('period.year')}
        w={110}
        data={years}
        value={String(value.jy)}
        allowDeselect={false}
        onChange={(y) => y && onChange({ ...value, jy: Number(y) })}
        data-testid={`${testId}-year`}
      />
      {value.kind === 'month' && (
        <Select
          label={t('period.month')}
          w={140}
          data={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: monthName(i + 1, f.lang) }))}
          value={String(value.jm)}
          allowDeselect={false}
          onChange={(m) => m && onChange({ ...value, jm: Number(m) })}
          data-testid={`${testId}-month`}
        />
      )}
      {value.kind === 'quarter' && (
        <Select
          label={t('period.quarterLabel')}
          w={240}
          data={([1, 2, 3, 4] as const).map((q) => ({ value: String(q), label: t('period.quarterRange', { quarter: t(`period.quarter.${q}`), from: monthName(q * 3 - 2, f.lang), to: monthName(q * 3, f.lang) }) }))}
          value={String(value.quarter)}
          allowDeselect={false}
          onChange={(q) => q && onChange({ ...value, quarter: Number(q) as 1 | 2 | 3 | 4 })}
          data-testid={`${testId}-quarter`}
        />
      )}
    </Group>
  );
}
