// Import (managers): pick a .hamyar file → the main process verifies it and previews what it
// would do (nothing changes yet) → the manager confirms (and trusts a new sender's key after
// comparing its fingerprint by phone) → one transaction after a backup → the summary.
// While the import runs its progress is polled (exchange.importProgress) for the bar.
import { useRef, useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconFileImport, IconFileUpload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors.ts';
import { readFileAsBase64 } from '../../lib/files.ts';
import { isolate } from '../../lib/bidi.ts';
import type { ExchangePreview, ImportRecord } from '../../../shared/contract/exchange.ts';
import { Section } from '../settings/Section.tsx';
import { useImport, useImportProgress, useInspect } from './queries.ts';
import { ImportProgressBar } from './ImportProgressBar.tsx';
import { ImportPreview } from './ImportPreview.tsx';
import { ImportSummary } from './ImportSummary.tsx';

interface Picked {
  name: string;
  base64: string;
}

export function ImportSection() {
  const { t } = useTranslation('exchange');
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<Picked | null>(null);
  const [preview, setPreview] = useState<ExchangePreview | null>(null);
  const [done, setDone] = useState<ImportRecord | null>(null);
  const [reading, setReading] = useState(false);
  const inspect = useInspect();
  const run = useImport();
  const progress = useImportProgress(run.isPending);
  const error = inspect.error ?? run.error;

  function reset() {
    setFile(null);
    setPreview(null);
    setDone(null);
    inspect.reset();
    run.reset();
  }

  async function pick(f: File) {
    reset();
    setReading(true);
    try {
      const picked = { name: f.name, base64: await readFileAsBase64(f) };
      setFile(picked);
      inspect.mutate(picked.base64, { onSuccess: setPreview });
    } finally {
      setReading(false);
    }
  }

  function confirm(trustKey: boolean) {
    if (!file) return;
    run.mutate({ base64: file.base64, trustKey }, {
      onSuccess: (r) => {
        setPreview(null);
        setDone(r);
      },
    });
  }

  return (
    <Section title={t('import.title')} description={t('import.description')} icon={<IconFileImport size={20} />} data-testid="exchange-import">
      <input
        ref={input}
        type="file"
        accept=".hamyar"
        hidden
        data-testid="import-file-input"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) void pick(f);
        }}
      />
      {!preview && !done && !run.isPending && (
        <Group gap="sm">
          <Button variant="default" leftSection={<IconFileUpload size={18} />} loading={reading || inspect.isPending} onClick={() => input.current?.click()} data-testid="import-pick">
            {t('import.pick')}
          </Button>
          <Text size="xs" c="dimmed">
            {inspect.isPending ? t('import.checking') : t('import.pickHint')}
          </Text>
        </Group>
      )}
      {error && (
        <Alert color="red" title={t(inspect.error ? 'import.refused' : 'import.failed', { name: isolate(file?.name ?? '') })} data-testid="import-error">
          {errorText(error, t)}
          {/* a refused file never changed anything (inspect only reads); a failed import says so */}
          {run.error && (
            <Text size="xs" mt={4}>
              {t('import.nothingChanged')}
            </Text>
          )}
        </Alert>
      )}
      {preview && file && <ImportPreview preview={preview} fileName={file.name} busy={run.isPending} onImport={confirm} onCancel={reset} />}
      {run.isPending && <ImportProgressBar progress={progress.data ?? null} />}
      {done && <ImportSummary record={done} onAnother={reset} />}
    </Section>
  );
}
