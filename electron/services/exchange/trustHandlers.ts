// The senders whose keys this install trusts (a manager trusts a centre's key on its first file,
// after comparing the fingerprint on the phone). Removing one lets a centre that replaced its
// computer send with a new key: its next file asks to be trusted again.
import type { AreaHandlers } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { stmt } from '../../store/statements.ts';
import { persianSortKey } from '../../../shared/domain/collate.ts';

interface TrustedRow {
  centre_id: string;
  centre_name: string;
  public_key: string;
  fingerprint: string;
  province_office: number;
  trusted_at: string;
  trusted_by: string | null;
}

const view = (r: TrustedRow) => ({
  centreId: r.centre_id,
  centreName: r.centre_name,
  fingerprint: r.fingerprint,
  provinceOffice: r.province_office === 1,
  trustedAt: r.trusted_at,
});

export const trustHandlers: AreaHandlers<'trust'> = {
  'trust.list'(ctx) {
    const rows = stmt<[], TrustedRow>(ctx.db, 'SELECT * FROM trusted_keys').all();
    // province offices first, then centres in Persian alphabetical order
    const keyed = rows.map((r) => ({ r, key: persianSortKey(r.centre_name) }));
    keyed.sort((a, b) => b.r.province_office - a.r.province_office || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0) || (a.r.centre_id < b.r.centre_id ? -1 : 1));
    return keyed.map(({ r }) => view(r));
  },

  'trust.remove'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = stmt<[string], TrustedRow>(ctx.db, 'SELECT * FROM trusted_keys WHERE centre_id = ?').get(input.centreId);
      if (!before) throw new AppError('NOT_FOUND', 'trust.notFound');
      stmt(ctx.db, 'DELETE FROM trusted_keys WHERE centre_id = ?').run(input.centreId);
      ctx.audit({ action: 'remove', entity: 'trustedKey', entityId: input.centreId, before: { ...view(before), publicKey: before.public_key } });
      return { centreId: input.centreId };
    });
  },
};
