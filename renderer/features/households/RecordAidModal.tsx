// Recording aid a household received: kind, date, value (in the centre's unit), description,
// and where it came from (this centre, another centre or an agency, with its name).
import { Button, Group, Modal, SegmentedControl, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { MoneyInput } from '../treasury/MoneyInput.tsx';
import { parseMoney } from '../../../shared/domain/money.ts';
import { todayIso } from '../../../shared/domain/jalali.ts';
import { aidKind, aidSource, type AidKind } from '../../../shared/contract/aid.ts';
import { useRecordAid } from './queries.ts';

interface Values {
  kind: AidKind | null;
  date: string | null;
  value: string;
  description: string;
  source: 'centre' | 'otherCentre' | 'agency';
  sourceName: string;
}

export function RecordAidModal({ householdId, opened, onClose }: { householdId: string; opened: boolean; onClose(): void }) {
  const { t } = useTranslation('households');
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const record = useRecordAid();
  const money = (s: string) => (s.trim() === '' ? { ok: true as const, rials: 0 } : parseMoney(s, unit));
  const form = useForm<Values>({
    initialValues: { kind: null, date: todayIso(), value: '', description: '', source: 'centre', sourceName: '' },
    validate: {
      kind: (v) => (v ? null : t('errors:v.required')),
      date: (v) => (v ? null : t('errors:v.required')),
      value: (v) => (money(v).ok ? null : t('errors:v.money.format')),
      sourceName: (v, all) => (all.source !== 'centre' && !v.trim() ? t('errors:v.aid.sourceName') : null),
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit((v) => {
    const m = money(v.value);
    record.mutate(
      {
        householdId, kind: v.kind!, date: v.date!, value: m.ok ? m.rials : 0, description: v.description,
        source: v.source, sourceName: v.source === 'centre' ? null : v.sourceName,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('aid.recorded') });
          close();
        },
        onError: (err) => {
          form.setErrors(fieldErrors(err, t));
          notifications.show({ color: 'red', message: errorText(err, t) });
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={t('aid.recordTitle')} size="lg" attributes={{ content: { 'data-testid': 'aid-modal' } }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select data-testid="aid-kind" data-autofocus label={t('aid.kind')} withAsterisk placeholder={t('form.choose')} data={aidKind.options.map((k) => ({ value: k, label: t(`aidKind.${k}`) }))} {...form.getInputProps('kind')} />
            <JalaliDateInput data-testid="aid-date" label={t('aid.date')} required maxDate={todayIso()} value={form.values.date} onChange={(d) => form.setFieldValue('date', d)} error={form.errors.date as string | undefined} />
          </Group>
          <MoneyInput data-testid="aid-value" label={t('aid.value')} {...form.getInputProps('value')} />
          <div>
            <Text size="sm" fw={500} mb={4}>{t('aid.sourceLabel')}</Text>
            <SegmentedControl data-testid="aid-source" fullWidth data={aidSource.options.map((s) => ({ value: s, label: t(`aid.source.${s}`) }))} {...form.getInputProps('source')} />
          </div>
          {form.values.source !== 'centre' && (
            <TextInput data-testid="aid-source-name" label={t(`aid.sourceNameLabel.${form.values.source}`)} withAsterisk dir="auto" {...form.getInputProps('sourceName')} />
          )}
          <Textarea data-testid="aid-description" label={t('aid.description')} autosize minRows={2} dir="auto" {...form.getInputProps('description')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('form.cancel')}</Button>
            <Button type="submit" loading={record.isPending} data-testid="aid-save">{t('aid.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
