// The pledge form's state and its saving: the contract's checks on save (and on blur once a
// field has a value); the new pledge replaces the form in the history, so Back returns to
// where the form was opened from.
import { useState } from 'react';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { useCreatePledge } from './queries.ts';
import { emptyPledgeValues, pledgeValidator, toPledgeInput, type PledgeFormValues } from './pledgeFormValues.ts';
import { useServerErrors } from './useServerErrors.ts';
import { isolate } from './bidi.ts';

export function usePledgeForm(donorId: string | null, projectId: string | null = null) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const navigate = useNavigate();
  const create = useCreatePledge();
  const server = useServerErrors<PledgeFormValues>();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<PledgeFormValues>({
    initialValues: emptyPledgeValues(donorId, f.digits, projectId),
    validate: pledgeValidator(t, unit),
    onValuesChange: server.onValuesChange,
    enhanceGetInputProps: (payload) => server.enhance(payload),
  });

  async function save(values: PledgeFormValues) {
    setError(null);
    server.setErrors({});
    try {
      const p = await create.mutateAsync(toPledgeInput(values, unit));
      notifications.show({ color: 'teal', message: t('pledge.created', { donor: isolate(p.donorName) }) });
      void navigate(`/pledges/${p.id}`, { replace: true });
    } catch (err) {
      server.setErrors(fieldErrors(err, t));
      setError(errorText(err, t));
    }
  }

  return { form, save, saving: create.isPending, error };
}

export type PledgeFormApi = ReturnType<typeof usePledgeForm>['form'];
