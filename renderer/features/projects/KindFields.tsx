// The project form's part that depends on the kind: a housing build's household, land, area and
// address; an employment plan's jobs planned and created. Other kinds have none.
import { Fieldset, Select, SimpleGrid, Textarea, TextInput, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { landStatus, type LandStatus } from '../../../shared/contract/projects.ts';
import { HouseholdPicker } from './HouseholdPicker.tsx';
import type { ProjectFormApi } from './useProjectForm.ts';

export function KindFields({ form, householdName }: { form: ProjectFormApi; householdName: string | null }) {
  const { t } = useTranslation('projects');
  const { dir } = useDirection();
  const v = form.values;
  const err = (field: string) => form.getInputProps(field).error as string | undefined;
  // Numbers typed left to right, aligned with the page's side.
  const whole = { dir: 'ltr', inputMode: 'numeric', autoComplete: 'off', styles: { input: { textAlign: dir === 'rtl' ? 'right' : 'left' } } } as const;

  if (v.kind === 'housing') {
    return (
      <Fieldset legend={t('form.housing')} data-testid="project-housing-fields">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <HouseholdPicker
            data-testid="project-household"
            label={t('fields.household')}
            description={t('form.householdHint')}
            knownName={householdName}
            value={v.householdId}
            onChange={(id) => form.setFieldValue('householdId', id)}
            error={err('householdId')}
          />
          <Select
            data-testid="project-land"
            label={t('fields.landStatus')}
            withAsterisk
            placeholder={t('form.choose')}
            data={landStatus.options.map((s) => ({ value: s, label: t(`land.${s}`) }))}
            value={v.landStatus}
            onChange={(s) => form.setFieldValue('landStatus', s as LandStatus | null)}
            error={err('landStatus')}
          />
          <TextInput data-testid="project-area" label={t('fields.areaM2')} rightSection={t('form.m2')} rightSectionWidth={48} {...whole} {...form.getInputProps('areaM2')} />
        </SimpleGrid>
        <Textarea data-testid="project-address" mt="sm" label={t('fields.address')} autosize minRows={1} maxRows={3} dir="auto" {...form.getInputProps('address')} />
      </Fieldset>
    );
  }
  if (v.kind === 'employment') {
    return (
      <Fieldset legend={t('form.employment')} data-testid="project-employment-fields">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput data-testid="project-jobs-planned" label={t('fields.jobsPlanned')} {...whole} {...form.getInputProps('jobsPlanned')} />
          <TextInput data-testid="project-jobs-created" label={t('fields.jobsCreated')} {...whole} {...form.getInputProps('jobsCreated')} />
        </SimpleGrid>
      </Fieldset>
    );
  }
  return null;
}
