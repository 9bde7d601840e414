// Setup step 2: the administrator's account.
import { PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SetupForms } from './setupForms.ts';

export function AdminStep({ form }: { form: SetupForms['admin'] }) {
  const { t } = useTranslation('setup');
  const ltr = { input: { direction: 'ltr' as const } };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('admin.intro')}
      </Text>
      <TextInput label={t('admin.displayName')} required autoFocus data-testid="setup-admin-name" {...form.getInputProps('displayName')} />
      <TextInput
        label={t('admin.username')}
        description={t('admin.usernameHint')}
        required
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        styles={ltr}
        data-testid="setup-admin-username"
        {...form.getInputProps('username')}
      />
      <PasswordInput
        label={t('admin.password')}
        description={t('admin.passwordHint')}
        required
        autoComplete="new-password"
        styles={ltr}
        data-testid="setup-admin-password"
        {...form.getInputProps('password')}
      />
      <PasswordInput
        label={t('admin.repeat')}
        required
        autoComplete="new-password"
        styles={ltr}
        data-testid="setup-admin-repeat"
        {...form.getInputProps('repeat')}
      />
    </Stack>
  );
}
