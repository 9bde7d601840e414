// The donor's open pledges (active or overdue), to pay one of them; empty means a payment
// without a pledge. Each option says what the pledge is for and what is due on it.
import { useEffect, useRef } from 'react';
import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { Pledge } from '../../../shared/contract/pledges.ts';
import { usePledges } from './queries.ts';
import { useTreasuryText } from './useTreasuryText.ts';

export interface PledgePickerProps {
  donorId: string | null;
  value: string | null;
  onChange(pledge: Pledge | null): void;
  label: string;
  error?: string | undefined;
  disabled?: boolean;
  'data-testid'?: string;
}

export function PledgePicker(props: PledgePickerProps) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const tx = useTreasuryText();
  const query = usePledges({ donorId: props.donorId ?? undefined, limit: 200 }, !!props.donorId);
  const all = props.donorId ? (query.data?.items ?? []) : [];
  const open = all.filter((p) => p.donorId === props.donorId && (p.figures.status === 'active' || p.figures.status === 'overdue' || p.id === props.value));

  // A pledge chosen by a link arrives before its list: report it once, when the list brings it.
  const chosen = open.find((p) => p.id === props.value) ?? null;
  const reported = useRef<string | null>(null);
  const onChange = props.onChange;
  useEffect(() => {
    if (chosen && reported.current !== chosen.id) {
      reported.current = chosen.id;
      onChange(chosen);
    }
  }, [chosen, onChange]);

  const due = (p: Pledge) =>
    p.figures.overdue > 0
      ? t('picker.pledgeOverdue', { amount: f.money(p.figures.overdue) })
      : p.figures.nextDue
        ? t('picker.pledgeNext', { amount: f.money(p.figures.nextDue.amount), date: f.date(p.figures.nextDue.date) })
        : '';

  return (
    <Select
      data-testid={props['data-testid']}
      label={props.label}
      placeholder={props.donorId ? (open.length > 0 ? t('picker.pledgeNone') : t('picker.pledgeNoneOpen')) : t('picker.pledgeNeedsDonor')}
      error={props.error}
      disabled={props.disabled || !props.donorId || (query.isSuccess && open.length === 0)}
      clearable
      data={open.map((p) => ({ value: p.id, label: `${tx.purpose(p.projectName)} · ${tx.terms(p)}` }))}
      renderOption={({ option }) => {
        const p = open.find((x) => x.id === option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {p && (
              <Text size="xs" c={p.figures.overdue > 0 ? 'red.7' : 'dimmed'}>
                {due(p)}
              </Text>
            )}
          </Stack>
        );
      }}
      value={props.value}
      onChange={(v) => {
        const p = open.find((x) => x.id === v) ?? null;
        reported.current = p?.id ?? null;
        props.onChange(p);
      }}
      comboboxProps={{ width: 'target' }}
    />
  );
}
