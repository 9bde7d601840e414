// Setup step 1: the centre's name, province and city.
import { Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SetupForms } from './setupForms.ts';
import { ProvinceSelect } from './ProvinceSelect.tsx';

export function CentreStep({ form }: { form: SetupForms['centre'] }) {
  const { t } = useTranslation('setup');
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {t('centre.intro')}
      </Text>
      <TextInput
        label={t('centre.name')}
        placeholder={t('centre.namePlaceholder')}
        required
        autoFocus
        data-testid="setup-centre-name"
        {...form.getInputProps('name')}
      />
      <ProvinceSelect
        label={t('centre.province')}
        placeholder={t('centre.provincePlaceholder')}
        required
        data-testid="setup-province"
        {...form.getInputProps('province')}
      />
      <TextInput
        label={t('centre.city')}
        placeholder={t('centre.cityPlaceholder')}
        required
        data-testid="setup-city"
        {...form.getInputProps('city')}
      />
    </Stack>
  );
}
