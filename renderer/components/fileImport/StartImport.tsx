// The button that starts the import of every row, and the progress of the import once it runs.
import { Button } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { BatchProgress } from './BatchProgress.tsx';
import type { ImportScreen } from './types.ts';

interface Props {
  screen: ImportScreen;
  /** how many rows the file holds */
  count: number;
  disabled: boolean;
  /** the rows done so far while the import runs; null before */
  progress: { done: number; total: number } | null;
  onStart(): void;
}

export function StartImport({ screen, count, disabled, progress, onStart }: Props) {
  const { t } = useTranslation(screen.ns);
  const f = useFormat();
  return (
    <>
      <div>
        <Button leftSection={<IconUpload size={16} />} disabled={disabled} loading={progress !== null} onClick={onStart} data-testid={screen.testIds.start}>
          {t('import.start', { count, n: f.number(count) })}
        </Button>
      </div>
      {progress && <BatchProgress ns={screen.ns} textKey="import.importing" done={progress.done} total={progress.total} testId={screen.testIds.progress} />}
    </>
  );
}
