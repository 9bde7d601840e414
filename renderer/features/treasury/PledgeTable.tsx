// Pledges as a table; a row opens the pledge (click, or Enter when focused).
import { Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { Pledge } from '../../../shared/contract/pledges.ts';
import { PledgeStatusBadge } from './PledgeStatusBadge.tsx';
import { useTreasuryText } from './useTreasuryText.ts';

export function PledgeTable({ items, showDonor = true, dimmed = false }: { items: Pledge[]; showDonor?: boolean; dimmed?: boolean }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const tx = useTreasuryText();
  const navigate = useNavigate();
  const open = (id: string) => void navigate(`/pledges/${id}`);

  return (
    <Table.ScrollContainer minWidth={showDonor ? 960 : 800}>
      <Table verticalSpacing="xs" highlightOnHover style={{ opacity: dimmed ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            {showDonor && <Table.Th>{t('columns.donor')}</Table.Th>}
            <Table.Th>{t('columns.purpose')}</Table.Th>
            <Table.Th>{t('columns.terms')}</Table.Th>
            <Table.Th>{t('columns.start')}</Table.Th>
            <Table.Th>{t('columns.paid')}</Table.Th>
            <Table.Th>{t('columns.overdue')}</Table.Th>
            <Table.Th>{t('columns.nextDue')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr
              key={p.id}
              data-testid="pledge-row"
              data-status={p.figures.status}
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => open(p.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') open(p.id);
              }}
            >
              {showDonor && (
                <Table.Td>
                  <Text size="sm" fw={500}>
                    <bdi>{p.donorName}</bdi>
                  </Text>
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">
                  <bdi>{tx.purpose(p.projectName)}</bdi>
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{tx.terms(p)}</Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(p.startDate)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.money(p.figures.paid)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }} c={p.figures.overdue > 0 ? 'red.7' : 'dimmed'} fw={p.figures.overdue > 0 ? 600 : undefined}>
                {p.figures.overdue > 0 ? f.money(p.figures.overdue) : '—'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {p.figures.nextDue ? (
                  <>
                    <Text size="sm">{f.date(p.figures.nextDue.date)}</Text>
                    <Text size="xs" c="dimmed">
                      {f.money(p.figures.nextDue.amount)}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <PledgeStatusBadge status={p.figures.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
