// The overdue pledges, most behind first as the server orders them: who, for what, how much and
// for how many days; a row opens the pledge.
import { Anchor, Group, Paper, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { usePledges } from './queries.ts';
import { useTreasuryText } from './useTreasuryText.ts';

const SHOWN = 8;

export function OverdueList() {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const tx = useTreasuryText();
  const navigate = useNavigate();
  const query = usePledges({ status: 'overdue', limit: SHOWN });
  const items = [...(query.data?.items ?? [])].sort((a, b) => b.figures.daysOverdue - a.figures.daysOverdue);

  return (
    <Paper withBorder p="md" radius="md" data-testid="dash-overdue-list">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('dashboard.overdueList')}</Title>
        {(query.data?.total ?? 0) > SHOWN && (
          <Anchor component={Link} to="/pledges?status=overdue" size="sm">
            {t('dashboard.allOverdue', { n: f.number(query.data?.total ?? 0) })}
          </Anchor>
        )}
      </Group>
      {query.data && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.noOverdue')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={6} highlightOnHover>
            <Table.Tbody>
              {items.map((p) => (
                <Table.Tr key={p.id} data-testid="overdue-row" tabIndex={0} style={{ cursor: 'pointer' }} onClick={() => void navigate(`/pledges/${p.id}`)} onKeyDown={(e) => e.key === 'Enter' && void navigate(`/pledges/${p.id}`)}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      <bdi>{p.donorName}</bdi>
                    </Text>
                    <Text size="xs" c="dimmed">
                      <bdi>{tx.purpose(p.projectName)}</bdi>
                    </Text>
                  </Table.Td>
                  <Table.Td c="red.7" fw={600} style={{ whiteSpace: 'nowrap' }}>
                    {f.money(p.figures.overdue)}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="xs" c="dimmed">
                      {t('figures.daysOverdue', { count: p.figures.daysOverdue, n: f.number(p.figures.daysOverdue) })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
