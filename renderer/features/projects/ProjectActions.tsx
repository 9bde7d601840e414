// The project page's buttons: the donor sheet (PDF) for staff; edit and archive (with a reason)
// or restore for managers and administrators.
import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconFileTypePdf, IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { errorText } from '../../lib/errors.ts';
import { isolate } from '../../lib/bidi.ts';
import { STAFF_ROLES } from '../../../shared/contract/channel.ts';
import { PROJECT_ROLES, type ProjectDetail } from '../../../shared/contract/projects.ts';
import { useDownload } from '../treasury/queries.ts';
import { useDownloadErrors } from '../treasury/useDownloadErrors.ts';
import { projectReportCalls, useProjectMutation } from './queries.ts';
import { ReasonModal } from './ReasonModal.tsx';

export function ProjectActions({ project: p }: { project: ProjectDetail }) {
  const { t } = useTranslation('projects');
  const session = useSession();
  const manage = session.hasRole(...PROJECT_ROLES);
  const [archiving, setArchiving] = useState(false);
  const archive = useProjectMutation('projects.archive');
  const restore = useProjectMutation('projects.restore');
  const sheet = useDownload();
  useDownloadErrors(sheet.error);

  return (
    <Group gap="sm">
      {session.hasRole(...STAFF_ROLES) && (
        <Button
          variant="light"
          leftSection={<IconFileTypePdf size={16} />}
          loading={sheet.isPending}
          onClick={() => sheet.mutate({ key: 'sheet', run: () => projectReportCalls.projectSheet({ projectId: p.id }) })}
          data-testid="project-sheet"
        >
          {t('page.sheet')}
        </Button>
      )}
      {manage && !p.archivedAt && (
        <Button component={Link} to={`/projects/${p.id}/edit`} leftSection={<IconPencil size={16} />} data-testid="project-edit">
          {t('page.edit')}
        </Button>
      )}
      {manage && !p.archivedAt && (
        <Button variant="default" leftSection={<IconArchive size={16} />} onClick={() => setArchiving(true)} data-testid="project-archive">
          {t('page.archive')}
        </Button>
      )}
      {manage && p.archivedAt && (
        <Button
          variant="light"
          leftSection={<IconArchiveOff size={16} />}
          loading={restore.isPending}
          data-testid="project-restore"
          onClick={() =>
            restore.mutate(
              { id: p.id },
              {
                onSuccess: (r) => notifications.show({ color: 'teal', message: t('page.restored', { name: isolate(r.name) }) }),
                onError: (err) => notifications.show({ color: 'red', message: errorText(err, t) }),
              },
            )
          }
        >
          {t('page.restore')}
        </Button>
      )}
      <ReasonModal
        opened={archiving}
        title={t('page.archiveTitle', { name: isolate(p.name) })}
        confirmLabel={t('page.archive')}
        onClose={() => setArchiving(false)}
        testId="project-archive-dialog"
        onConfirm={async (reason) => {
          const r = await archive.mutateAsync({ id: p.id, reason });
          notifications.show({ color: 'teal', message: t('page.archived', { name: isolate(r.name) }) });
        }}
      >
        {t('page.archiveText')}
      </ReasonModal>
    </Group>
  );
}
