// The before and after of one audit entry, field by field, changed fields highlighted.
import { useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/audit.ts';
import { diffKind, diffRecords } from './diff.ts';
import { AuditValue } from './AuditValue.tsx';
import { useFormat } from '../../lib/format.ts';

/** "centre.name" → "centre › name", each part translated when we know it. */
function useFieldLabel(): (key: string) => string {
  const { t } = useTranslation('audit');
  return (key) =>
    key === ''
      ? t('detail.field')
      : key
          .split('.')
          .map((p) => t(`fields.${p}`, { defaultValue: p }))
          .join(' › ');
}

export function AuditDetail({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation('audit');
  const label = useFieldLabel();
  const fmt = useFormat();
  const kind = diffKind(entry.before, entry.after);
  const rows = diffRecords(entry.before, entry.after);
  const changedCount = rows.filter((r) => r.changed).length;
  const [all, setAll] = useState(kind !== 'changed' || changedCount === 0);
  const shown = all ? rows : rows.filter((r) => r.changed);

  if (rows.length === 0) {
    return (
      <Text size="sm" c="dimmed" p="xs">
        {t('detail.nothing')}
      </Text>
    );
  }
  return (
    <Stack gap="xs" p="xs" data-testid="audit-detail">
      {kind === 'changed' && (
        <Group justify="space-between">
          <Badge variant="light" color="orange">
            {t('detail.changed', { count: changedCount, n: fmt.number(changedCount) })}
          </Badge>
          <Button size="compact-xs" variant="subtle" onClick={() => setAll(!all)} data-testid="audit-detail-toggle">
            {t(all ? 'detail.onlyChanged' : 'detail.showAll')}
          </Button>
        </Group>
      )}
      <Table withTableBorder withColumnBorders verticalSpacing={4} layout="fixed" bg="var(--mantine-color-body)">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="26%">{t('detail.field')}</Table.Th>
            {kind !== 'created' && <Table.Th>{t('detail.before')}</Table.Th>}
            {kind !== 'removed' && <Table.Th>{t('detail.after')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((r) => (
            <Table.Tr key={r.key} bg={r.changed ? 'var(--mantine-color-yellow-light)' : undefined} data-changed={r.changed || undefined}>
              <Table.Td>
                <Text size="sm" fw={r.changed ? 600 : 400}>
                  {label(r.key)}
                </Text>
              </Table.Td>
              {kind !== 'created' && (
                <Table.Td>
                  <AuditValue field={r.key} value={r.before} strike={r.changed} />
                </Table.Td>
              )}
              {kind !== 'removed' && (
                <Table.Td>
                  <AuditValue field={r.key} value={r.after} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
