// Whether a payment counts as money received: not voided, and not a cheque that bounced. The
// same rule as the SQL every sum of payments uses (electron/services/payments/received.ts), for
// the places that decide it on a payment already read: a report's struck-through row, the
// payments list's struck amount.
export function isReceived(p: { voidedAt: string | null; chequeStatus: 'pending' | 'cleared' | 'bounced' | null }): boolean {
  return p.voidedAt === null && p.chequeStatus !== 'bounced';
}
