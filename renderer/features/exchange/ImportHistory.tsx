// Every file imported here, newest first: when, from whom, what, and what it changed.
import { useState } from 'react';
import { Badge, Group, Pagination, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { ListLoadState } from '../../components/ListLoadState.tsx';
import { Section } from '../settings/Section.tsx';
import { useImportHistory } from './queries.ts';

const PAGE = 10;

export function ImportHistory() {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  const [page, setPage] = useState(1);
  const list = useImportHistory((page - 1) * PAGE, PAGE);
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;

  return (
    <Section title={t('history.title')} icon={<IconHistory size={20} />} data-testid="exchange-history">
      <ListLoadState error={list.error} pending={list.isPending} onRetry={() => void list.refetch()} failedTitle={t('history.loadFailed')} />
      {data && data.total === 0 && (
        <Text size="sm" c="dimmed">
          {t('history.none')}
        </Text>
      )}
      {data && data.total > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={6} striped style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('history.importedAt')}</Table.Th>
                <Table.Th>{t('history.sender')}</Table.Th>
                <Table.Th>{t('history.scope')}</Table.Th>
                <Table.Th>{t('history.fileCreatedAt')}</Table.Th>
                <Table.Th>{t('history.changes')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((r) => (
                <Table.Tr key={r.id} data-testid="history-row">
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(r.importedAt)}</Table.Td>
                  <Table.Td dir="auto">{r.senderName}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{t(`scope.${r.scope}`)}</Badge>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.dateTime(r.fileCreatedAt)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {r.scope === 'bank'
                        ? t('history.bankChanges', { new: f.number(r.counts.new), newer: f.number(r.counts.newer), unchanged: f.number(r.counts.unchanged), markers: f.number(r.counts.markers) })
                        : t('history.reportChanges', { figures: f.number(r.counts.figures) })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {pages > 1 && (
        <Group justify="center">
          <Pagination size="sm" total={pages} value={page} onChange={setPage} getItemProps={(p) => ({ children: f.digits(p) })} />
        </Group>
      )}
    </Section>
  );
}
