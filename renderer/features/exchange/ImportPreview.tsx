// The verified file before anything changes: who sent it (name, place, key fingerprint and
// whether we trust it), what it holds, what importing it would do, and the first possible
// duplicates of local households. Import is offered only when the key allows it.
import { useEffect, useRef } from 'react';
import { Alert, Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCopy, IconFileImport, IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { isolate } from '../../lib/bidi.ts';
import type { ExchangePreview } from '../../../shared/contract/exchange.ts';
import { DetailRow } from '../../components/DetailSection.tsx';
import { Fingerprint } from './Fingerprint.tsx';
import { TrustNotice } from './TrustNotice.tsx';
import { ImportCounts } from './ImportCounts.tsx';
import { periodLabel } from './period.ts';

interface Props {
  preview: ExchangePreview;
  fileName: string;
  busy: boolean;
  onImport(trustKey: boolean): void;
  onCancel(): void;
}

export function ImportPreview({ preview: p, fileName, busy, onImport, onCancel }: Props) {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  // The import card sits below the export card: bring the answer to the file just picked into view.
  const top = useRef<HTMLDivElement>(null);
  // (A block body: newer Chromium returns a promise from scrollIntoView, and an effect may only
  // return a cleanup function.)
  useEffect(() => {
    void top.current?.scrollIntoView({ block: 'start' });
  }, []);
  const canImport = p.trust === 'trusted' || p.trust === 'new';

  return (
    <Paper ref={top} withBorder p="md" radius="md" style={{ scrollMarginTop: 72 }} data-testid="import-preview">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text size="xs" c="dimmed">
              {t('preview.from')}
            </Text>
            <Title order={3} dir="auto" data-testid="import-sender-name">
              {p.sender.name}
            </Title>
            <Text size="sm" c="dimmed" dir="auto" data-testid="import-sender-place">
              {t('preview.place', { province: isolate(p.sender.province), city: isolate(p.sender.city) })}
            </Text>
          </div>
          <Group gap="xs">
            {p.sender.provinceOffice && <Badge color="grape">{t('preview.provinceOffice')}</Badge>}
            <Badge variant="light">{t(`scope.${p.scope}`)}</Badge>
            {p.includesSensitive && <Badge color="red" variant="light">{t('preview.sensitive')}</Badge>}
          </Group>
        </Group>
        <div>
          <Text size="xs" c="dimmed" mb={4}>
            {t('preview.fingerprint')}
          </Text>
          <Fingerprint value={p.sender.fingerprint} size="lg" testId="import-sender-fingerprint" />
        </div>
        <TrustNotice preview={p} />
        <Stack gap={4}>
          <DetailRow label={t('preview.file')}>{isolate(fileName)}</DetailRow>
          <DetailRow label={t('preview.createdAt')}>{f.dateTime(p.createdAt)}</DetailRow>
          {p.period && <DetailRow label={t('preview.period')}>{periodLabel(p.period, t, f.lang, f.digits)}</DetailRow>}
        </Stack>
        {p.seenBefore && (
          <Alert color="blue" variant="light" icon={<IconHistory size={18} />} data-testid="import-seen-before">
            {t('preview.seenBefore')}
          </Alert>
        )}
        <Title order={5}>{t('preview.wouldDo')}</Title>
        <ImportCounts counts={p.counts} scope={p.scope} testId="preview-count" />
        {p.duplicates.length > 0 && (
          <Stack gap={4} data-testid="import-duplicates">
            <Group gap={6}>
              <IconCopy size={16} />
              <Text fw={600} size="sm">
                {t('preview.duplicates', { n: f.number(p.counts.duplicates) })}
              </Text>
            </Group>
            <List size="sm" spacing={2}>
              {p.duplicates.map((d) => (
                <List.Item key={`${d.localHouseholdId}-${d.bankId}`} data-testid="import-duplicate">
                  {t('preview.duplicateLine', { local: isolate(d.localName), other: isolate(d.bankName), centre: isolate(d.ownerName), reason: t(`reason.${d.reason}`) })}
                </List.Item>
              ))}
            </List>
            <Text size="xs" c="dimmed">
              {t('preview.duplicatesAfter')}
            </Text>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={busy} data-testid="import-cancel">
            {t('preview.cancel')}
          </Button>
          {canImport && (
            <Button
              color={p.trust === 'new' ? 'orange' : undefined}
              leftSection={<IconFileImport size={18} />}
              loading={busy}
              onClick={() => onImport(p.trust === 'new')}
              data-testid={p.trust === 'new' ? 'import-trust-confirm' : 'import-confirm'}
            >
              {p.trust === 'new' ? t('preview.trustAndImport') : t('preview.import')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
