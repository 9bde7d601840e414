// Under the pledge form: the promise in one sentence, as the schedule will hold it
// ("From Azar 1405, 500,000 tomans a month for 12 months: 6,000,000 tomans in all").
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { readAmount, readCount } from './amounts.ts';
import type { PledgeFormValues } from './pledgeFormValues.ts';
import { useTreasuryText } from './useTreasuryText.ts';

export function PledgeSummary({ values: v }: { values: PledgeFormValues }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const tx = useTreasuryText();
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const amount = readAmount(v.amount, unit).rials;
  if (!amount || !v.startDate) return null;
  const month = tx.monthOf(v.startDate);
  let text: string | null = null;
  if (v.kind === 'oneOff') text = t('summary.oneOff', { amount: f.money(amount), date: f.date(v.startDate) });
  if (v.kind === 'monthly') {
    const n = readCount(v.months);
    if (v.openEnded) text = t('summary.monthlyOpen', { amount: f.money(amount), month });
    else if (n && n > 0) text = t('summary.monthly', { amount: f.money(amount), month, n: f.number(n), total: f.money(amount * n) });
  }
  if (v.kind === 'installments') {
    const n = readCount(v.installments);
    if (n && n >= 2) text = t('summary.installments', { amount: f.money(amount), month, n: f.number(n), each: f.money(Math.floor(amount / n)) });
  }
  if (!text) return null;
  return (
    <Text size="sm" c="teal.8" data-testid="pledge-summary">
      {text}
    </Text>
  );
}
