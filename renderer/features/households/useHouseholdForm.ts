// The household form's state: values from the household being edited (or empty), checked on blur
// and on save with the contract's schema.
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { useSession } from '../../app/session.tsx';
import type { Household } from '../../../shared/contract/households.ts';
import { emptyHouseholdValues, householdToValues, householdValidator, type HouseholdFormValues } from './formValues.ts';

export function useHouseholdForm(household: Household | undefined) {
  const { t } = useTranslation('households');
  const f = useFormat();
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  return useForm<HouseholdFormValues>({
    initialValues: household ? householdToValues(household, f.digits, unit, f.lang === 'en' ? 'en' : 'fa') : emptyHouseholdValues(),
    validate: householdValidator(t, unit),
    validateInputOnBlur: true,
  });
}

export type HouseholdFormApi = ReturnType<typeof useHouseholdForm>;
