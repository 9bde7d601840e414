// An administrator sets a new password for a user who forgot theirs.
import { Alert, Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client.ts';
import { contract } from '../../../shared/contract/index.ts';
import type { User } from '../../../shared/contract/users.ts';
import { zodValidator } from '../../lib/forms.ts';
import { isolate } from '../../lib/bidi.ts';
import { useRevalidateOnLanguage } from '../../lib/useRevalidateOnLanguage.ts';
import { withPasswordRepeat } from '../../lib/passwords.ts';
import { useUserMutation } from './useUserMutation.ts';

export function ResetPasswordModal({ user, onClose }: { user: User; onClose(): void }) {
  const { t } = useTranslation('users');
  const mutation = useUserMutation();
  const form = useForm({
    initialValues: { id: user.id, password: '', repeat: '' },
    validate: withPasswordRepeat(zodValidator(contract['users.resetPassword'].input, t), t),
  });

  useRevalidateOnLanguage(form);

  async function save(v: typeof form.values) {
    const ok = await mutation.run(
      () => invoke('users.resetPassword', { id: v.id, password: v.password }),
      t('reset.done', { name: isolate(user.displayName) }),
      form.setErrors,
    );
    if (ok) onClose();
  }

  const ltr = { input: { direction: 'ltr' as const } };
  return (
    <Modal opened onClose={onClose} title={t('reset.title', { name: isolate(user.displayName) })}>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('reset.intro')}
          </Text>
          <PasswordInput
            label={t('fields.password')}
            description={t('fields.passwordHint')}
            required
            autoComplete="new-password"
            styles={ltr}
            data-autofocus
            data-testid="users-reset-password"
            {...form.getInputProps('password')}
          />
          <PasswordInput label={t('fields.repeat')} required autoComplete="new-password" styles={ltr} data-testid="users-reset-repeat" {...form.getInputProps('repeat')} />
          {mutation.error && (
            <Alert color="red" data-testid="users-form-error">
              {mutation.error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('actions.cancel', { ns: 'common' })}
            </Button>
            <Button type="submit" loading={form.submitting} data-testid="users-reset-submit">
              {t('reset.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
