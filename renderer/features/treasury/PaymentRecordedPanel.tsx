// Right after a payment is recorded: its receipt number and amount, "print receipt" at once,
// and the ways on: another payment, the pledge it paid, the list of payments.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconPlus, IconPrinter } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { Payment } from '../../../shared/contract/payments.ts';
import { usePrintReceipt } from './queries.ts';
import { useDownloadErrors } from './useDownloadErrors.ts';
import { isolate } from './bidi.ts';

export function PaymentRecordedPanel({ payment, onAnother }: { payment: Payment; onAnother(): void }) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const print = usePrintReceipt();
  useDownloadErrors(print.error);

  return (
    <Stack gap="md" maw={720} data-testid="payment-recorded">
      <Alert color="teal" icon={<IconCircleCheck size={20} />} title={t('recorded.title')}>
        <Stack gap={4}>
          <Text size="sm">
            {t('recorded.text', { amount: f.money(payment.amount), donor: payment.donorName ? isolate(payment.donorName) : t('payment.anonymousDonor') })}
          </Text>
          <Text size="sm">
            {t('recorded.receiptNo')}{' '}
            <Text span fw={700} className="ltr-value" data-testid="payment-receipt-no">
              {f.digits(payment.receiptNo)}
            </Text>
          </Text>
        </Stack>
      </Alert>
      <Group gap="sm">
        <Button leftSection={<IconPrinter size={16} />} onClick={() => print.mutate(payment.id)} loading={print.isPending} data-autofocus autoFocus data-testid="payment-print">
          {t('actions.printReceipt')}
        </Button>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={onAnother} data-testid="payment-another">
          {t('recorded.another')}
        </Button>
        {payment.pledgeId && (
          <Button variant="default" component={Link} to={`/pledges/${payment.pledgeId}`} data-testid="payment-open-pledge">
            {t('recorded.openPledge')}
          </Button>
        )}
        <Button variant="default" component={Link} to="/payments" data-testid="payment-to-list">
          {t('recorded.toList')}
        </Button>
      </Group>
    </Stack>
  );
}
