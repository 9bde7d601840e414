// Export (managers): one signed .hamyar file. The bank carries households with consent whole and
// the others as pseudonymous aid markers; sensitive fields go only when ticked, for this file
// alone. The report carries the agency figures of a Jalali period, no personal data.
import { useState } from 'react';
import { Alert, Button, Checkbox, Group, SegmentedControl, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconFileExport } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors.ts';
import { saveFilePayload } from '../../lib/files.ts';
import { isolate } from '../../lib/bidi.ts';
import type { AgencyPeriod } from '../../../shared/domain/agencyReport.ts';
import type { InputOf } from '../../../shared/contract/index.ts';
import { Section } from '../settings/Section.tsx';
import { exchangeCalls } from './queries.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { currentPeriod } from './period.ts';

type Scope = 'bank' | 'report';

export function ExportCard({ passphraseSet }: { passphraseSet: boolean }) {
  const { t } = useTranslation('exchange');
  const [scope, setScope] = useState<Scope>('bank');
  const [sensitive, setSensitive] = useState(false);
  const [period, setPeriod] = useState<AgencyPeriod>(() => currentPeriod('month'));
  const run = useMutation({
    mutationFn: (input: InputOf<'exchange.export'>) => exchangeCalls.export(input),
    onSuccess: (file) => {
      saveFilePayload(file);
      notifications.show({ color: 'teal', message: t('export.done', { name: isolate(file.fileName) }) });
    },
    onError: (err) => notifications.show({ color: 'red', autoClose: 12_000, title: t('export.failed'), message: errorText(err, t) }),
  });

  return (
    <Section title={t('export.title')} description={t('export.description')} icon={<IconFileExport size={20} />} data-testid="exchange-export">
      <SegmentedControl
        w="fit-content"
        data={(['bank', 'report'] as const).map((s) => ({ value: s, label: t(`scope.${s}`) }))}
        value={scope}
        onChange={(s) => setScope(s as Scope)}
        data-testid="export-scope"
      />
      {scope === 'bank' ? (
        <>
          <Text size="sm">{t('export.bankText')}</Text>
          {!passphraseSet && (
            <Alert color="orange" variant="light" p="xs" data-testid="export-no-passphrase">
              {t('export.noPassphrase')}
            </Alert>
          )}
          <Checkbox
            label={t('export.sensitive')}
            description={t('export.sensitiveHelp')}
            checked={sensitive}
            onChange={(e) => setSensitive(e.currentTarget.checked)}
            data-testid="export-sensitive"
          />
          {sensitive && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('export.sensitiveWarningTitle')} data-testid="export-sensitive-warning">
              {t('export.sensitiveWarning')}
            </Alert>
          )}
        </>
      ) : (
        <>
          <Text size="sm">{t('export.reportText')}</Text>
          <PeriodPicker value={period} onChange={setPeriod} testId="export-period" />
        </>
      )}
      <Group>
        <Button
          leftSection={<IconFileExport size={18} />}
          loading={run.isPending}
          onClick={() => run.mutate(scope === 'bank' ? { scope, includeSensitive: sensitive } : { scope, period })}
          data-testid="export-run"
        >
          {t('export.run')}
        </Button>
      </Group>
    </Section>
  );
}
