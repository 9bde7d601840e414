// The payments list's filters: a Jalali date range, the method, and whether voided payments show.
import { Checkbox, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { paymentMethod, type PaymentMethod } from '../../../shared/contract/payments.ts';
import type { PaymentListState } from './listParams.ts';

interface Props {
  state: PaymentListState;
  update(patch: Partial<PaymentListState>): void;
}

export function PaymentFilters({ state, update }: Props) {
  const { t } = useTranslation('treasury');
  const badOrder = !!state.from && !!state.to && state.from > state.to;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <JalaliDateInput data-testid="payment-filter-from" label={t('filters.from')} value={state.from} onChange={(from) => update({ from })} />
      <JalaliDateInput
        data-testid="payment-filter-to"
        label={t('filters.to')}
        value={state.to}
        onChange={(to) => update({ to })}
        error={badOrder ? t('errors:v.period.order') : undefined}
      />
      <Select
        data-testid="payment-filter-method"
        label={t('fields.method')}
        placeholder={t('filters.allMethods')}
        clearable
        w={180}
        data={paymentMethod.options.map((m) => ({ value: m, label: t(`method.${m}`) }))}
        value={state.method}
        onChange={(v) => update({ method: (v as PaymentMethod | null) ?? null })}
      />
      <Checkbox
        data-testid="payment-filter-voided"
        label={t('filters.includeVoided')}
        checked={state.voided}
        onChange={(e) => update({ voided: e.currentTarget.checked })}
        mb={8}
      />
    </Group>
  );
}
