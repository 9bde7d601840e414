// A change that stays on record with its reason: archiving a project, voiding an expense,
// removing a funding source. The reason is checked as the contract checks it (3–500 letters);
// the server's refusal is shown in the dialog.
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrors } from '../../lib/errors.ts';

interface Props {
  opened: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  onClose(): void;
  /** resolves when done; a rejection is shown in the dialog */
  onConfirm(reason: string): Promise<unknown>;
  testId: string;
}

export function ReasonModal({ opened, title, children, confirmLabel, onClose, onConfirm, testId }: Props) {
  const { t } = useTranslation('projects');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (r) => (r.trim().length < 3 ? t('errors:v.reasonRequired') : r.length > 500 ? t('errors:v.tooLong', { max: 500 }) : null) },
  });
  const close = () => {
    form.reset();
    setError(null);
    onClose();
  };
  const submit = form.onSubmit(async ({ reason }) => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm(reason.trim());
      close();
    } catch (err) {
      const fields = fieldErrors(err, t);
      if (fields.reason) form.setFieldError('reason', fields.reason);
      else setError(errorText(err, t));
    } finally {
      setBusy(false);
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={title} centered closeOnClickOutside={!busy} attributes={{ content: { 'data-testid': testId } }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
          <Textarea data-testid={`${testId}-reason`} label={t('reason.label')} withAsterisk autosize minRows={2} data-autofocus dir="auto" {...form.getInputProps('reason')} />
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={busy} data-testid={`${testId}-cancel`}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy} data-testid={`${testId}-confirm`}>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
