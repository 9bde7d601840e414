// Adding a need: kind (and what equipment), priority 1–5, a description.
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { needKind, type NeedKind } from '../../../shared/contract/aid.ts';
import { useAddNeed } from './queries.ts';

interface Values {
  kind: NeedKind | null;
  equipmentKind: string;
  priority: string;
  description: string;
}

export function AddNeedModal({ householdId, opened, onClose }: { householdId: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation('households');
  const f = useFormat();
  const add = useAddNeed();
  const form = useForm<Values>({
    initialValues: { kind: null, equipmentKind: '', priority: '3', description: '' },
    validate: {
      kind: (v) => (v ? null : t('errors:v.required')),
      equipmentKind: (v, all) => (all.kind === 'equipment' && !v.trim() ? t('errors:v.required') : null),
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit((v) =>
    add.mutate(
      { householdId, kind: v.kind!, equipmentKind: v.kind === 'equipment' ? v.equipmentKind : null, priority: Number(v.priority), description: v.description },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('needs.added') });
          close();
        },
        onError: (err) => {
          form.setErrors(fieldErrors(err, t));
          notifications.show({ color: 'red', message: errorText(err, t) });
        },
      },
    ),
  );

  return (
    <Modal opened={opened} onClose={close} title={t('needs.addTitle')} attributes={{ content: { 'data-testid': 'need-modal' } }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Select
            data-testid="need-kind"
            label={t('needs.kind')}
            withAsterisk
            data-autofocus
            placeholder={t('form.choose')}
            data={needKind.options.map((k) => ({ value: k, label: t(`needKind.${k}`) }))}
            {...form.getInputProps('kind')}
          />
          {form.values.kind === 'equipment' && (
            <TextInput data-testid="need-equipment" label={t('needs.equipmentKind')} placeholder={t('needs.equipmentHint')} withAsterisk {...form.getInputProps('equipmentKind')} />
          )}
          <div>
            <Text size="sm" fw={500} mb={4}>
              {t('needs.priority')}
            </Text>
            <SegmentedControl
              data-testid="need-priority"
              aria-label={t('needs.priority')}
              fullWidth
              data={['1', '2', '3', '4', '5'].map((p) => ({ value: p, label: f.digits(p) }))}
              {...form.getInputProps('priority')}
            />
            <Group justify="space-between" mt={2}>
              <Text size="xs" c="dimmed">{t('needs.priorityLow')}</Text>
              <Text size="xs" c="dimmed">{t('needs.priorityHigh')}</Text>
            </Group>
          </div>
          <Textarea data-testid="need-description" label={t('needs.description')} autosize minRows={2} dir="auto" {...form.getInputProps('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending} data-testid="need-save">
              {t('needs.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
