// The handovers of one lot, a page at a time, each with its receipt for the household to sign.
import { useState } from 'react';
import { Anchor, Button, Group, Pagination, Table, Text } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { useFormat } from '../../lib/format.ts';
import { FIELD_ROLES } from '../../../shared/contract/projects.ts';
import { useDownload } from '../treasury/queries.ts';
import { useDownloadErrors } from '../treasury/useDownloadErrors.ts';
import { projectReportCalls, useHandovers } from './queries.ts';

const PAGE = 10;

export function HandoverList({ lotId }: { lotId: string }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const field = useSession().hasRole(...FIELD_ROLES);
  const [page, setPage] = useState(1);
  const list = useHandovers(lotId, (page - 1) * PAGE, PAGE);
  const receipt = useDownload();
  useDownloadErrors(receipt.error);
  const data = list.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;

  if (list.isPending) return <Text size="sm" c="dimmed">{t('state.loading')}</Text>;
  if (!data || data.total === 0) return <Text size="sm" c="dimmed">{t('equipment.noHandovers')}</Text>;
  return (
    <>
      <Table verticalSpacing={4} data-testid="handover-list" style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}>
        <Table.Tbody>
          {data.items.map((h) => (
            <Table.Tr key={h.id} data-testid="handover-row">
              <Table.Td w={60}>{t('equipment.seq', { n: f.number(h.seq) })}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/households/${h.householdId}`} size="sm" dir="auto">
                  {h.householdName}
                </Anchor>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(h.date)}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" dir="auto">
                  {h.notes}
                </Text>
              </Table.Td>
              {field && (
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="light"
                    leftSection={<IconPrinter size={12} />}
                    loading={receipt.isPending && receipt.variables?.key === h.id}
                    onClick={() => receipt.mutate({ key: h.id, run: () => projectReportCalls.handoverReceipt(h.id) })}
                    data-testid="handover-receipt"
                  >
                    {t('equipment.receipt')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && (
        <Group justify="center">
          <Pagination size="sm" total={pages} value={page} onChange={setPage} getItemProps={(p) => ({ children: f.digits(p) })} />
        </Group>
      )}
    </>
  );
}
