// Every schema change is a numbered migration, listed here in order. A migration is one
// function on the open database; the runner owns the transaction and the version.
import type { Db } from '../database.ts';
import { m001Initial } from './001_initial.ts';
import { m002Treasury } from './002_treasury.ts';
import { m003Households } from './003_households.ts';
import { m004DonorSortIndexes } from './004_donor_sort_indexes.ts';
import { m005DonorWordIndex } from './005_donor_word_index.ts';
import { m006Projects } from './006_projects.ts';
import { m007HouseholdSearch } from './007_household_search.ts';
import { m008Exchange } from './008_exchange.ts';
import { m009DuplicateKeys } from './009_duplicate_keys.ts';
import { m010BankStorage } from './010_bank_storage.ts';
import { m011PledgePaidIndex } from './011_pledge_paid_index.ts';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

export const MIGRATIONS: readonly Migration[] = [m001Initial, m002Treasury, m003Households, m004DonorSortIndexes, m005DonorWordIndex, m006Projects, m007HouseholdSearch, m008Exchange, m009DuplicateKeys, m010BankStorage, m011PledgePaidIndex];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
