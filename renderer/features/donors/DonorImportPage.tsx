// Bulk import of donors from a CSV file or an Excel workbook (its first sheet): pick it (or
// download a template), see what it holds and every row the contract would refuse, fix the file
// and pick it again; then import in batches with a progress bar, and read what was added and
// what was skipped as a duplicate. The steps every import screen has are the shared ones
// (components/fileImport); the donors' own are the columns and the choice about shared mobile
// numbers.
import { useState } from 'react';
import { Checkbox } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session.tsx';
import { NotAllowed } from '../../components/NotAllowed.tsx';
import { CsvFilePicker } from '../../components/fileImport/CsvFilePicker.tsx';
import { ImportFrame } from '../../components/fileImport/ImportFrame.tsx';
import { StartImport } from '../../components/fileImport/StartImport.tsx';
import { useImportVocabularies } from '../../components/fileImport/useImportVocabularies.ts';
import { usePickedCsv } from '../../components/fileImport/usePickedCsv.ts';
import { IMPORT_ROLES } from '../../../shared/contract/donors.ts';
import { checkRows, IMPORT_COLUMNS, readDonorRows, type ImportColumn, type ImportVocabulary, type ParsedRow, type RowProblem } from './importCsv.ts';
import { useDonorImport } from './useDonorImport.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportSummary } from './ImportSummary.tsx';
import { DONOR_IMPORT } from './donorImportScreen.ts';

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
  const { t } = useTranslation('donors');
  const vocabularies = useImportVocabularies<ImportVocabulary>(DONOR_IMPORT.ns);
  const file = usePickedCsv<Picked>(DONOR_IMPORT.ns);
  const [acceptSharedMobiles, setAcceptSharedMobiles] = useState(false);
  const { state, run, reset } = useDonorImport();
  const { picked } = file;

  function onFile(chosen: File) {
    reset();
    void file.pick(chosen, (rows) => {
      const read = readDonorRows(rows, [vocabularies.fa, vocabularies.en]);
      if (!read.ok) return read;
      return { ok: true, picked: { fileName: chosen.name, rows: read.rows, columns: read.columns, unknownColumns: read.unknownColumns, problems: checkRows(read.rows, t) } };
    });
  }

  const running = state.phase === 'running';
  const canStart = picked !== null && picked.problems.length === 0 && state.phase === 'idle';

  return (
    <ImportFrame
      screen={DONOR_IMPORT}
      summary={
        (state.phase === 'done' || state.phase === 'failed') && (
          <ImportSummary
            state={state}
            onAgain={() => {
              reset();
              file.clear();
            }}
          />
        )
      }
      picker={<CsvFilePicker screen={DONOR_IMPORT} columns={IMPORT_COLUMNS} picked={picked !== null} disabled={running || file.reading} reading={file.reading} error={file.error} onFile={onFile} />}
      panel={
        picked && (
          <>
            <ImportPreview {...picked} />
            <Checkbox
              label={t('import.acceptSharedMobiles')}
              description={t('import.acceptSharedMobilesHint')}
              checked={acceptSharedMobiles}
              disabled={running || picked.problems.length > 0}
              onChange={(e) => setAcceptSharedMobiles(e.currentTarget.checked)}
            />
            <StartImport
              screen={DONOR_IMPORT}
              count={picked.rows.length}
              disabled={!canStart}
              progress={running ? state : null}
              onStart={() => void run(picked.rows, acceptSharedMobiles)}
            />
          </>
        )
      }
    />
  );
}
