// The household page's buttons for case roles: edit; archive (after a confirmation) or restore.
import { useState } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { errorText } from '../../lib/errors.ts';
import { isolate } from '../../lib/bidi.ts';
import type { Household } from '../../../shared/contract/households.ts';
import { useArchiveHousehold } from './queries.ts';

export function HouseholdActions({ household: h }: { household: Household }) {
  const { t } = useTranslation('households');
  const [confirming, setConfirming] = useState(false);
  const archive = useArchiveHousehold(true);
  const restore = useArchiveHousehold(false);
  const failed = (err: unknown) => notifications.show({ color: 'red', message: errorText(err, t) });

  return (
    <Group gap="sm">
      {!h.archivedAt && (
        <Button component={Link} to={`/households/${h.id}/edit`} leftSection={<IconPencil size={16} />} data-testid="household-edit">
          {t('page.edit')}
        </Button>
      )}
      {!h.archivedAt ? (
        <Button variant="default" leftSection={<IconArchive size={16} />} onClick={() => setConfirming(true)} data-testid="household-archive">
          {t('page.archive')}
        </Button>
      ) : (
        <Button
          variant="light"
          leftSection={<IconArchiveOff size={16} />}
          loading={restore.isPending}
          data-testid="household-restore"
          onClick={() => restore.mutate(h.id, { onSuccess: (r) => notifications.show({ color: 'teal', message: t('page.restored', { name: isolate(r.displayName) }) }), onError: failed })}
        >
          {t('page.restore')}
        </Button>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('page.archiveTitle', { name: isolate(h.displayName) })}
        confirmLabel={t('page.archive')}
        loading={archive.isPending}
        onClose={() => setConfirming(false)}
        data-testid="household-archive-confirm"
        onConfirm={() =>
          archive.mutate(h.id, {
            onSuccess: (r) => {
              setConfirming(false);
              notifications.show({ color: 'teal', message: t('page.archived', { name: isolate(r.displayName) }) });
            },
            onError: (err) => {
              setConfirming(false);
              failed(err);
            },
          })
        }
      >
        <Text size="sm">{t('page.archiveText')}</Text>
      </ConfirmModal>
    </Group>
  );
}
