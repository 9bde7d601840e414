// Exchange settings (this install's key fingerprint, "province office", the province's shared
// passphrase for aid markers) and exchange.export. The reader's channels (inspect, import,
// history) live beside the importer; electron/services/index.ts combines both.
import type { AreaHandlers, Ctx } from '../../core/context.ts';
import type { Db } from '../../store/database.ts';
import { AppError } from '../../../shared/errors.ts';
import { inTransaction } from '../../store/database.ts';
import { setSetting } from '../settings/repository.ts';
import { toLatinDigits } from '../../../shared/domain/digits.ts';
import { normalizePersianText } from '../../../shared/domain/normalize.ts';
import { fingerprintOf, loadCentreKey } from './keys.ts';
import { isProvinceOffice, PASSPHRASE_KEY, PROVINCE_OFFICE_KEY, readPassphrase } from './markers.ts';
import { exportExchangeFile } from './export.ts';

export interface ExchangeSettingsView {
  centreId: string;
  fingerprint: string;
  provinceOffice: boolean;
  passphraseSet: boolean;
}

export function readExchangeSettings(db: Db, centreId: string): ExchangeSettingsView {
  return {
    centreId,
    fingerprint: fingerprintOf(loadCentreKey(db).publicKey),
    provinceOffice: isProvinceOffice(db),
    passphraseSet: !!readPassphrase(db),
  };
}

/** Every centre of a province must key its markers with the same bytes, however its keyboard
 *  types them: Arabic ي/ك become Persian ی/ک, Persian and Arabic digits ASCII, spaces trimmed and
 *  collapsed (Unicode NFC). The importer reads the stored, normalised form too. */
export function normalizePassphrase(s: string): string {
  return toLatinDigits(normalizePersianText(s.normalize('NFC')));
}

const PASSPHRASE_MIN = 12;

export const exchangeSettingsHandlers: Pick<AreaHandlers<'exchange'>, 'exchange.getSettings' | 'exchange.setSettings' | 'exchange.export'> = {
  'exchange.getSettings'(ctx: Ctx) {
    return readExchangeSettings(ctx.db, ctx.centreId);
  },

  'exchange.setSettings'(ctx, input) {
    return inTransaction(ctx.db, () => {
      const before = readExchangeSettings(ctx.db, ctx.centreId);
      let passphraseChanged = false;
      if (input.passphrase !== undefined) {
        const passphrase = normalizePassphrase(input.passphrase);
        if ([...passphrase].length < PASSPHRASE_MIN) {
          throw new AppError('VALIDATION', 'v.exchange.passphrase', { fieldKeys: { passphrase: { key: 'v.exchange.passphrase' } } });
        }
        passphraseChanged = passphrase !== readPassphrase(ctx.db);
        setSetting(ctx.db, PASSPHRASE_KEY, passphrase, ctx.nowIso);
      }
      if (input.provinceOffice !== undefined) setSetting(ctx.db, PROVINCE_OFFICE_KEY, input.provinceOffice ? '1' : '0', ctx.nowIso);
      const after = readExchangeSettings(ctx.db, ctx.centreId);
      // the passphrase itself never goes into the audit log: only that it was changed
      ctx.audit({ action: 'update', entity: 'exchangeSettings', entityId: null, before, after: { ...after, passphraseChanged } });
      return after;
    });
  },

  'exchange.export'(ctx, input) {
    return exportExchangeFile(ctx, input);
  },
};
