// Payments as a table: date, receipt number, donor, amount, method, purpose, state, and the
// row's actions. A voided payment stays listed, struck through, with its reason.
import { Anchor, Badge, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import type { Payment } from '../../../shared/contract/payments.ts';
import { isReceived } from '../../../shared/domain/received.ts';
import { PaymentRowActions } from './PaymentRowActions.tsx';
import { useTreasuryText } from './useTreasuryText.ts';

interface Props {
  items: Payment[];
  /** false on a donor's own page */
  showDonor?: boolean;
  dimmed?: boolean;
  onVoid(p: Payment): void;
}

const CHEQUE_COLORS = { pending: 'yellow', cleared: 'teal', bounced: 'red' } as const;

export function PaymentTable({ items, showDonor = true, dimmed = false, onVoid }: Props) {
  const { t } = useTranslation('treasury');
  const f = useFormat();
  const tx = useTreasuryText();

  return (
    <Table.ScrollContainer minWidth={showDonor ? 900 : 760}>
      <Table verticalSpacing="xs" highlightOnHover style={{ opacity: dimmed ? 0.6 : 1 }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('columns.date')}</Table.Th>
            <Table.Th>{t('columns.receiptNo')}</Table.Th>
            {showDonor && <Table.Th>{t('columns.donor')}</Table.Th>}
            <Table.Th>{t('columns.amount')}</Table.Th>
            <Table.Th>{t('columns.method')}</Table.Th>
            <Table.Th>{t('columns.purpose')}</Table.Th>
            <Table.Th>{t('columns.state')}</Table.Th>
            <Table.Th aria-label={t('columns.actions')} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((p) => {
            const voided = !!p.voidedAt;
            // voided, or a bounced cheque (no money came): listed, but its amount is in no total
            const bounced = p.chequeStatus === 'bounced';
            const counted = isReceived(p);
            return (
              <Table.Tr key={p.id} data-testid="payment-row" data-voided={voided || undefined} data-bounced={bounced || undefined} c={voided ? 'dimmed' : undefined}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{f.date(p.date)}</Table.Td>
                <Table.Td>
                  <span className="ltr-value">{f.digits(p.receiptNo)}</span>
                </Table.Td>
                {showDonor && (
                  <Table.Td>
                    {p.donorId ? (
                      <Anchor component={Link} to={`/donors/${p.donorId}`} size="sm" dir="auto">
                        {p.donorName}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('payment.anonymousDonor')}
                      </Text>
                    )}
                  </Table.Td>
                )}
                <Table.Td style={{ whiteSpace: 'nowrap' }} td={counted ? undefined : 'line-through'} fw={500} data-testid="payment-amount-cell">
                  {f.money(p.amount)}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{tx.method(p)}</Text>
                  {p.method === 'inKind' && p.inKindDescription && (
                    <Text size="xs" c="dimmed" lineClamp={1}>
                      <bdi>{p.inKindDescription}</bdi>
                    </Text>
                  )}
                  {p.method === 'cheque' && p.chequeDueDate && (
                    <Text size="xs" c="dimmed">
                      {t('cheque.due', { date: f.date(p.chequeDueDate) })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {p.pledgeId ? (
                    <Anchor component={Link} to={`/pledges/${p.pledgeId}`} size="sm">
                      {tx.purpose(p.projectName)}
                    </Anchor>
                  ) : (
                    <Text size="sm">{tx.purpose(p.projectName)}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {voided ? (
                    <Tooltip label={p.voidReason ?? ''} disabled={!p.voidReason} multiline maw={320}>
                      <Badge size="sm" miw="max-content" color="gray" variant="filled" data-testid="payment-voided">
                        {t('payment.voided')}
                      </Badge>
                    </Tooltip>
                  ) : p.method === 'cheque' && p.chequeStatus ? (
                    <Tooltip label={t('cheque.notCounted')} disabled={!bounced} multiline maw={320}>
                      <Badge size="sm" miw="max-content" variant="light" color={CHEQUE_COLORS[p.chequeStatus]} data-testid="payment-cheque-badge">
                        {t(`cheque.status.${p.chequeStatus}`)}
                      </Badge>
                    </Tooltip>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <PaymentRowActions payment={p} onVoid={onVoid} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
