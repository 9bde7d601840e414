import type { Migration } from './index.ts';

// The treasury: pledges, payments with gapless receipt numbers per Jalali fiscal year, receipt
// prints, and the projects that pledges and payments may be for (the projects issue extends
// that table). Money is INTEGER rials; dates are ISO; payments also keep their Jalali year and
// month so collections group by Jalali month in SQL.
export const m002Treasury: Migration = {
  version: 2,
  name: 'treasury',
  up(db) {
    db.exec(`
      CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        kind TEXT NOT NULL DEFAULT 'general' CHECK (kind IN ('housing','employment','equipment','education','general')),
        status TEXT NOT NULL DEFAULT 'planned'
          CHECK (status IN ('planned','inProgress','stalled','finished','handedOver','cancelled')),
        city TEXT,
        budget INTEGER CHECK (budget IS NULL OR budget >= 0),
        start_date TEXT,
        planned_end_date TEXT,
        search_text TEXT NOT NULL DEFAULT '',
        archived_at TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL
      );

      CREATE TABLE pledges (
        id TEXT PRIMARY KEY,
        donor_id TEXT NOT NULL REFERENCES donors(id),
        project_id TEXT REFERENCES projects(id),
        kind TEXT NOT NULL CHECK (kind IN ('oneOff','monthly','installments')),
        amount INTEGER NOT NULL CHECK (amount > 0),
        start_date TEXT NOT NULL,
        months INTEGER CHECK (months IS NULL OR months > 0),
        installments INTEGER CHECK (installments IS NULL OR installments > 1),
        notes TEXT,
        cancelled_at TEXT,
        cancel_reason TEXT,
        cancelled_by TEXT REFERENCES users(id),
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL
      );
      CREATE INDEX pledges_donor ON pledges(donor_id);
      CREATE INDEX pledges_project ON pledges(project_id) WHERE project_id IS NOT NULL;
      CREATE INDEX pledges_open ON pledges(cancelled_at, start_date);

      CREATE TABLE payments (
        id TEXT PRIMARY KEY,
        donor_id TEXT REFERENCES donors(id),
        pledge_id TEXT REFERENCES pledges(id),
        project_id TEXT REFERENCES projects(id),
        amount INTEGER NOT NULL CHECK (amount > 0),
        date TEXT NOT NULL,
        jy INTEGER NOT NULL,
        jm INTEGER NOT NULL CHECK (jm BETWEEN 1 AND 12),
        method TEXT NOT NULL CHECK (method IN ('cash','card','transfer','pos','cheque','inKind')),
        card_last4 TEXT,
        tracking_no TEXT,
        payer_sheba TEXT,
        cheque_no TEXT,
        cheque_bank TEXT,
        cheque_due_date TEXT,
        cheque_status TEXT CHECK (cheque_status IS NULL OR cheque_status IN ('pending','cleared','bounced')),
        cheque_status_date TEXT,
        in_kind_description TEXT,
        notes TEXT,
        receipt_fiscal_year INTEGER NOT NULL,
        receipt_seq INTEGER NOT NULL,
        voided_at TEXT,
        void_reason TEXT,
        voided_by TEXT REFERENCES users(id),
        created_by TEXT REFERENCES users(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_centre_id TEXT NOT NULL,
        UNIQUE (receipt_fiscal_year, receipt_seq)
      );
      CREATE INDEX payments_donor_date ON payments(donor_id, date);
      CREATE INDEX payments_pledge ON payments(pledge_id) WHERE pledge_id IS NOT NULL;
      CREATE INDEX payments_date ON payments(date);
      CREATE INDEX payments_month ON payments(jy, jm);
      CREATE INDEX payments_project ON payments(project_id) WHERE project_id IS NOT NULL;

      -- The last receipt number used in each fiscal year: taken and incremented in the same
      -- transaction as the payment, so numbers are gapless and never reused.
      CREATE TABLE receipt_counters (
        fiscal_year INTEGER PRIMARY KEY,
        last_seq INTEGER NOT NULL
      );

      CREATE TABLE receipt_prints (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        payment_id TEXT NOT NULL REFERENCES payments(id),
        printed_at TEXT NOT NULL,
        printed_by TEXT REFERENCES users(id),
        is_copy INTEGER NOT NULL CHECK (is_copy IN (0, 1))
      );
      CREATE INDEX receipt_prints_payment ON receipt_prints(payment_id);
    `);
  },
};
