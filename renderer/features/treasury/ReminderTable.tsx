// Who to call: each due or overdue instalment with the donor's mobile as a tel: link (Persian
// digits on screen), what is due and since when; overdue rows stand out.
import { ActionIcon, Anchor, Badge, Table, Text, Tooltip } from '@mantine/core';
import { IconCash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { Reminder } from '../../../shared/contract/treasury.ts';

function Phone({ number, testId }: { number: string | null; testId?: string }) {
  const f = useFormat();
  if (!number) return <Text size="sm" c="dimmed">—</Text>;
  return (
    <Anchor href={`tel:${number.replace(/[^\d+]/g, '')}`} size="sm" className="ltr-value" data-testid={testId}>
      {f.digits(number)}
    </Anchor>
  );
}

export function ReminderTable({ items }: { items: Reminder[] }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.donor')}</Table.Th>
            <Table.Th>{t('columns.mobile')}</Table.Th>
            <Table.Th>{t('columns.phone')}</Table.Th>
            <Table.Th>{t('columns.dueDate')}</Table.Th>
            <Table.Th>{t('columns.amountDue')}</Table.Th>
            <Table.Th>{t('columns.state')}</Table.Th>
            <Table.Th aria-label={t('columns.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={`${r.pledgeId}-${r.dueDate}`} data-testid="reminder-row" data-overdue={r.overdue || undefined} bg={r.overdue ? 'var(--mantine-color-red-light)' : undefined}>
              <Table.Td>
                <Anchor component={Link} to={`/pledges/${r.pledgeId}`} size="sm" fw={500} dir="auto">
                  {r.donorName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Phone number={r.mobile} testId="reminder-mobile" />
              </Table.Td>
              <Table.Td>
                <Phone number={r.phone} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {r.oldestDueDate !== r.dueDate ? t('reminders.dueRange', { from: f.date(r.oldestDueDate), to: f.date(r.dueDate) }) : f.date(r.dueDate)}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} fw={600} c={r.overdue ? 'red.8' : undefined}>
                {f.money(r.amount)}
              </Table.Td>
              <Table.Td>
                {r.overdue ? (
                  <Badge size="sm" miw="max-content" color="red" variant="filled" data-testid="reminder-overdue">
                    {t('figures.daysOverdue', { count: r.daysOverdue, n: f.number(r.daysOverdue) })}
                  </Badge>
                ) : (
                  <Badge size="sm" miw="max-content" color="orange" variant="light">
                    {t('reminders.dueSoon')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Tooltip label={t('actions.recordPayment')}>
                  <ActionIcon component={Link} to={`/payments/new?donorId=${r.donorId}&pledgeId=${r.pledgeId}`} variant="subtle" aria-label={t('actions.recordPayment')} data-testid="reminder-pay">
                    <IconCash size={18} />
                  </ActionIcon>
                </Tooltip>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
