// Asked when a payment is more than its pledge still needs: the main process refused it until
// the treasurer confirms that the larger amount is right.
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  message: string | null;
  saving: boolean;
  onConfirm(): void;
  onClose(): void;
}

export function OverpaymentDialog({ message, saving, onConfirm, onClose }: Props) {
  const { t } = useTranslation('treasury');
  return (
    <Modal opened={message !== null} onClose={onClose} title={t('overpay.title')} centered attributes={{ content: { 'data-testid': 'overpay-dialog' } }}>
      <Stack gap="md">
        <Alert color="yellow" icon={<IconAlertTriangle size={18} />}>
          {message}
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus data-testid="overpay-cancel">
            {t('overpay.back')}
          </Button>
          <Button color="yellow" onClick={onConfirm} loading={saving} data-testid="overpay-confirm">
            {t('overpay.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
