// Adding a lot of equipment to a project (e.g. forty bread ovens): what, how many, the value of
// one (it goes into each household's aid history on handover).
import { Alert, Button, Group, Modal, SimpleGrid, Stack, Textarea, TextInput, useDirection } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { MoneyInput } from '../treasury/MoneyInput.tsx';
import { useProjectMutation } from './queries.ts';
import { readOptionalAmount, readWhole } from './numbers.ts';

export function LotModal({ projectId, opened, onClose }: { projectId: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation('projects');
  const { dir } = useDirection();
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const add = useProjectMutation('equipment.addLot');
  const form = useForm({
    initialValues: { kind: '', count: '', unitValue: '', notes: '' },
    validate: {
      kind: (k) => (k.trim() ? null : t('errors:v.required')),
      count: (c) => {
        const n = readWhole(c);
        return n === null || Number.isNaN(n) || n < 1 || n > 100_000 ? t('errors:v.equipment.count') : null;
      },
      unitValue: (v) => {
        const r = readOptionalAmount(v, unit);
        return r.errorKey ? t(`errors:${r.errorKey}`) : null;
      },
    },
  });
  const close = () => {
    form.reset();
    add.reset();
    onClose();
  };
  const submit = form.onSubmit((v) =>
    add.mutate(
      { projectId, kind: v.kind, count: readWhole(v.count)!, unitValue: readOptionalAmount(v.unitValue, unit).rials ?? 0, notes: v.notes },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('equipment.lotAdded') });
          close();
        },
        onError: (err) => form.setErrors(fieldErrors(err, t)),
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={close} title={t('equipment.addLotTitle')} attributes={{ content: { 'data-testid': 'lot-modal' } }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput data-testid="lot-kind" label={t('equipment.kind')} placeholder={t('equipment.kindHint')} withAsterisk dir="auto" data-autofocus {...form.getInputProps('kind')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput data-testid="lot-count" label={t('equipment.count')} withAsterisk dir="ltr" inputMode="numeric" styles={{ input: { textAlign: dir === 'rtl' ? 'right' : 'left' } }} {...form.getInputProps('count')} />
            <MoneyInput data-testid="lot-value" label={t('equipment.unitValue')} {...form.getInputProps('unitValue')} />
          </SimpleGrid>
          <Textarea data-testid="lot-notes" label={t('equipment.notes')} autosize minRows={2} dir="auto" {...form.getInputProps('notes')} />
          {add.error && !Object.keys(form.errors).length && <Alert color="red">{errorText(add.error, t)}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending} data-testid="lot-save">
              {t('equipment.saveLot')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
