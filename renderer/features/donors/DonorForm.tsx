// Adding or editing a donor. Checked on blur and on save with the contract's schema; the
// server's answer (field errors, duplicates, a newer change by someone else) is shown in place.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconDeviceFloppy, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Donor } from '../../../shared/contract/donors.ts';
import { useDonorForm } from './useDonorForm.ts';
import { DonorFormFields } from './DonorFormFields.tsx';
import { DuplicateDialog } from './DuplicateDialog.tsx';
import { useDonorSave } from './useDonorSave.ts';
import { SaveableForm } from '../../components/SaveableForm.tsx';

interface Props {
  /** the donor to edit; absent to add a new one */
  donor?: Donor;
  /** edit only: load the donor again after someone else changed it */
  onReload?(): void;
}

export function DonorForm({ donor, onReload }: Props) {
  const { t } = useTranslation('donors');
  const { form, setServerErrors } = useDonorForm(donor);
  const saver = useDonorSave({ donor, setErrors: setServerErrors });
  const submit = form.onSubmit((values) => saver.save(values));

  return (
    <>
    <SaveableForm onSubmit={submit}>
      <Stack gap="lg" maw={860}>
        {saver.stale && (
          <Alert color="red" title={t('form.staleTitle')} data-testid="donor-stale">
            <Stack gap="xs" align="flex-start">
              <span>{t('errors:donors.stale')}</span>
              <Button size="xs" color="red" variant="light" leftSection={<IconRefresh size={14} />} onClick={onReload} data-testid="donor-reload">
                {t('form.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        <DonorFormFields form={form} />
        {saver.error && (
          <Alert color="red" data-testid="donor-form-error">
            {saver.error}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={saver.saving} leftSection={<IconDeviceFloppy size={16} />} data-testid="donor-save">
            {t('form.save')}
          </Button>
          <Button variant="default" onClick={saver.cancel} data-testid="donor-cancel">
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </SaveableForm>
    <DuplicateDialog
      matches={saver.duplicate?.matches ?? null}
      onClose={saver.closeDuplicate}
      onSaveAnyway={saver.saveAnyway}
      saving={saver.saving}
    />
    </>
  );
}
