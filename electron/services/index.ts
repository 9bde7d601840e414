// Every area's handlers, combined. `Handlers` requires one handler per channel of the
// contract, so a channel without a service (or a stray handler) is a compile error.
import type { Handlers } from '../core/context.ts';
import { setupHandlers } from './setup/handlers.ts';
import { authHandlers } from './auth/handlers.ts';
import { usersHandlers } from './users/handlers.ts';
import { settingsHandlers } from './settings/handlers.ts';
import { donorsHandlers } from './donors/handlers.ts';
import { auditHandlers } from './audit/handlers.ts';
import { backupHandlers } from './backup/handlers.ts';
import { projectsHandlers } from './projects/handlers.ts';
import { pledgesHandlers } from './pledges/handlers.ts';
import { paymentsHandlers } from './payments/handlers.ts';
import { treasuryHandlers } from './treasury/handlers.ts';
import { reportsHandlers } from './reports/handlers.ts';
import { receiptsHandlers } from './receipts/handlers.ts';
import { householdsHandlers } from './households/handlers.ts';
import { needsHandlers } from './needs/handlers.ts';
import { aidHandlers } from './aid/handlers.ts';
import { offersHandlers } from './offers/handlers.ts';
import { matchingHandlers } from './matching/handlers.ts';
import { housingHandlers } from './housing/handlers.ts';
import { employmentHandlers } from './employment/handlers.ts';
import { fundingHandlers } from './funding/handlers.ts';
import { equipmentHandlers } from './equipment/handlers.ts';
import { attachmentsHandlers } from './attachments/handlers.ts';
import { agencyHandlers } from './agency/handlers.ts';
import { exchangeSettingsHandlers } from './exchange/settingsHandlers.ts';
import { exchangeImportHandlers } from './exchange/importHandlers.ts';
import { trustHandlers } from './exchange/trustHandlers.ts';
import { bankHandlers, duplicatesHandlers } from './exchange/bankHandlers.ts';
import { filesHandlers } from './files/handlers.ts';

export const handlers: Handlers = {
  ...setupHandlers,
  ...authHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...donorsHandlers,
  ...auditHandlers,
  ...backupHandlers,
  ...projectsHandlers,
  ...pledgesHandlers,
  ...paymentsHandlers,
  ...treasuryHandlers,
  ...reportsHandlers,
  ...receiptsHandlers,
  ...householdsHandlers,
  ...needsHandlers,
  ...aidHandlers,
  ...offersHandlers,
  ...matchingHandlers,
  ...housingHandlers,
  ...employmentHandlers,
  ...fundingHandlers,
  ...equipmentHandlers,
  ...attachmentsHandlers,
  ...agencyHandlers,
  // the exchange area is written in two halves: settings and export, inspect and import
  ...exchangeSettingsHandlers,
  ...exchangeImportHandlers,
  ...trustHandlers,
  ...bankHandlers,
  ...duplicatesHandlers,
  ...filesHandlers,
};
