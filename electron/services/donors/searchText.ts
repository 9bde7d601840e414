// What a donor can be found by: names (also without spaces, so "عبدالله زاده", "عبدالله‌زاده"
// and "عبداللهزاده" meet), IDs, phone numbers, city, tags, e-mail, all normalised the way the
// query will be (shared/domain/normalize.ts).
import { normalizeForSearch, spacelessNameVariants } from '../../../shared/domain/normalize.ts';
import { persianSortKey } from '../../../shared/domain/collate.ts';
import type { DonorFields } from '../../../shared/contract/donors.ts';

export function displayNameOf(d: Pick<DonorFields, 'kind' | 'firstName' | 'lastName' | 'orgName'>): string {
  return d.kind === 'person' ? `${d.firstName ?? ''} ${d.lastName ?? ''}`.trim() : (d.orgName ?? '');
}

/** Persons sort by last name then first name; organisations by name. */
export function sortKeyOf(d: Pick<DonorFields, 'kind' | 'firstName' | 'lastName' | 'orgName'>): string {
  return d.kind === 'person' ? persianSortKey(`${d.lastName ?? ''} ${d.firstName ?? ''}`) : persianSortKey(d.orgName ?? '');
}

export function searchTextOf(d: DonorFields): string {
  const name = displayNameOf(d);
  const parts = [name, ...spacelessNameVariants([d.firstName, d.lastName, d.orgName]), d.nationalId, d.mobile, d.mobile ? d.mobile.slice(1) : null];
  parts.push(d.phone ? d.phone.replace(/\D/g, '') : null, d.city, d.email, ...d.tags);
  return normalizeForSearch(parts.filter((p): p is string => !!p).join(' '));
}
