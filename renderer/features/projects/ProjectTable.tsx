// One page of projects. A column heading sorts by it (the server sorts: name A→Z, newest start,
// least complete, largest gap, longest stalled); a row opens the project.
import { Badge, Group, Progress, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconSelector } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { ProjectRow } from '../../../shared/contract/projects.ts';
import type { ProjectSort } from './listParams.ts';
import { ProjectStatusBadge } from './ProjectStatusBadge.tsx';

interface Props {
  items: ProjectRow[];
  dimmed: boolean;
  sort: ProjectSort;
  onSort(sort: ProjectSort): void;
}

function SortTh({ field, sort, onSort, children }: { field: ProjectSort; sort: ProjectSort; onSort(s: ProjectSort): void; children: ReactNode }) {
  const active = field === sort;
  const Icon = active ? IconChevronDown : IconSelector;
  return (
    <Table.Th aria-sort={active ? 'other' : 'none'}>
      <UnstyledButton onClick={() => onSort(field)} data-testid={`project-sort-${field}`} data-active={active || undefined}>
        <Group gap={4} wrap="nowrap">
          <span>{children}</span>
          <Icon size={14} color={active ? undefined : 'var(--mantine-color-dimmed)'} />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

export function ProjectTable({ items, dimmed, sort, onSort }: Props) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const navigate = useNavigate();
  const open = (id: string) => void navigate(`/projects/${id}`);
  const th = { sort, onSort };

  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table highlightOnHover verticalSpacing="xs" style={{ opacity: dimmed ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <Table.Thead>
          <Table.Tr>
            <SortTh field="name" {...th}>{t('columns.name')}</SortTh>
            <Table.Th>{t('columns.kind')}</Table.Th>
            <SortTh field="stalled" {...th}>{t('columns.status')}</SortTh>
            <Table.Th>{t('columns.city')}</Table.Th>
            <SortTh field="startDate" {...th}>{t('columns.start')}</SortTh>
            <SortTh field="percent" {...th}>{t('columns.percent')}</SortTh>
            <Table.Th>{t('columns.raisedOfBudget')}</Table.Th>
            <SortTh field="gap" {...th}>{t('columns.gap')}</SortTh>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => (
            <Table.Tr
              key={p.id}
              data-testid="project-row"
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => open(p.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') open(p.id);
              }}
            >
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={600} dir="auto" data-testid="project-row-name">
                    {p.name}
                  </Text>
                  {p.archivedAt && (
                    <Badge size="xs" color="gray">
                      {t('status.archived')}
                    </Badge>
                  )}
                </Group>
                {p.householdName && (
                  <Text size="xs" c="dimmed" dir="auto">
                    {t('columns.for', { name: p.householdName })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`kind.${p.kind}`)}</Table.Td>
              <Table.Td>
                <ProjectStatusBadge status={p.status} stalled={p.stalled} />
              </Table.Td>
              <Table.Td>
                <span dir="auto">{p.city ?? ''}</span>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(p.startDate)}</Table.Td>
              <Table.Td miw={130}>
                {p.percent === null ? (
                  <Text size="sm" c="dimmed">—</Text>
                ) : (
                  <Stack gap={2}>
                    <Text size="xs" data-testid="project-row-percent">{t('percent', { n: f.number(p.percent) })}</Text>
                    <Progress value={p.percent} size="sm" color={p.stalled ? 'red' : 'teal'} aria-hidden />
                  </Stack>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">{f.money(p.money.raised)}</Text>
                {p.money.budget !== null && (
                  <Text size="xs" c="dimmed">
                    {t('columns.ofBudget', { budget: f.money(p.money.budget) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm" c={p.money.gap > 0 ? 'orange.8' : 'dimmed'} data-testid="project-row-gap">
                  {p.money.gap > 0 ? f.money(p.money.gap) : '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
