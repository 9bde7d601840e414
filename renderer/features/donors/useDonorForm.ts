// The donor form's state: values from the donor being edited (or empty), checked on blur and
// on save with the contract's schema. What the server said about a field (a duplicate ID, say)
// is kept apart, so a later blur check does not wipe it; it goes when the field is changed.
import { useState } from 'react';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { Donor } from '../../../shared/contract/donors.ts';
import { donorToValues, donorValidator, emptyDonorValues, type DonorFormValues } from './formValues.ts';

export function useDonorForm(donor: Donor | undefined) {
  const { t } = useTranslation('donors');
  const f = useFormat();
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const form = useForm<DonorFormValues>({
    initialValues: donor ? donorToValues(donor, f.digits) : emptyDonorValues(),
    validate: donorValidator(t),
    validateInputOnBlur: true,
    onValuesChange(values, previous) {
      const changed = (Object.keys(values) as (keyof DonorFormValues)[]).filter((k) => values[k] !== previous[k]);
      if (changed.includes('kind')) return setServerErrors({});
      setServerErrors((errors) => {
        const kept = Object.entries(errors).filter(([k]) => !changed.includes(k as keyof DonorFormValues));
        return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
      });
    },
    enhanceGetInputProps: ({ inputProps, field }) =>
      !inputProps.error && serverErrors[field] ? { error: serverErrors[field] } : undefined,
  });
  return { form, setServerErrors };
}

export type DonorFormApi = ReturnType<typeof useDonorForm>['form'];
