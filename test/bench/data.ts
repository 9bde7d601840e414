// The bench's donors: the generator first-run sample data uses, at province scale, with a
// fixed seed so every run (and every machine) measures the same rows and queries.
import { citiesFor, generateDonors } from '../../electron/services/setup/sampleData.ts';
import type { DonorFieldsInput } from '../../shared/contract/donors.ts';

export const SEED = 1405;
/** The cities of the test centre's province (CENTRE in test/helpers/core.ts: Zanjan). */
export const CITIES = citiesFor('زنجان', 'زنجان');

export function benchDonors(count: number): DonorFieldsInput[] {
  return generateDonors(count, { seed: SEED, cities: CITIES });
}
