// User management (administrators only): list, add, edit, reset a password.
import { useState } from 'react';
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import type { User } from '../../../shared/contract/users.ts';
import { errorText } from '../../lib/errors.ts';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { UsersTable } from './UsersTable.tsx';
import { UserCreateModal } from './UserCreateModal.tsx';
import { UserEditModal } from './UserEditModal.tsx';
import { ResetPasswordModal } from './ResetPasswordModal.tsx';
import { USERS_KEY } from './useUserMutation.ts';

export function UsersPage() {
  const session = useSession();
  if (!session.hasRole('admin')) return <NotAllowed roles={['admin']} />;
  return <Users meId={session.user?.id} />;
}

function Users({ meId }: { meId: string | undefined }) {
  const { t } = useTranslation('users');
  const users = useQuery({ queryKey: USERS_KEY, queryFn: () => invoke('users.list', {}) });
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);

  return (
    <Stack data-testid="users-page">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2}>{t('title')}</Title>
          <Text c="dimmed" size="sm">
            {t('subtitle')}
          </Text>
        </div>
        <Button leftSection={<IconUserPlus size={18} />} onClick={() => setAdding(true)} data-testid="users-add">
          {t('add')}
        </Button>
      </Group>
      <Paper withBorder radius="md" p="xs">
        {users.isPending && <Loader m="md" />}
        {users.isError && <Alert color="red">{errorText(users.error, t)}</Alert>}
        {users.data && <UsersTable users={users.data} meId={meId} onEdit={setEditing} onReset={setResetting} />}
      </Paper>
      <UserCreateModal opened={adding} onClose={() => setAdding(false)} />
      {editing && <UserEditModal key={editing.id} user={editing} onClose={() => setEditing(null)} />}
      {resetting && <ResetPasswordModal key={resetting.id} user={resetting} onClose={() => setResetting(null)} />}
    </Stack>
  );
}
