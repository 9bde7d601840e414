// Change my own password (the current one is checked by the main process).
import { Button, Group, PasswordInput, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client.ts';
import { contract } from '../../../shared/contract/index.ts';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { zodValidator } from '../../lib/forms.ts';
import { withPasswordRepeat } from '../../lib/passwords.ts';
import { useRevalidateOnLanguage } from '../../lib/useRevalidateOnLanguage.ts';
import { Section } from './Section.tsx';

export function PasswordSection() {
  const { t } = useTranslation('settings');
  const form = useForm({
    initialValues: { current: '', next: '', repeat: '' },
    validate: withPasswordRepeat(zodValidator(contract['auth.changePassword'].input, t), t, 'next', 'repeat'),
  });

  useRevalidateOnLanguage(form);

  async function save(v: typeof form.values) {
    try {
      await invoke('auth.changePassword', { current: v.current, next: v.next });
      form.reset();
      notifications.show({ color: 'teal', message: t('password.done') });
    } catch (err) {
      const fields = fieldErrors(err, t);
      if (Object.keys(fields).length) form.setErrors(fields);
      else notifications.show({ color: 'red', message: errorText(err, t) });
    }
  }

  const ltr = { input: { direction: 'ltr' as const } };
  return (
    <Section title={t('password.title')} description={t('password.description')} icon={<IconKey size={20} />} data-testid="settings-password-section">
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <PasswordInput
            label={t('password.current')}
            required
            autoComplete="current-password"
            styles={ltr}
            maw={{ xs: 'calc(50% - var(--mantine-spacing-md) / 2)' }}
            data-testid="settings-password-current"
            {...form.getInputProps('current')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <PasswordInput
              label={t('password.next')}
              required
              autoComplete="new-password"
              styles={ltr}
              data-testid="settings-password-next"
              {...form.getInputProps('next')}
            />
            <PasswordInput
              label={t('password.repeat')}
              required
              autoComplete="new-password"
              styles={ltr}
              data-testid="settings-password-repeat"
              {...form.getInputProps('repeat')}
            />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting} data-testid="settings-password-submit">
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}
