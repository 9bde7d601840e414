// Recording a payment: the form (prefilled from ?donorId=…&pledgeId=… when opened from a donor
// or a pledge), then the recorded payment with its receipt.
import { useState } from 'react';
import { Stack, Title } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Payment } from '../../../shared/contract/payments.ts';
import { PaymentForm } from './PaymentForm.tsx';
import { PaymentRecordedPanel } from './PaymentRecordedPanel.tsx';

export function PaymentRecordPage() {
  const { t } = useTranslation('treasury');
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [recorded, setRecorded] = useState<Payment | null>(null);
  const [round, setRound] = useState(0);
  const prefill = round === 0 ? { donorId: params.get('donorId'), pledgeId: params.get('pledgeId') } : {};
  const canGoBack = ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;

  return (
    <Stack gap="md">
      <Title order={2}>{t('payment.newTitle')}</Title>
      {recorded ? (
        <PaymentRecordedPanel
          payment={recorded}
          onAnother={() => {
            setRecorded(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <PaymentForm
          key={round}
          prefill={prefill}
          onRecorded={setRecorded}
          onCancel={() => void (canGoBack ? navigate(-1) : navigate('/payments'))}
        />
      )}
    </Stack>
  );
}
