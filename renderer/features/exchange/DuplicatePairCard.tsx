// One possible duplicate: this centre's household beside the other centre's copy, the reason
// they were paired, and the case worker's verdict. "Same household" links them (both owners
// keep their records; the aid histories show together); "different" closes the question. Fields
// on which the two copies disagree stand out.
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { OutputOf } from '../../../shared/contract/index.ts';

export type Pair = OutputOf<'duplicates.list'>['items'][number];
type Side = Pair['local'] | Pair['bank'];

/** Whether the two copies say different things about a field (a hint where to look). */
const differs = (a: string | null, b: string | null) => (a ?? '').trim() !== (b ?? '').trim();

interface SideProps {
  title: string;
  name: string;
  side: Side;
  other: Side;
  testId: string;
  link?: string;
}

function SideColumn({ title, name, side, other, testId, link }: SideProps) {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  const row = (label: string, value: string | null, different: boolean) => (
    <Group gap="xs" wrap="nowrap">
      <Text size="xs" c="dimmed" w={90} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" dir="auto" c={!value ? 'dimmed' : different ? 'orange.8' : undefined} fw={different ? 600 : undefined} data-differs={different || undefined}>
        {value || t('duplicates.notRecorded')}
      </Text>
    </Group>
  );
  return (
    <Paper withBorder p="sm" radius="md" data-testid={testId}>
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {title}
        </Text>
        {link ? (
          <Anchor component={Link} to={link} fw={700} dir="auto" data-testid="duplicate-local-link">
            {name}
          </Anchor>
        ) : (
          <Text fw={700} dir="auto">
            {name}
          </Text>
        )}
        {row(t('duplicates.nationalId'), f.digits(side.nationalId), differs(side.nationalId, other.nationalId))}
        {row(t('duplicates.father'), side.fatherName, differs(side.fatherName, other.fatherName))}
        {row(t('duplicates.birthDate'), f.date(side.birthDate), differs(side.birthDate, other.birthDate))}
        {row(t('duplicates.city'), side.city, differs(side.city, other.city))}
      </Stack>
    </Paper>
  );
}

interface Props {
  pair: Pair;
  busy: boolean;
  onDecide(verdict: 'same' | 'different'): void;
}

export function DuplicatePairCard({ pair: p, busy, onDecide }: Props) {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  return (
    <Paper withBorder p="md" radius="md" data-testid="duplicate-pair" data-verdict={p.verdict ?? 'open'}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Badge color="orange" variant="light" data-testid="duplicate-reason">
              {t(`reason.${p.reason}`)}
            </Badge>
            {p.verdict && <Badge color={p.verdict === 'same' ? 'teal' : 'gray'}>{t(`duplicates.verdict.${p.verdict}`)}</Badge>}
          </Group>
          <Text size="xs" c="dimmed">
            {t('duplicates.foundAt', { date: f.date(p.foundAt) })}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <SideColumn title={t('duplicates.local')} name={p.localName} side={p.local} other={p.bank} link={`/households/${p.localHouseholdId}`} testId="duplicate-local" />
          <SideColumn title={t('duplicates.other', { centre: p.ownerName })} name={p.bankName} side={p.bank} other={p.local} testId="duplicate-other" />
        </SimpleGrid>
        <Group justify="flex-end" gap="xs">
          <Button
            size="xs"
            variant={p.verdict === 'same' ? 'filled' : 'light'}
            color="teal"
            leftSection={<IconCheck size={14} />}
            disabled={busy || p.verdict === 'same'}
            onClick={() => onDecide('same')}
            data-testid="duplicate-same"
          >
            {t('duplicates.same')}
          </Button>
          <Button
            size="xs"
            variant={p.verdict === 'different' ? 'filled' : 'light'}
            color="gray"
            leftSection={<IconX size={14} />}
            disabled={busy || p.verdict === 'different'}
            onClick={() => onDecide('different')}
            data-testid="duplicate-different"
          >
            {t('duplicates.different')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
