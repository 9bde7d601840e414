// Add a user: username, name, role and a first password.
import { Alert, Button, Group, Modal, PasswordInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client.ts';
import { contract } from '../../../shared/contract/index.ts';
import type { Role } from '../../../shared/contract/channel.ts';
import { zodValidator } from '../../lib/forms.ts';
import { isolate } from '../../lib/bidi.ts';
import { useRevalidateOnLanguage } from '../../lib/useRevalidateOnLanguage.ts';
import { withPasswordRepeat } from '../../lib/passwords.ts';
import { RoleSelect } from './RoleSelect.tsx';
import { useUserMutation } from './useUserMutation.ts';

const EMPTY = { username: '', displayName: '', role: 'volunteer' as Role, password: '', repeat: '' };

export function UserCreateModal({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation('users');
  const mutation = useUserMutation();
  const form = useForm({
    initialValues: EMPTY,
    validate: withPasswordRepeat(zodValidator(contract['users.create'].input, t), t),
  });

  function close() {
    form.reset();
    mutation.clearError();
    onClose();
  }

  useRevalidateOnLanguage(form);

  async function save(v: typeof EMPTY) {
    const ok = await mutation.run(
      () => invoke('users.create', { username: v.username, displayName: v.displayName, role: v.role, password: v.password }),
      t('create.done', { name: isolate(v.displayName.trim()) }),
      form.setErrors,
    );
    if (ok) close();
  }

  const ltr = { input: { direction: 'ltr' as const } };
  return (
    <Modal opened={opened} onClose={close} title={t('create.title')} size="lg">
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.displayName')} required data-autofocus data-testid="users-form-name" {...form.getInputProps('displayName')} />
            <TextInput
              label={t('fields.username')}
              description={t('fields.usernameHint')}
              required
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              styles={ltr}
              data-testid="users-form-username"
              {...form.getInputProps('username')}
            />
          </SimpleGrid>
          <RoleSelect label={t('fields.role')} required data-testid="users-form-role" {...form.getInputProps('role')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <PasswordInput label={t('fields.password')} required autoComplete="new-password" styles={ltr} data-testid="users-form-password" {...form.getInputProps('password')} />
            <PasswordInput label={t('fields.repeat')} required autoComplete="new-password" styles={ltr} data-testid="users-form-repeat" {...form.getInputProps('repeat')} />
          </SimpleGrid>
          {mutation.error && (
            <Alert color="red" data-testid="users-form-error">
              {mutation.error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={form.submitting} data-testid="users-form-submit">
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
