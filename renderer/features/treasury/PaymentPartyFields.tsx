// Who paid and for what: the donor (or an anonymous gift), one of the donor's open pledges,
// and the project or general fund (taken from the pledge when one is chosen).
import { Checkbox, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Pledge } from '../../../shared/contract/pledges.ts';
import { DonorPicker } from './DonorPicker.tsx';
import { PledgePicker } from './PledgePicker.tsx';
import { ProjectPicker } from './ProjectPicker.tsx';
import type { PaymentFormApi } from './usePaymentForm.ts';

interface Props {
  form: PaymentFormApi;
  /** the chosen pledge, as the picker reported it */
  pledge: Pledge | null;
  onPledge(p: Pledge | null): void;
}

export function PaymentPartyFields({ form, pledge, onPledge }: Props) {
  const { t } = useTranslation('treasury');
  const v = form.values;
  const donorProps = form.getInputProps('donorId');

  function choosePledge(p: Pledge | null) {
    form.setFieldValue('pledgeId', p?.id ?? null);
    if (p) form.setFieldValue('projectId', p.projectId);
    onPledge(p);
  }

  return (
    <Stack gap="sm">
      <Checkbox
        data-testid="payment-anonymous"
        label={t('payment.anonymous')}
        description={t('payment.anonymousHint')}
        checked={v.anonymous}
        onChange={(e) => {
          const anonymous = e.currentTarget.checked;
          form.setFieldValue('anonymous', anonymous);
          if (anonymous) {
            form.setFieldValue('donorId', null);
            choosePledge(null);
          }
          form.clearFieldError('donorId');
        }}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <DonorPicker
          data-testid="payment-donor"
          label={t('fields.donor')}
          required={!v.anonymous}
          disabled={v.anonymous}
          autoFocus={!v.donorId}
          // Checked on save, not on blur: the picker has the focus when the form opens.
          error={donorProps.error as string | undefined}
          value={v.donorId}
          onChange={(id) => {
            form.setFieldValue('donorId', id);
            if (id !== v.donorId) choosePledge(null);
          }}
        />
        <PledgePicker
          data-testid="payment-pledge"
          label={t('fields.pledge')}
          donorId={v.anonymous ? null : v.donorId}
          value={v.pledgeId}
          error={form.getInputProps('pledgeId').error as string | undefined}
          onChange={choosePledge}
        />
      </SimpleGrid>
      <ProjectPicker
        data-testid="payment-project"
        label={t('fields.purpose')}
        value={v.projectId}
        onChange={(id) => form.setFieldValue('projectId', id)}
        disabled={!!v.pledgeId}
        knownName={pledge?.projectName ?? null}
        description={v.pledgeId ? t('payment.purposeFromPledge') : undefined}
        error={form.getInputProps('projectId').error as string | undefined}
      />
    </Stack>
  );
}
