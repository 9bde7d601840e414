// One page of audit entries; a row opens to show its before and after.
import { Fragment, useState } from 'react';
import { Badge, Code, Table, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/contract/audit.ts';
import { useFormat } from '../../lib/format.ts';
import { AuditDetail } from './AuditDetail.tsx';

const ACTION_COLORS: Record<string, string> = {
  create: 'teal',
  update: 'blue',
  archive: 'gray',
  restore: 'grape',
  signInFailed: 'red',
  resetPassword: 'orange',
  changePassword: 'orange',
  backup: 'cyan',
  setup: 'indigo',
};

/** Who did it: the signed-in user, or for a sign-in (made before there is a session) the user
 *  signing in, known from the record id or the username they typed. */
function actorOf(e: AuditEntry, usernames: Map<string, string>): string | null {
  if (e.username) return e.username;
  if (e.entity === 'user' && e.entityId && usernames.has(e.entityId)) return usernames.get(e.entityId)!;
  const typed = (e.after as { username?: unknown } | null)?.username;
  return typeof typed === 'string' && e.action === 'signInFailed' ? typed : null;
}

export function AuditTable({ entries, usernames }: { entries: AuditEntry[]; usernames: Map<string, string> }) {
  const { t } = useTranslation('audit');
  const fmt = useFormat();
  const [open, setOpen] = useState<number | null>(null);

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table highlightOnHover verticalSpacing="xs" data-testid="audit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36} />
            <Table.Th>{t('columns.at')}</Table.Th>
            <Table.Th>{t('columns.user')}</Table.Th>
            <Table.Th>{t('columns.action')}</Table.Th>
            <Table.Th>{t('columns.entity')}</Table.Th>
            <Table.Th>{t('columns.record')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => {
            const expanded = open === e.id;
            const toggle = () => setOpen(expanded ? null : e.id);
            const actor = actorOf(e, usernames);
            return (
              <Fragment key={e.id}>
                <Table.Tr onClick={toggle} style={{ cursor: 'pointer' }} bg={expanded ? 'var(--mantine-primary-color-light)' : undefined} data-testid="audit-row">
                  <Table.Td>
                    <UnstyledButton
                      aria-expanded={expanded}
                      aria-label={t('expand')}
                      onClick={(ev) => {
                        ev.stopPropagation();
                        toggle();
                      }}
                      style={{ display: 'flex', transform: expanded ? 'rotate(180deg)' : undefined, transition: 'transform 150ms' }}
                    >
                      <IconChevronDown size={16} />
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(e.at)}</Table.Td>
                  <Table.Td>{actor ? <span className="ltr-value">{actor}</span> : <Text size="sm" c="dimmed">{t('system')}</Text>}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={ACTION_COLORS[e.action] ?? 'gray'}>
                      {t(`actions.${e.action}`, { defaultValue: e.action })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{t(`entities.${e.entity}`, { defaultValue: e.entity })}</Table.Td>
                  <Table.Td>
                    {e.entityId && (
                      <Tooltip label={e.entityId}>
                        <Code>{e.entityId.slice(0, 8)}</Code>
                      </Tooltip>
                    )}
                  </Table.Td>
                </Table.Tr>
                {expanded && (
                  <Table.Tr>
                    <Table.Td colSpan={6} bg="var(--mantine-color-gray-0)">
                      <AuditDetail entry={e} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
