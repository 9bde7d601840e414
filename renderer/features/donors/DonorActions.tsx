// The donor page's buttons: edit; archive (after a confirmation) or restore. Archiving and
// restoring are for staff roles only, as the main process enforces; volunteers don't see them.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorText } from '../../lib/errors.ts';
import { STAFF_ROLES } from '../../../shared/contract/channel.ts';
import type { Donor } from '../../../shared/contract/donors.ts';
import { useArchiveDonor, useRestoreDonor } from './queries.ts';
import type { FormEntryState } from './useFormExit.ts';
import { isolate } from './bidi.ts';

export function DonorActions({ donor }: { donor: Donor }) {
  const { t } = useTranslation('donors');
  const session = useSession();
  const [confirming, confirm] = useDisclosure(false);
  const archive = useArchiveDonor();
  const restore = useRestoreDonor();
  const staff = session.hasRole(...STAFF_ROLES);

  const failed = (err: unknown) => notifications.show({ color: 'red', title: t('page.actionFailed'), message: errorText(err, t) });

  function doArchive() {
    archive.mutate(donor.id, {
      onSuccess: (d) => {
        confirm.close();
        notifications.show({ color: 'teal', message: t('page.archived', { name: isolate(d.displayName) }) });
      },
      onError: (err) => {
        confirm.close();
        failed(err);
      },
    });
  }

  function doRestore() {
    restore.mutate(donor.id, {
      onSuccess: (d) => notifications.show({ color: 'teal', message: t('page.restored', { name: isolate(d.displayName) }) }),
      onError: failed,
    });
  }

  return (
    <Group gap="sm">
      {!donor.archivedAt && (
        <Button component={Link} to={`/donors/${donor.id}/edit`} state={{ fromDonorPage: true } satisfies FormEntryState} leftSection={<IconPencil size={16} />} data-testid="donor-edit">
          {t('page.edit')}
        </Button>
      )}
      {staff && !donor.archivedAt && (
        <Button variant="default" color="red" leftSection={<IconArchive size={16} />} onClick={confirm.open} data-testid="donor-archive">
          {t('page.archive')}
        </Button>
      )}
      {staff && donor.archivedAt && (
        <Button variant="light" leftSection={<IconArchiveOff size={16} />} onClick={doRestore} loading={restore.isPending} data-testid="donor-restore">
          {t('page.restore')}
        </Button>
      )}
      <Modal opened={confirming} onClose={confirm.close} title={t('page.archiveTitle', { name: isolate(donor.displayName) })} attributes={{ content: { 'data-testid': 'archive-dialog' } }}>
        <Stack gap="md">
          <Text size="sm">{t('page.archiveText')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              {t('form.cancel')}
            </Button>
            <Button color="red" onClick={doArchive} loading={archive.isPending} data-autofocus data-testid="archive-confirm">
              {t('page.archiveConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
