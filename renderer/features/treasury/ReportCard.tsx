// One report on the reports page: its own inputs, then PDF, Excel and CSV buttons; the file
// comes back from the main process and is handed to the user to open or save.
import type { ReactNode } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from '../../../shared/contract/treasury.ts';
import type { FilePayload } from '../../../shared/validation/fields.ts';
import { useDownload } from './queries.ts';
import { useDownloadErrors } from './useDownloadErrors.ts';

const FORMATS: { format: ReportFormat; icon: typeof IconFileText }[] = [
  { format: 'pdf', icon: IconFileTypePdf },
  { format: 'xlsx', icon: IconFileSpreadsheet },
  { format: 'csv', icon: IconFileText },
];

interface Props {
  id: string;
  title: string;
  description: string;
  children?: ReactNode;
  /** false while the inputs are incomplete or wrong */
  ready: boolean;
  run(format: ReportFormat): Promise<FilePayload>;
}

export function ReportCard({ id, title, description, children, ready, run }: Props) {
  const { t } = useTranslation('treasury');
  const download = useDownload();
  useDownloadErrors(download.error);
  return (
    <Paper withBorder p="md" radius="md" data-testid={`report-${id}`}>
      <Stack gap="sm">
        <div>
          <Title order={4}>{title}</Title>
          <Text size="sm" c="dimmed">
            {description}
          </Text>
        </div>
        {children}
        <Group gap="xs">
          {FORMATS.map(({ format, icon: Icon }) => {
            const key = `${id}-${format}`;
            return (
              <Button
                key={format}
                variant={format === 'pdf' ? 'filled' : 'light'}
                size="xs"
                leftSection={<Icon size={16} />}
                disabled={!ready || (download.isPending && download.variables?.key !== key)}
                loading={download.isPending && download.variables?.key === key}
                onClick={() => download.mutate({ key, run: () => run(format) })}
                data-testid={`report-${key}`}
              >
                {t(`reports.format.${format}`)}
              </Button>
            );
          })}
        </Group>
      </Stack>
    </Paper>
  );
}
