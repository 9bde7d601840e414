// Cancelling a need, with the reason (at least 3 characters, as the contract asks).
import { useState } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors.ts';
import type { Need } from '../../../shared/contract/aid.ts';
import { useCancelNeed } from './queries.ts';

export function CancelNeedModal({ need, onClose }: { need: Need | null; onClose(): void }) {
  const { t } = useTranslation('households');
  const cancel = useCancelNeed();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };

  function submit() {
    if (!need) return;
    if (reason.trim().length < 3) return setError(t('errors:v.reasonRequired'));
    cancel.mutate(
      { id: need.id, reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('needs.cancelled') });
          close();
        },
        onError: (err) => setError(errorText(err, t)),
      },
    );
  }

  return (
    <Modal opened={need !== null} onClose={close} title={need ? t('needs.cancelTitle', { kind: t(`needKind.${need.kind}`) }) : ''}>
      <Stack gap="sm">
        <Textarea data-testid="need-cancel-reason" label={t('needs.cancelReason')} withAsterisk autosize minRows={2} dir="auto" data-autofocus value={reason} error={error} onChange={(e) => setReason(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('form.cancel')}
          </Button>
          <Button color="red" loading={cancel.isPending} onClick={submit} data-testid="need-cancel-confirm">
            {t('needs.cancelConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
