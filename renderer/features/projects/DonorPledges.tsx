// The donors' side of a project's money: the pledges made for it (each opening the pledge) and
// a link to record a new pledge for it, the pledge form opened with this project chosen.
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { MONEY_ROLES } from '../../../shared/contract/pledges.ts';
import type { ProjectDetail } from '../../../shared/contract/projects.ts';

export function DonorPledges({ project: p }: { project: ProjectDetail }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const money = useSession().hasRole(...MONEY_ROLES);
  const d = p.donors;

  return (
    <Stack gap="xs" data-testid="project-donor-pledges">
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={5}>{t('funding.donors')}</Title>
          <Text size="xs" c="dimmed">
            {t('funding.donorsSummary', { pledged: f.money(d.pledged), received: f.money(d.received) })}
          </Text>
        </Stack>
        {money && !p.archivedAt && (
          <Button size="xs" variant="light" component={Link} to={`/pledges/new?projectId=${p.id}`} leftSection={<IconPlus size={14} />} data-testid="project-new-pledge">
            {t('funding.newPledge')}
          </Button>
        )}
      </Group>
      {d.pledges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('funding.noPledges')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('funding.donor')}</Table.Th>
                <Table.Th>{t('funding.pledged')}</Table.Th>
                <Table.Th>{t('funding.paid')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.pledges.map((pl) => (
                <Table.Tr key={pl.id} data-testid="project-pledge-row" style={{ opacity: pl.cancelled ? 0.6 : 1 }}>
                  <Table.Td>
                    <Group gap={6}>
                      <Anchor component={Link} to={`/pledges/${pl.id}`} size="sm" dir="auto">
                        {pl.donorName}
                      </Anchor>
                      {pl.cancelled && (
                        <Badge size="xs" color="gray">
                          {t('funding.cancelled')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{pl.total === null ? t('funding.openEnded') : f.money(pl.total)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.money(pl.paid)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
