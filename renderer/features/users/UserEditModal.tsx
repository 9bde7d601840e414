// Edit a user's name, role and whether the account is active. The last active administrator
// cannot lose that role: the server refuses (CONFLICT) and the dialog says why.
import { Alert, Button, Group, Modal, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client.ts';
import { contract } from '../../../shared/contract/index.ts';
import type { User } from '../../../shared/contract/users.ts';
import { zodValidator } from '../../lib/forms.ts';
import { isolate } from '../../lib/bidi.ts';
import { useRevalidateOnLanguage } from '../../lib/useRevalidateOnLanguage.ts';
import { RoleSelect } from './RoleSelect.tsx';
import { useUserMutation } from './useUserMutation.ts';

export function UserEditModal({ user, onClose }: { user: User; onClose(): void }) {
  const { t } = useTranslation('users');
  const mutation = useUserMutation();
  const form = useForm({
    initialValues: { id: user.id, displayName: user.displayName, role: user.role, active: user.active },
    validate: zodValidator(contract['users.update'].input, t),
  });

  useRevalidateOnLanguage(form);

  async function save(v: typeof form.values) {
    const ok = await mutation.run(() => invoke('users.update', v), t('edit.done', { name: isolate(v.displayName.trim()) }), form.setErrors);
    if (ok) onClose();
  }

  return (
    <Modal opened onClose={onClose} title={t('edit.title', { name: isolate(user.displayName) })} size="lg">
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <TextInput label={t('fields.displayName')} required data-autofocus data-testid="users-form-name" {...form.getInputProps('displayName')} />
          <RoleSelect label={t('fields.role')} required data-testid="users-form-role" {...form.getInputProps('role')} />
          <Switch
            label={t('fields.active')}
            description={t('fields.activeHint')}
            data-testid="users-form-active"
            {...form.getInputProps('active', { type: 'checkbox' })}
          />
          <Text size="xs" c="dimmed">
            {t('edit.sessionNote')}
          </Text>
          {mutation.error && (
            <Alert color="red" data-testid="users-form-error">
              {mutation.error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={form.submitting} data-testid="users-form-submit">
              {t('actions.save', { ns: 'common' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
