// Files read for a screen and not kept: nothing is written, so no transaction and no audit.
import type { AreaHandlers } from '../../core/context.ts';
import { AppError } from '../../../shared/errors.ts';
import { SHEET_MAX_BYTES } from '../../../shared/contract/files.ts';
import { decodeBase64Strict } from '../attachments/store.ts';
import { readFirstSheet } from './readSheet.ts';

export const filesHandlers: AreaHandlers<'files'> = {
  async 'files.readSheet'(_ctx, input) {
    const bytes = decodeBase64Strict(input.base64);
    if (!bytes || bytes.length === 0) throw new AppError('BAD_FILE', 'files.badData');
    if (bytes.length > SHEET_MAX_BYTES) throw new AppError('VALIDATION', 'files.tooLarge', { fieldKeys: { base64: { key: 'files.tooLarge' } } });
    return { rows: await readFirstSheet(bytes) };
  },
};
