// A pledge's schedule: each instalment's due date, amount, what payments cover of it (oldest
// first), and its state; overdue instalments stand out.
import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { ScheduleRow } from '../../../shared/contract/pledges.ts';
import { useTreasuryText } from './useTreasuryText.ts';

const COLORS: Record<ScheduleRow['state'], string> = { paid: 'teal', partial: 'yellow', overdue: 'red', due: 'orange', upcoming: 'gray' };

export function ScheduleTable({ rows }: { rows: ScheduleRow[] }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const tx = useTreasuryText();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing={6} data-testid="pledge-schedule">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.seq')}</Table.Th>
            <Table.Th>{t('columns.dueDate')}</Table.Th>
            <Table.Th>{t('columns.amount')}</Table.Th>
            <Table.Th>{t('columns.paid')}</Table.Th>
            <Table.Th>{t('columns.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.seq} data-testid="schedule-row" data-state={r.state} bg={r.state === 'overdue' ? 'var(--mantine-color-red-light)' : undefined}>
              <Table.Td>{f.number(r.seq)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {f.date(r.dueDate)}{' '}
                <Text span c="dimmed" fz="xs">
                  ({tx.monthOf(r.dueDate)})
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.money(r.amount)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.paid > 0 ? f.money(r.paid) : '—'}</Table.Td>
              <Table.Td>
                <Badge size="sm" miw="max-content" variant={r.state === 'overdue' ? 'filled' : 'light'} color={COLORS[r.state]}>
                  {t(`schedule.${r.state}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
