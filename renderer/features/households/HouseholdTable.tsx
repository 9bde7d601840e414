// One page of households. A row opens the household's page (click, or Enter when focused).
import { Badge, Group, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { HouseholdSummary } from '../../../shared/contract/households.ts';

interface Props {
  items: HouseholdSummary[];
  dimmed: boolean;
}

export function HouseholdTable({ items, dimmed }: Props) {
  const { t } = useTranslation('households');
  const f = useFormat();
  const navigate = useNavigate();
  const open = (id: string) => void navigate(`/households/${id}`);

  return (
    <Table.ScrollContainer minWidth={960}>
      <Table highlightOnHover verticalSpacing="xs" style={{ opacity: dimmed ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.head')}</Table.Th>
            <Table.Th>{t('columns.nationalId')}</Table.Th>
            <Table.Th>{t('columns.place')}</Table.Th>
            <Table.Th>{t('columns.groups')}</Table.Th>
            <Table.Th>{t('columns.members')}</Table.Th>
            <Table.Th>{t('columns.openNeeds')}</Table.Th>
            <Table.Th>{t('columns.waiting')}</Table.Th>
            <Table.Th>{t('columns.caseWorker')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((h) => (
            <Table.Tr
              key={h.id}
              data-testid="household-row"
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => open(h.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') open(h.id);
              }}
            >
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={600} dir="auto">
                    {h.displayName}
                  </Text>
                  {h.archivedAt && (
                    <Badge size="xs" color="gray">
                      {t('status.archivedBadge')}
                    </Badge>
                  )}
                </Group>
                {h.elsewhere && (
                  <Badge size="xs" color="orange" variant="light" data-testid="household-elsewhere" style={{ textTransform: 'none' }}>
                    {t('columns.elsewhere', { n: f.number(h.elsewhere.count), date: f.date(h.elsewhere.lastDate) })}
                  </Badge>
                )}
                {h.agencyFileNo && (
                  <Text size="xs" c="dimmed">
                    {t('columns.fileNo', { no: f.digits(h.agencyFileNo) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <span className="ltr-value">{f.digits(h.nationalId)}</span>
              </Table.Td>
              <Table.Td>
                <span dir="auto">{h.village ? t('columns.cityVillage', { city: h.city, village: h.village }) : h.city}</span>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {h.groups.map((g) => (
                    <Badge key={g} size="sm" variant="light" color="grape" style={{ textTransform: 'none' }}>
                      {t(`group.${g}`)}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{f.number(h.memberCount)}</Table.Td>
              <Table.Td>{h.openNeeds > 0 ? <Badge variant="light">{f.number(h.openNeeds)}</Badge> : f.number(0)}</Table.Td>
              <Table.Td>
                {h.waitingDays === null ? (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                ) : (
                  <Text size="sm" c={h.waitingDays > 90 ? 'orange.8' : undefined}>
                    {t('columns.days', { count: h.waitingDays, n: f.number(h.waitingDays) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" dir="auto" c={h.caseWorkerName ? undefined : 'dimmed'}>
                  {h.caseWorkerName ?? t('columns.noCaseWorker')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
