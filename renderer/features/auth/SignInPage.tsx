// Sign-in: the centre's name, username and password. A wrong password shows the server's own
// explanation (keyboard language, letter case).
import { useState } from 'react';
import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { contract } from '../../../shared/contract/index.ts';
import { errorText } from '../../lib/errors.ts';
import { zodValidator } from '../../lib/forms.ts';
import { isolate } from '../../lib/bidi.ts';
import { useRevalidateOnLanguage } from '../../lib/useRevalidateOnLanguage.ts';
import { PublicFrame } from '../../components/PublicFrame.tsx';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const session = useSession();
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: { username: '', password: '' },
    validate: zodValidator(contract['auth.signIn'].input, t),
  });

  async function submit(values: { username: string; password: string }) {
    setError(null);
    try {
      await session.signIn(values.username, values.password);
    } catch (err) {
      setError(err);
      form.setFieldValue('password', '');
    }
  }

  useRevalidateOnLanguage(form);

  const ltr = { input: { direction: 'ltr' as const } };
  return (
    <PublicFrame>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack>
          <div>
            <Title order={2}>{t('title')}</Title>
            {session.centreName && (
              <Text c="dimmed" mt={4} data-testid="signin-centre">
                {t('centreLabel')}: {isolate(session.centreName)}
              </Text>
            )}
          </div>
          {error !== null && (
            <Alert color="red" icon={<IconAlertCircle />} data-testid="signin-error">
              {errorText(error, t)}
            </Alert>
          )}
          <TextInput
            label={t('username')}
            required
            autoFocus
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            styles={ltr}
            data-testid="signin-username"
            {...form.getInputProps('username')}
          />
          <PasswordInput
            label={t('password')}
            required
            autoComplete="current-password"
            styles={ltr}
            data-testid="signin-password"
            {...form.getInputProps('password')}
          />
          <Button type="submit" fullWidth loading={form.submitting} data-testid="signin-submit">
            {t('submit')}
          </Button>
          <Text size="xs" c="dimmed" ta="center">
            {t('forgot')}
          </Text>
        </Stack>
      </form>
    </PublicFrame>
  );
}
