// Cancelling a pledge, with the reason. Payments already made stay; nothing more is due.
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { zodValidator } from '../../lib/forms.ts';
import { pledgesContract, type Pledge } from '../../../shared/contract/pledges.ts';
import { useCancelPledge } from './queries.ts';
import { useTreasuryText } from './useTreasuryText.ts';
import { isolate } from './bidi.ts';

export function CancelPledgeModal({ pledge, opened, onClose }: { pledge: Pledge; opened: boolean; onClose(): void }) {
  const { t } = useTranslation('treasury');
  const tx = useTreasuryText();
  const cancelling = useCancelPledge();
  const check = zodValidator(pledgesContract['pledges.cancel'].input, t);
  const form = useForm({ initialValues: { reason: '' }, validate: (v) => check({ id: pledge.id, reason: v.reason }) });

  const close = () => {
    form.reset();
    cancelling.reset();
    onClose();
  };
  const submit = form.onSubmit((values) =>
    cancelling.mutate(
      { id: pledge.id, reason: values.reason },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('cancel.done') });
          close();
        },
        onError: (err) => form.setErrors(fieldErrors(err, t)),
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={close} title={t('cancel.title')} centered attributes={{ content: { 'data-testid': 'cancel-dialog' } }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('cancel.text', { donor: isolate(pledge.donorName), terms: tx.terms(pledge) })}</Text>
          <Textarea data-testid="cancel-reason" label={t('cancel.reason')} withAsterisk autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          {cancelling.error && !form.errors.reason && <Alert color="red">{errorText(cancelling.error, t)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-testid="cancel-back">
              {t('actions.back')}
            </Button>
            <Button type="submit" color="red" loading={cancelling.isPending} data-testid="cancel-confirm">
              {t('cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
