// Bulk import of donors from a CSV file: pick it (or download a template), see what it holds and
// every row the contract would refuse, fix the file and pick it again; then import in batches
// with a progress bar, and read what was added and what was skipped as a duplicate.
import { useMemo, useState } from 'react';
import { Alert, Anchor, Button, Checkbox, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { useFormat } from '../../lib/format.ts';
import { IMPORT_ROLES } from '../../../shared/contract/donors.ts';
import { checkRows, decodeUtf8, readDonorCsv, type ImportColumn, type ImportVocabulary, type ParsedRow, type RowProblem } from './importCsv.ts';
import { useDonorImport } from './useDonorImport.ts';
import { ImportFilePicker } from './ImportFilePicker.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportSummary } from './ImportSummary.tsx';

interface Picked {
  fileName: string;
  rows: ParsedRow[];
  columns: ImportColumn[];
  unknownColumns: string[];
  problems: RowProblem[];
}

export function DonorImportPage() {
  const session = useSession();
  if (!session.hasRole(...IMPORT_ROLES)) return <NotAllowed roles={[...IMPORT_ROLES]} />;
  return <DonorImport />;
}

function DonorImport() {
  const { t, i18n } = useTranslation('donors');
  const f = useFormat();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [acceptSharedMobiles, setAcceptSharedMobiles] = useState(false);
  const { state, run, reset } = useDonorImport();

  // Column names and kind words of both languages: a file's headers may be in either.
  const vocabularies = useMemo(() => {
    const of = (lng: 'fa' | 'en') => i18n.getResource(lng, 'donors', 'import') as ImportVocabulary;
    return { fa: of('fa'), en: of('en') };
  }, [i18n]);

  async function onFile(file: File) {
    reset();
    setPicked(null);
    setFileError(null);
    let text: string | null;
    try {
      text = decodeUtf8(await file.arrayBuffer());
    } catch {
      return setFileError(t('import.readFailed'));
    }
    if (text === null) return setFileError(t('import.notUtf8'));
    const read = readDonorCsv(text, [vocabularies.fa, vocabularies.en]);
    if (!read.ok) return setFileError(t(`import.${read.reason}`));
    setPicked({ fileName: file.name, rows: read.rows, columns: read.columns, unknownColumns: read.unknownColumns, problems: checkRows(read.rows, t) });
  }

  const running = state.phase === 'running';
  const canStart = picked !== null && picked.problems.length === 0 && state.phase === 'idle';

  return (
    <Stack gap="md" data-testid="donor-import">
      <Anchor component={Link} to="/donors" size="sm">
        {t('import.back')}
      </Anchor>
      <Title order={2}>{t('import.title')}</Title>
      <Text size="sm">{t('import.intro')}</Text>

      {state.phase === 'done' || state.phase === 'failed' ? (
        <Paper withBorder p="md">
          <ImportSummary
            state={state}
            onAgain={() => {
              reset();
              setPicked(null);
            }}
          />
        </Paper>
      ) : (
        <>
          <ImportFilePicker picked={picked !== null} disabled={running} persian={vocabularies.fa} onFile={(file) => void onFile(file)} />
          {fileError && (
            <Alert color="red" data-testid="import-file-error">
              {fileError}
            </Alert>
          )}
          {picked && (
            <Paper withBorder p="md">
              <Stack gap="md">
                <ImportPreview {...picked} />
                <>
                    <Checkbox
                      label={t('import.acceptSharedMobiles')}
                      description={t('import.acceptSharedMobilesHint')}
                      checked={acceptSharedMobiles}
                      disabled={running || picked.problems.length > 0}
                      onChange={(e) => setAcceptSharedMobiles(e.currentTarget.checked)}
                    />
                    <div>
                      <Button
                        leftSection={<IconUpload size={16} />}
                        disabled={!canStart}
                        loading={running}
                        onClick={() => void run(picked.rows, acceptSharedMobiles)}
                        data-testid="import-start"
                      >
                        {t('import.start', { count: picked.rows.length, n: f.number(picked.rows.length) })}
                      </Button>
                    </div>
                </>
                {running && (
                  <Stack gap={4}>
                    <Progress value={(state.done / state.total) * 100} animated data-testid="import-progress" />
                    <Text size="sm" c="dimmed" aria-live="polite">
                      {t('import.importing', { done: f.number(state.done), total: f.number(state.total) })}
                    </Text>
                  </Stack>
                )}
              </Stack>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
