// One page of donors. A row opens the donor's page (click, or Enter when focused).
import { Badge, Group, Table, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { DonorSummary } from '../../../shared/contract/donors.ts';
import { DonorNameCell } from './DonorNameCell.tsx';
import { SortHeader } from './SortHeader.tsx';
import type { SortDirection, SortField } from './listParams.ts';

interface Props {
  items: DonorSummary[];
  sort: SortField;
  dir: SortDirection;
  onSort(field: SortField): void;
  dimmed: boolean;
}

const MAX_TAGS = 3;

export function DonorTable({ items, sort, dir, onSort, dimmed }: Props) {
  const { t } = useTranslation('donors');
  const f = useFormat();
  const navigate = useNavigate();
  const open = (id: string) => void navigate(`/donors/${id}`);

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="xs" style={{ opacity: dimmed ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <Table.Thead>
          <Table.Tr>
            <SortHeader field="name" sort={sort} dir={dir} onSort={onSort}>
              {t('columns.name')}
            </SortHeader>
            <Table.Th>{t('columns.nationalId')}</Table.Th>
            <Table.Th>{t('columns.mobile')}</Table.Th>
            <Table.Th>{t('columns.city')}</Table.Th>
            <Table.Th>{t('columns.tags')}</Table.Th>
            <SortHeader field="updatedAt" sort={sort} dir={dir} onSort={onSort}>
              {t('columns.updated')}
            </SortHeader>
            <Table.Th>{t('columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((d) => (
            <Table.Tr
              key={d.id}
              data-testid="donor-row"
              tabIndex={0}
              style={{ cursor: 'pointer' }}
              onClick={() => open(d.id)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') open(d.id);
              }}
            >
              <Table.Td>
                <DonorNameCell donor={d} />
              </Table.Td>
              <Table.Td>
                <span className="ltr-value">{f.digits(d.nationalId)}</span>
              </Table.Td>
              <Table.Td>
                <span className="ltr-value">{f.digits(d.mobile)}</span>
              </Table.Td>
              <Table.Td>
                <span dir="auto">{d.city}</span>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  {d.tags.slice(0, MAX_TAGS).map((tag) => (
                    <Badge key={tag} dir="auto" size="sm" variant="light" color="teal" style={{ textTransform: 'none' }}>
                      {tag}
                    </Badge>
                  ))}
                  {d.tags.length > MAX_TAGS && (
                    <Text size="xs" c="dimmed">
                      {t('list.moreTags', { count: d.tags.length - MAX_TAGS, n: f.number(d.tags.length - MAX_TAGS) })}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {f.dateTime(d.updatedAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                {d.archivedAt && (
                  <Badge size="sm" color="gray" variant="filled" data-testid="donor-archived-badge">
                    {t('status.archivedBadge')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
