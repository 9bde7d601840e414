// Handing one item of a lot to a household: who, when, and (if the household has one open) the
// equipment need it meets. The handover writes the household's aid history in the main process.
import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrors } from '../../lib/errors.ts';
import { useFormat } from '../../lib/format.ts';
import { isolate } from '../../lib/bidi.ts';
import { JalaliDateInput } from '../../components/JalaliDateInput.tsx';
import { todayIso } from '../../../shared/domain/jalali.ts';
import type { EquipmentLot } from '../../../shared/contract/projects.ts';
import { HouseholdPicker } from './HouseholdPicker.tsx';
import { useOpenNeeds, useProjectMutation } from './queries.ts';

export function HandoverModal({ lot, onClose }: { lot: EquipmentLot | null; onClose(): void }) {
  const { t } = useTranslation('projects');
  return (
    <Modal opened={lot !== null} onClose={onClose} title={lot ? t('equipment.handoverTitle', { kind: isolate(lot.kind) }) : ''} attributes={{ content: { 'data-testid': 'handover-modal' } }}>
      {lot && <HandoverForm key={lot.id} lot={lot} onClose={onClose} />}
    </Modal>
  );
}

function HandoverForm({ lot, onClose }: { lot: EquipmentLot; onClose(): void }) {
  const { t } = useTranslation('projects');
  const f = useFormat();
  const hand = useProjectMutation('equipment.handOver');
  const [householdId, setHouseholdId] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(todayIso());
  const [needId, setNeedId] = useState<string | null>(null);
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const needs = useOpenNeeds(householdId);
  const equipmentNeeds = (needs.data ?? []).filter((n) => n.kind === 'equipment' && n.status === 'open');

  function save() {
    const local: Record<string, string> = {};
    if (!householdId) local.householdId = t('errors:v.required');
    if (!date) local.date = t('errors:v.required');
    setErrors(local);
    if (Object.keys(local).length > 0) return;
    hand.mutate(
      { lotId: lot.id, householdId: householdId!, date: date!, needId, notes },
      {
        onSuccess: (h) => {
          notifications.show({ color: 'teal', message: t('equipment.handedOver', { name: isolate(h.householdName), seq: f.number(h.seq) }) });
          onClose();
        },
        onError: (err) => setErrors(fieldErrors(err, t)),
      },
    );
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('equipment.remainingOf', { remaining: f.number(lot.remaining), count: f.number(lot.count) })}
      </Text>
      <HouseholdPicker
        data-testid="handover-household"
        label={t('fields.household')}
        required
        value={householdId}
        onChange={(id) => {
          setHouseholdId(id);
          setNeedId(null);
        }}
        error={errors.householdId}
      />
      <JalaliDateInput data-testid="handover-date" label={t('equipment.date')} required maxDate={todayIso()} value={date} onChange={setDate} error={errors.date} />
      {householdId && (
        <Select
          data-testid="handover-need"
          label={t('equipment.need')}
          description={equipmentNeeds.length === 0 ? t('equipment.noNeed') : t('equipment.needHint')}
          placeholder={t('equipment.noNeedChosen')}
          clearable
          disabled={equipmentNeeds.length === 0}
          data={equipmentNeeds.map((n) => ({
            value: n.id,
            label: n.equipmentKind ? t('equipment.needLabel', { what: n.equipmentKind, date: f.date(n.recordedOn) }) : f.date(n.recordedOn),
          }))}
          value={needId}
          onChange={setNeedId}
          error={errors.needId}
        />
      )}
      <TextInput data-testid="handover-notes" label={t('equipment.notes')} dir="auto" value={notes} onChange={(e) => setNotes(e.currentTarget.value)} />
      {hand.error && !Object.keys(errors).length && <Alert color="red">{errorText(hand.error, t)}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('form.cancel')}
        </Button>
        <Button onClick={save} loading={hand.isPending} disabled={lot.remaining <= 0} data-testid="handover-save">
          {t('equipment.handOver')}
        </Button>
      </Group>
    </Stack>
  );
}
