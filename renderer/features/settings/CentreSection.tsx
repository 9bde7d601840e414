// The centre's name, province and city: editable by managers and administrators.
import { useState } from 'react';
import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { centreInfo } from '../../../shared/contract/setup.ts';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { zodValidator } from '../../lib/forms.ts';
import { useRevalidateOnLanguage } from '../../lib/useRevalidateOnLanguage.ts';
import { ProvinceSelect } from '../setup/ProvinceSelect.tsx';
import { provinceCodeOf, provinceToServer } from '../setup/provinces.ts';
import { Section } from './Section.tsx';

export function CentreSection() {
  const { t } = useTranslation('settings');
  const session = useSession();
  const canEdit = session.hasRole('admin', 'manager');
  const centre = session.settings?.centre;
  const [error, setError] = useState<unknown>(null);
  const form = useForm({
    initialValues: {
      name: centre?.name ?? '',
      province: provinceCodeOf(centre?.province) ?? centre?.province ?? '',
      city: centre?.city ?? '',
    },
    validate: zodValidator(centreInfo, t),
  });

  useRevalidateOnLanguage(form);

  async function save(v: typeof form.values) {
    setError(null);
    try {
      await invoke('settings.update', { centre: { name: v.name, province: provinceToServer(v.province), city: v.city } });
      await session.refreshSettings();
      form.resetDirty();
      notifications.show({ color: 'teal', message: t('saved') });
    } catch (err) {
      const fields = fieldErrors(err, t, 'centre.');
      form.setErrors(fields);
      setError(Object.keys(fields).length ? null : err);
    }
  }

  return (
    <Section title={t('centre.title')} description={t('centre.description')} icon={<IconBuildingCommunity size={20} />} data-testid="settings-centre-section">
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <TextInput label={t('centre.name')} readOnly={!canEdit} required={canEdit} data-testid="settings-centre-name" {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <ProvinceSelect label={t('centre.province')} readOnly={!canEdit} required={canEdit} data-testid="settings-centre-province" {...form.getInputProps('province')} />
            <TextInput label={t('centre.city')} readOnly={!canEdit} required={canEdit} data-testid="settings-centre-city" {...form.getInputProps('city')} />
          </SimpleGrid>
          {error !== null && <Alert color="red">{errorText(error, t)}</Alert>}
          {canEdit ? (
            <Group justify="flex-end">
              <Button type="submit" loading={form.submitting} disabled={!form.isDirty()} data-testid="settings-centre-save">
                {t('actions.save', { ns: 'common' })}
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              {t('centre.readOnly')}
            </Text>
          )}
        </Stack>
      </form>
    </Section>
  );
}
