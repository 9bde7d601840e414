// The head of household: names, national ID, birth date, sex, mobile; and where they live.
import { Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { sex } from '../../../shared/contract/households.ts';
import type { HouseholdFormApi } from './useHouseholdForm.ts';

export function HeadFields({ form }: { form: HouseholdFormApi }) {
  const { t } = useTranslation('households');
  const { dir } = useDirection();
  const ltr = { dir: 'ltr', styles: { input: { textAlign: dir === 'rtl' ? 'right' : 'left' } } } as const;
  const free = dir === 'ltr' ? ({ dir: 'auto' } as const) : {};

  return (
    <>
      <Fieldset legend={t('form.head')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput data-testid="hh-first-name" label={t('fields.firstName')} withAsterisk autoFocus {...free} {...form.getInputProps('head.firstName')} />
          <TextInput data-testid="hh-last-name" label={t('fields.lastName')} withAsterisk {...free} {...form.getInputProps('head.lastName')} />
          <TextInput data-testid="hh-father-name" label={t('fields.fatherName')} {...free} {...form.getInputProps('head.fatherName')} />
          <TextInput data-testid="hh-national-id" label={t('fields.nationalId')} withAsterisk inputMode="numeric" {...ltr} {...form.getInputProps('head.nationalId')} />
          <JalaliDateInput
            data-testid="hh-birth-date"
            label={t('fields.birthDate')}
            required
            maxDate={todayIso()}
            value={form.values.head.birthDate}
            onChange={(v) => form.setFieldValue('head.birthDate', v)}
            error={form.errors['head.birthDate'] as string | undefined}
          />
          <Select
            data-testid="hh-sex"
            label={t('fields.sex')}
            withAsterisk
            placeholder={t('form.choose')}
            data={sex.options.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
            {...form.getInputProps('head.sex')}
          />
          <TextInput data-testid="hh-mobile" label={t('fields.mobile')} placeholder={t('form.mobilePlaceholder')} inputMode="tel" {...ltr} {...form.getInputProps('head.mobile')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('form.place')}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput data-testid="hh-city" label={t('fields.city')} withAsterisk {...free} {...form.getInputProps('city')} />
            <TextInput data-testid="hh-village" label={t('fields.village')} {...free} {...form.getInputProps('village')} />
          </SimpleGrid>
          <Textarea data-testid="hh-address" label={t('fields.address')} autosize minRows={2} {...free} {...form.getInputProps('address')} />
        </Stack>
      </Fieldset>
    </>
  );
}
