import type { Migration } from './index.ts';

// What a pledge has received (the non-voided sum of its payments) is read everywhere a pledge's
// status is shown: the pledge list sums every pledge at once, an import sums each pledge its
// batch names, the reports sum up to a date. The index by pledge held only the pledge, so each
// sum read every payment's row from the table, scattered through it. With what decides whether
// a payment counts (its void mark and cheque status, payments/received.ts) and its amount in
// the index too, a sum is read from the index alone (payments.import: 1 s of a 500,000-row
// import spent reading rows, test/bench). Still partial: most payments name no pledge.
export const m011PledgePaidIndex: Migration = {
  version: 11,
  name: 'pledge_paid_index',
  up(db) {
    db.exec(`
      DROP INDEX payments_pledge;
      CREATE INDEX payments_pledge ON payments(pledge_id, voided_at, cheque_status, amount) WHERE pledge_id IS NOT NULL;
    `);
  },
};
