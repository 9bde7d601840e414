// What counts as money received, for every sum of payments: what a pledge has been paid, the
// collections, the dashboard, a project's money, the agency's figures. A voided payment never
// counted; a cheque that bounced did not bring the money either, so from the day it is marked
// bounced it leaves every sum (its pledge is due again, as a treasurer expects), while it stays
// listed with its status. A cheque still pending counts: the centre holds it. The daily cash
// report is the exception on purpose (reports/queries.ts): it lists what came to the desk that
// day, the cheque among it, so a later bounce does not change a till already closed. The same
// rule on a payment already read: shared/domain/received.ts.

/** The SQL condition for a received payment; `alias` is the payments table's alias in the query. */
export function receivedPayment(alias?: string): string {
  const a = alias ? `${alias}.` : '';
  return `${a}voided_at IS NULL AND ${a}cheque_status IS NOT 'bounced'`;
}
