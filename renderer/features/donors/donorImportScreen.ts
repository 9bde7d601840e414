// The donors import screen as the shared import pieces (components/fileImport) know it: its
// strings are in the donors namespace, and these are the data-testids its tests use.
import type { ImportScreen } from '../../components/fileImport/types.ts';

export const DONOR_IMPORT: ImportScreen = {
  ns: 'donors',
  listPath: '/donors',
  testIds: {
    page: 'donor-import',
    fileInput: 'import-file-input',
    template: 'import-template',
    fileError: 'import-file-error',
    preview: 'import-preview',
    errors: 'import-errors',
    errorRow: 'import-error-row',
    start: 'import-start',
    progress: 'import-progress',
    summary: 'import-summary',
  },
};
