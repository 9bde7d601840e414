// Confirming one unit of an offer for a household: its aid history is written, its need met.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors.ts';
import { isolate } from '../../lib/bidi.ts';
import { useFormat } from '../../lib/format.ts';
import type { Offer } from '../../../shared/contract/aid.ts';
import type { Candidate } from '../../../shared/contract/matching.ts';
import { useApprove } from './queries.ts';

export function ApproveModal({ offer, candidate, onClose }: { offer: Offer; candidate: Candidate | null; onClose(): void }) {
  const { t } = useTranslation('households');
  const f = useFormat();
  const approve = useApprove();

  function confirm() {
    if (!candidate) return;
    approve.mutate(
      { offerId: offer.id, householdId: candidate.householdId, needId: candidate.needId },
      {
        onSuccess: (r) => {
          notifications.show({
            color: 'teal',
            title: t('matching.approved', { name: isolate(candidate.displayName) }),
            message: t('offers.remaining', { n: f.number(r.offer.remaining), of: f.number(r.offer.quantity) }),
          });
          onClose();
        },
        onError: (err) => {
          notifications.show({ color: 'red', message: errorText(err, t) });
          onClose();
        },
      },
    );
  }

  return (
    <Modal opened={candidate !== null} onClose={onClose} title={t('matching.approveTitle')} centered closeOnClickOutside={!approve.isPending} attributes={{ content: { 'data-testid': 'approve-modal' } }}>
      <Stack>
        <Text size="sm">
          {candidate && t('matching.approveText', { offer: isolate(offer.title), name: isolate(candidate.displayName), value: f.money(offer.unitValue) })}
        </Text>
        {candidate && candidate.flags.length > 0 && (
          <Alert color="orange" p="xs">
            {t('matching.approveFlagged')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={approve.isPending} data-testid="approve-cancel">
            {t('form.cancel')}
          </Button>
          <Button color="teal" onClick={confirm} loading={approve.isPending} data-autofocus data-testid="approve-confirm">
            {t('matching.approveConfirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
