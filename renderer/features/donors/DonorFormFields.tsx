// The donor form's inputs, in three groups: who (kind, names, ID), how to reach them, and what
// the centre notes about them. Which name fields show, and the ID's label, follow the kind.
import { useEffect, useRef } from 'react';
import { Autocomplete, Fieldset, SegmentedControl, Select, SimpleGrid, Stack, TagsInput, Textarea, TextInput, useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contactPreference, referralSource } from '../../../shared/contract/donors.ts';
import { useDonorFacets } from './queries.ts';
import type { DonorFormValues } from './formValues.ts';
import type { DonorFormApi } from './useDonorForm.ts';

export function DonorFormFields({ form }: { form: DonorFormApi }) {
  const { t } = useTranslation('donors');
  const { dir } = useDirection();
  const facets = useDonorFacets();
  const person = form.values.kind === 'person';
  // Focus the first name field when the form opens, not again when the kind is switched.
  const opened = useRef(false);
  useEffect(() => {
    opened.current = true;
  }, []);
  const ltr = { dir: 'ltr', styles: { input: { textAlign: dir === 'rtl' ? 'right' : 'left' } } } as const;
  // Persian typed into the English layout reads right to left (an empty box stays as the layout).
  const free = dir === 'ltr' ? ({ dir: 'auto' } as const) : {};

  return (
    <Stack gap="lg">
      <Fieldset legend={t('form.identity')}>
        <Stack gap="sm">
          <SegmentedControl
            data-testid="donor-kind"
            aria-label={t('fields.kind')}
            w="fit-content"
            data={[
              { value: 'person', label: t('kind.person') },
              { value: 'organisation', label: t('kind.organisation') },
            ]}
            value={form.values.kind}
            onChange={(v) => {
              form.setFieldValue('kind', v as DonorFormValues['kind']);
              form.clearFieldError('firstName');
              form.clearFieldError('lastName');
              form.clearFieldError('orgName');
              form.clearFieldError('nationalId');
            }}
          />
          {person ? (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput data-testid="donor-first-name" label={t('fields.firstName')} {...free} withAsterisk autoFocus={!opened.current} {...form.getInputProps('firstName')} />
              <TextInput data-testid="donor-last-name" label={t('fields.lastName')} {...free} withAsterisk {...form.getInputProps('lastName')} />
            </SimpleGrid>
          ) : (
            <TextInput data-testid="donor-org-name" label={t('fields.orgName')} {...free} withAsterisk autoFocus={!opened.current} {...form.getInputProps('orgName')} />
          )}
          <TextInput
            data-testid="donor-national-id"
            label={t(person ? 'fields.nationalId' : 'fields.legalId')}
            description={t(person ? 'form.nationalIdHint' : 'form.legalIdHint')}
            inputMode="numeric"
            maw={320}
            {...ltr}
            {...form.getInputProps('nationalId')}
          />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('form.contact')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput data-testid="donor-mobile" label={t('fields.mobile')} placeholder={t('form.mobilePlaceholder')} inputMode="tel" {...ltr} {...form.getInputProps('mobile')} />
          <TextInput data-testid="donor-phone" label={t('fields.phone')} inputMode="tel" {...ltr} {...form.getInputProps('phone')} />
          <TextInput data-testid="donor-email" label={t('fields.email')} type="email" {...ltr} {...form.getInputProps('email')} />
          <Select
            data-testid="donor-contact"
            label={t('fields.preferredContact')}
            placeholder={t('form.choose')}
            clearable
            data={contactPreference.options.map((v) => ({ value: v, label: t(`contact.${v}`) }))}
            {...form.getInputProps('preferredContact')}
          />
          <Autocomplete data-testid="donor-city" label={t('fields.city')} {...free} data={facets.data?.cities ?? []} {...form.getInputProps('city')} />
        </SimpleGrid>
        <Textarea data-testid="donor-address" mt="sm" label={t('fields.address')} {...free} autosize minRows={2} maxRows={5} {...form.getInputProps('address')} />
      </Fieldset>

      <Fieldset legend={t('form.more')}>
        <Stack gap="sm">
          <Select
            data-testid="donor-referral"
            label={t('fields.referral')}
            placeholder={t('form.choose')}
            clearable
            maw={420}
            data={referralSource.options.map((v) => ({ value: v, label: t(`referral.${v}`) }))}
            {...form.getInputProps('referral')}
          />
          <TagsInput
            data-testid="donor-tags"
            label={t('fields.tags')}
            description={t('form.tagsHint')}
            data={facets.data?.tags ?? []}
            splitChars={[',', '\u060C']}
            maxTags={20}
            clearable
            {...form.getInputProps('tags')}
          />
          <Textarea data-testid="donor-notes" label={t('fields.notes')} {...free} autosize minRows={3} maxRows={10} {...form.getInputProps('notes')} />
        </Stack>
      </Fieldset>
    </Stack>
  );
}
