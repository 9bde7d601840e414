// The household's situation: vulnerability groups (disability details when ticked), income,
// housing (rent when tenant), the supervising agency's file, consent to share, notes.
import { Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, Textarea, TextInput, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { MoneyInput } from '../treasury/MoneyInput.tsx';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { agency, disabilitySeverity, housingStatus, vulnerabilityGroup, type VulnerabilityGroup } from '../../../shared/contract/households.ts';
import type { HouseholdFormApi } from './useHouseholdForm.ts';
import { useCaseWorkers } from './queries.ts';

export function SituationFields({ form }: { form: HouseholdFormApi }) {
  const { t } = useTranslation('households');
  const caseWorkers = useCaseWorkers(true);
  const { dir } = useDirection();
  const free = dir === 'ltr' ? ({ dir: 'auto' } as const) : {};
  const v = form.values;

  return (
    <>
      <Fieldset legend={t('form.situation')}>
        <Stack gap="sm">
          <Checkbox.Group
            label={t('fields.groups')}
            value={v.groups}
            onChange={(g) => form.setFieldValue('groups', g as VulnerabilityGroup[])}
            data-testid="hh-groups"
          >
            <Group gap="md" mt={6}>
              {vulnerabilityGroup.options.map((g) => (
                <Checkbox key={g} value={g} label={t(`group.${g}`)} data-testid={`hh-group-${g}`} />
              ))}
            </Group>
          </Checkbox.Group>
          {v.groups.includes('disability') && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput data-testid="hh-disability-kind" label={t('fields.disabilityKind')} {...free} {...form.getInputProps('disabilityKind')} />
              <Select
                data-testid="hh-disability-severity"
                label={t('fields.disabilitySeverity')}
                placeholder={t('form.choose')}
                clearable
                data={disabilitySeverity.options.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
                {...form.getInputProps('disabilitySeverity')}
              />
            </SimpleGrid>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <MoneyInput data-testid="hh-income" label={t('fields.monthlyIncome')} description={t('form.sensitiveHint')} {...form.getInputProps('monthlyIncome')} />
            <div />
            <Select
              data-testid="hh-housing"
              label={t('fields.housingStatus')}
              withAsterisk
              placeholder={t('form.choose')}
              data={housingStatus.options.map((s) => ({ value: s, label: t(`housing.${s}`) }))}
              {...form.getInputProps('housingStatus')}
            />
            {v.housingStatus === 'tenant' && <MoneyInput data-testid="hh-rent" label={t('fields.monthlyRent')} withAsterisk {...form.getInputProps('monthlyRent')} />}
          </SimpleGrid>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('form.agencyAndConsent')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              data-testid="hh-agency"
              label={t('fields.agency')}
              allowDeselect={false}
              data={agency.options.map((a) => ({ value: a, label: t(`agency.${a}`) }))}
              {...form.getInputProps('agency')}
            />
            {v.agency !== 'none' && (
              <TextInput data-testid="hh-file-no" label={t('fields.agencyFileNo')} withAsterisk dir="ltr" {...form.getInputProps('agencyFileNo')} />
            )}
            <Select
              data-testid="hh-case-worker"
              label={t('fields.caseWorker')}
              placeholder={t('form.choose')}
              clearable
              data={(caseWorkers.data ?? []).map((c) => ({ value: c.id, label: c.displayName }))}
              {...form.getInputProps('caseWorkerId')}
            />
          </SimpleGrid>
          <Checkbox data-testid="hh-consent" label={t('fields.consentToShare')} description={t('form.consentHint')} {...form.getInputProps('consentToShare', { type: 'checkbox' })} />
          {v.consentToShare && (
            <JalaliDateInput
              data-testid="hh-consent-date"
              label={t('fields.consentDate')}
              required
              maxDate={todayIso()}
              value={v.consentDate}
              onChange={(d) => form.setFieldValue('consentDate', d)}
              error={form.errors.consentDate as string | undefined}
            />
          )}
          <Textarea data-testid="hh-notes" label={t('fields.notes')} autosize minRows={3} maxRows={10} {...free} {...form.getInputProps('notes')} />
        </Stack>
      </Fieldset>
    </>
  );
}
