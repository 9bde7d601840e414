// Adding a donor.
import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DonorForm } from './DonorForm.tsx';

export function DonorCreatePage() {
  const { t } = useTranslation('donors');
  return (
    <Stack gap="md">
      <Title order={2}>{t('form.newTitle')}</Title>
      <DonorForm />
    </Stack>
  );
}
