// The payments import screen as the shared import pieces (components/fileImport) know it: its
// strings are in the treasury namespace, and these are the data-testids its tests use.
import type { ImportScreen } from '../../components/fileImport/types.ts';

export const PAYMENT_IMPORT: ImportScreen = {
  ns: 'treasury',
  listPath: '/payments',
  testIds: {
    page: 'payment-import',
    fileInput: 'payment-import-file',
    template: 'payment-import-template',
    fileError: 'payment-import-file-error',
    preview: 'payment-import-preview',
    valid: 'payment-import-valid',
    errors: 'payment-import-errors',
    errorRow: 'payment-import-error-row',
    start: 'payment-import-start',
    progress: 'payment-import-progress',
    summary: 'payment-import-summary',
    toList: 'payment-import-to-list',
  },
};
