// The users of this centre: name, username, role, status and last sign-in.
import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconKey, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../shared/contract/users.ts';
import { useFormat } from '../../lib/format.ts';

export interface UsersTableProps {
  users: User[];
  meId: string | undefined;
  onEdit(user: User): void;
  onReset(user: User): void;
}

export function UsersTable({ users, meId, onEdit, onReset }: UsersTableProps) {
  const { t } = useTranslation('users');
  const fmt = useFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.displayName')}</Table.Th>
            <Table.Th>{t('columns.username')}</Table.Th>
            <Table.Th>{t('columns.role')}</Table.Th>
            <Table.Th>{t('columns.status')}</Table.Th>
            <Table.Th>{t('columns.lastSignIn')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id} data-testid={`users-row-${u.username}`} c={u.active ? undefined : 'dimmed'}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" fw={500}>
                    {u.displayName}
                  </Text>
                  {u.id === meId && (
                    <Badge size="xs" variant="outline">
                      {t('you')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <span className="ltr-value">{u.username}</span>
              </Table.Td>
              <Table.Td>{t(`errors:roles.${u.role}`)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={u.active ? 'teal' : 'gray'}>
                  {t(u.active ? 'status.active' : 'status.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>{u.lastSignInAt ? fmt.dateTime(u.lastSignInAt) : <Text size="sm" c="dimmed">{t('never')}</Text>}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Button size="compact-sm" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => onEdit(u)} data-testid={`users-edit-${u.username}`}>
                    {t('edit.action')}
                  </Button>
                  <Button size="compact-sm" variant="subtle" color="orange" leftSection={<IconKey size={14} />} onClick={() => onReset(u)} data-testid={`users-reset-${u.username}`}>
                    {t('reset.action')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
