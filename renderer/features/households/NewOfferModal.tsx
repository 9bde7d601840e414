// A new offer of help to hand out: title, aid kind, the need it answers (and what equipment),
// how many, the value of one, and (optionally) the city it is for.
import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { MoneyInput } from '../treasury/MoneyInput.tsx';
import { parseMoney } from '../../../shared/domain/money.ts';
import { aidKind, needKind, type AidKind, type NeedKind, type Offer } from '../../../shared/contract/aid.ts';
import { useCreateOffer } from './queries.ts';

interface Values {
  title: string;
  kind: AidKind | null;
  needKind: NeedKind | null;
  equipmentKind: string;
  quantity: number | string;
  unitValue: string;
  city: string;
}

export function NewOfferModal({ opened, onClose, onCreated }: { opened: boolean; onClose(): void; onCreated(o: Offer): void }) {
  const { t } = useTranslation('households');
  const unit = useSession().settings?.moneyUnit ?? 'rial';
  const create = useCreateOffer();
  const required = (v: unknown) => (v ? null : t('errors:v.required'));
  const form = useForm<Values>({
    initialValues: { title: '', kind: null, needKind: null, equipmentKind: '', quantity: 1, unitValue: '', city: '' },
    validate: {
      title: (v) => required(v.trim()),
      kind: required,
      needKind: required,
      quantity: (v) => (typeof v === 'number' && v >= 1 ? null : t('errors:v.required')),
      unitValue: (v) => {
        const r = parseMoney(v, unit);
        return r.ok && r.rials > 0 ? null : t(r.ok ? 'errors:v.money.positive' : v.trim() ? 'errors:v.money.format' : 'errors:v.money.required');
      },
    },
  });
  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit((v) => {
    const money = parseMoney(v.unitValue, unit);
    create.mutate(
      {
        title: v.title, kind: v.kind!, needKind: v.needKind!, equipmentKind: v.needKind === 'equipment' ? v.equipmentKind : null,
        quantity: Number(v.quantity), unitValue: money.ok ? money.rials : 0, city: v.city,
      },
      {
        onSuccess: (o) => {
          notifications.show({ color: 'teal', message: t('offers.created') });
          close();
          onCreated(o);
        },
        onError: (err) => {
          form.setErrors(fieldErrors(err, t));
          notifications.show({ color: 'red', message: errorText(err, t) });
        },
      },
    );
  });

  return (
    <Modal opened={opened} onClose={close} title={t('offers.newTitle')} size="lg" attributes={{ content: { 'data-testid': 'offer-modal' } }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput data-testid="offer-title" data-autofocus label={t('offers.title')} placeholder={t('offers.titleHint')} withAsterisk dir="auto" {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select data-testid="offer-kind" label={t('offers.kind')} withAsterisk placeholder={t('form.choose')} data={aidKind.options.map((k) => ({ value: k, label: t(`aidKind.${k}`) }))} {...form.getInputProps('kind')} />
            <Select data-testid="offer-need-kind" label={t('offers.needKind')} withAsterisk placeholder={t('form.choose')} data={needKind.options.map((k) => ({ value: k, label: t(`needKind.${k}`) }))} {...form.getInputProps('needKind')} />
            {form.values.needKind === 'equipment' && (
              <TextInput data-testid="offer-equipment" label={t('needs.equipmentKind')} placeholder={t('needs.equipmentHint')} dir="auto" {...form.getInputProps('equipmentKind')} />
            )}
            <NumberInput data-testid="offer-quantity" label={t('offers.quantity')} withAsterisk min={1} max={10000} allowDecimal={false} allowNegative={false} {...form.getInputProps('quantity')} />
            <MoneyInput data-testid="offer-value" label={t('offers.unitValue')} withAsterisk {...form.getInputProps('unitValue')} />
            <TextInput data-testid="offer-city" label={t('offers.city')} description={t('offers.cityHint')} dir="auto" {...form.getInputProps('city')} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>{t('form.cancel')}</Button>
            <Button type="submit" loading={create.isPending} data-testid="offer-save">{t('offers.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
