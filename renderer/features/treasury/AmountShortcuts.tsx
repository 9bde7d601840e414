// Under the amount, when a pledge is chosen: one click fills what is overdue or the next
// instalment, in the centre's unit.
import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import type { Pledge } from '../../../shared/contract/pledges.ts';
import { formatMoney } from '../../../shared/domain/money.ts';

export function AmountShortcuts({ pledge, onPick }: { pledge: Pledge; onPick(text: string): void }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const { overdue, nextDue } = pledge.figures;
  const choices: { key: string; label: string; rials: number }[] = [];
  if (overdue > 0) choices.push({ key: 'overdue', label: t('payment.fillOverdue', { amount: f.money(overdue) }), rials: overdue });
  if (nextDue && nextDue.amount !== overdue) choices.push({ key: 'next', label: t('payment.fillNext', { amount: f.money(nextDue.amount), date: f.date(nextDue.date) }), rials: nextDue.amount });
  if (choices.length === 0) return null;
  return (
    <Group gap="sm">
      <Text size="xs" c="dimmed">
        {t('payment.fill')}
      </Text>
      {choices.map((c) => (
        <Anchor key={c.key} component="button" type="button" size="xs" onClick={() => onPick(formatMoney(c.rials, { unit, withUnit: false, digits: f.lang === 'fa' ? 'fa' : 'latin' }))} data-testid={`payment-fill-${c.key}`}>
          {c.label}
        </Anchor>
      ))}
    </Group>
  );
}
