// The senders whose keys this centre trusts. Removing one is for a centre that replaced its
// computer: its next file (signed by the new key) then asks to be trusted again instead of
// being refused.
import { useState } from 'react';
import { Badge, Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { errorText } from '../../lib/errors.ts';
import { isolate } from '../../lib/bidi.ts';
import type { OutputOf } from '../../../shared/contract/index.ts';
import { ListLoadState } from '../../components/ListLoadState.tsx';
import { ConfirmModal } from '../../components/ConfirmModal.tsx';
import { Section } from '../settings/Section.tsx';
import { Fingerprint } from './Fingerprint.tsx';
import { useRemoveTrust, useTrustedKeys } from './queries.ts';

type Key = OutputOf<'trust.list'>[number];

export function TrustedKeys() {
  const { t } = useTranslation('exchange');
  const f = useFormat();
  const list = useTrustedKeys();
  const remove = useRemoveTrust();
  const [removing, setRemoving] = useState<Key | null>(null);

  return (
    <Section title={t('trusted.title')} description={t('trusted.description')} icon={<IconShieldCheck size={20} />} data-testid="exchange-trusted">
      <ListLoadState error={list.error} pending={list.isPending} onRetry={() => void list.refetch()} failedTitle={t('trusted.loadFailed')} />
      {list.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('trusted.none')}
        </Text>
      )}
      {!!list.data?.length && (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing={6}>
            <Table.Tbody>
              {list.data.map((k) => (
                <Table.Tr key={k.centreId} data-testid="trusted-row">
                  <Table.Td dir="auto">
                    {k.centreName} {k.provinceOffice && <Badge color="grape" size="sm">{t('preview.provinceOffice')}</Badge>}
                  </Table.Td>
                  <Table.Td>
                    <Fingerprint value={k.fingerprint} size="md" />
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <Text size="sm" c="dimmed">
                      {t('trusted.since', { date: f.date(k.trustedAt) })}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="end">
                    <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => setRemoving(k)} data-testid="trusted-remove">
                      {t('trusted.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('trusted.removeTitle')}
        confirmLabel={t('trusted.remove')}
        loading={remove.isPending}
        onClose={() => !remove.isPending && setRemoving(null)}
        onConfirm={() =>
          removing &&
          remove.mutate(removing.centreId, {
            onSuccess: () => setRemoving(null),
            onError: (err) => notifications.show({ color: 'red', message: errorText(err, t) }),
          })
        }
        data-testid="trusted-remove-confirm"
      >
        <Text size="sm">{t('trusted.removeBody', { name: isolate(removing?.centreName ?? '') })}</Text>
      </ConfirmModal>
    </Section>
  );
}
