// Registering or editing a household. Checked on blur and on save with the contract's schema;
// the server's answer (field errors, a duplicate ID, someone else's newer change) shows in place.
import { Alert, Button, Group, Stack } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Household } from '../../../shared/contract/households.ts';
import { useHouseholdForm } from './useHouseholdForm.ts';
import { useHouseholdSave } from './useHouseholdSave.ts';
import { HeadFields } from './HeadFields.tsx';
import { MembersFields } from './MembersFields.tsx';
import { SituationFields } from './SituationFields.tsx';
import { DuplicateDialog } from './DuplicateDialog.tsx';
import { SaveableForm } from '../../components/SaveableForm.tsx';

export function HouseholdForm({ household }: { household?: Household }) {
  const { t } = useTranslation('households');
  const navigate = useNavigate();
  const form = useHouseholdForm(household);
  const saver = useHouseholdSave(household, (e) => form.setErrors(e));
  const submit = form.onSubmit((values) => void saver.save(values));
  const blocked = saver.blockedBy(form.values).length > 0;

  return (
    <>
      <SaveableForm onSubmit={submit}>
        <Stack gap="lg" maw={960}>
          {saver.stale && (
            <Alert color="red" data-testid="household-stale">
              {t('errors:households.stale')}
            </Alert>
          )}
          <HeadFields form={form} />
          <MembersFields form={form} />
          <SituationFields form={form} />
          {blocked && (
            <Alert color="red" data-testid="household-blocked">
              {t('form.blocked')}
            </Alert>
          )}
          {saver.error && (
            <Alert color="red" data-testid="household-form-error">
              {saver.error}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={saver.saving} leftSection={<IconDeviceFloppy size={16} />} data-testid="hh-save">
              {t('form.save')}
            </Button>
            <Button variant="default" onClick={() => void navigate(household ? `/households/${household.id}` : '/households')} data-testid="hh-cancel">
              {t('form.cancel')}
            </Button>
          </Group>
        </Stack>
      </SaveableForm>
      <DuplicateDialog opened={saver.dialogOpen} matches={saver.matches} onClose={saver.closeDialog} />
    </>
  );
}
