// The whole IPC contract: every channel of every area, once. The main process binds it
// (electron/core/dispatcher.ts), the renderer's client and the tests derive their types from it.
import type { z } from 'zod';
import { setupContract } from './setup.ts';
import { authContract } from './auth.ts';
import { usersContract } from './users.ts';
import { settingsContract } from './settings.ts';
import { donorsContract } from './donors.ts';
import { auditContract } from './audit.ts';
import { backupContract } from './backup.ts';
import { projectsContract } from './projects.ts';
import { pledgesContract } from './pledges.ts';
import { paymentsContract } from './payments.ts';
import { treasuryContract } from './treasury.ts';
import { householdsContract } from './households.ts';
import { aidContract } from './aid.ts';
import { matchingContract } from './matching.ts';
import { housingContract } from './housing.ts';
import { fundingContract } from './funding.ts';
import { equipmentContract } from './equipment.ts';
import { attachmentsContract } from './attachments.ts';
import { projectReportsContract } from './projectReports.ts';
import { agencyContract } from './agency.ts';
import { exchangeContract } from './exchange.ts';
import { filesContract } from './files.ts';

export const contract = {
  ...setupContract,
  ...authContract,
  ...usersContract,
  ...settingsContract,
  ...donorsContract,
  ...auditContract,
  ...backupContract,
  ...projectsContract,
  ...pledgesContract,
  ...paymentsContract,
  ...treasuryContract,
  ...householdsContract,
  ...aidContract,
  ...matchingContract,
  ...housingContract,
  ...fundingContract,
  ...equipmentContract,
  ...attachmentsContract,
  ...projectReportsContract,
  ...agencyContract,
  ...exchangeContract,
  ...filesContract,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller sends (before defaults and transforms). */
export type InputOf<K extends ChannelName> = z.input<Contract[K]['input']>;
/** What a handler receives (validated, defaulted, normalised). */
export type ParsedInputOf<K extends ChannelName> = z.output<Contract[K]['input']>;
export type OutputOf<K extends ChannelName> = z.output<Contract[K]['output']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

export { ROLES, type Role, roleAllowed } from './channel.ts';
