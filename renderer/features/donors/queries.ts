// The donors area's server state: searches, one donor, the facets (cities and tags in use) and
// the changes. Every change invalidates all 'donors' queries, so lists and pages refresh.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api/client.ts';
import type { InputOf } from '../../../shared/contract/index.ts';
import type { Donor } from '../../../shared/contract/donors.ts';

export type DonorSearchInput = InputOf<'donors.search'>;

export const donorKeys = {
  all: ['donors'] as const,
  search: (input: DonorSearchInput) => ['donors', 'search', input] as const,
  detail: (id: string) => ['donors', 'detail', id] as const,
  facets: ['donors', 'facets'] as const,
};

/** One page of results; the previous page stays on screen while the next one loads. */
export function useDonorSearch(input: DonorSearchInput) {
  return useQuery({
    queryKey: donorKeys.search(input),
    queryFn: () => invoke('donors.search', input),
    placeholderData: keepPreviousData,
  });
}

export function useDonor(id: string | undefined) {
  return useQuery({
    queryKey: donorKeys.detail(id ?? ''),
    queryFn: () => invoke('donors.get', { id: id! }),
    enabled: !!id,
  });
}

/** The cities and tags to offer in filters and forms. `enabled: false` holds the request back
 *  (the list asks only once its first page is in: one pass over the table that the first
 *  screen need not wait for). */
export function useDonorFacets(opts: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: donorKeys.facets,
    queryFn: () => invoke('donors.facets', {}),
    staleTime: 60_000,
    enabled: opts.enabled ?? true,
  });
}

/** After any change: remember the new donor and refresh every donors query. */
function useAfterChange() {
  const queryClient = useQueryClient();
  return (donor: Donor) => {
    queryClient.setQueryData(donorKeys.detail(donor.id), donor);
    void queryClient.invalidateQueries({ queryKey: donorKeys.all });
  };
}

export function useCreateDonor() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (input: InputOf<'donors.create'>) => invoke('donors.create', input),
    onSuccess: afterChange,
  });
}

export function useUpdateDonor() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (input: InputOf<'donors.update'>) => invoke('donors.update', input),
    onSuccess: afterChange,
  });
}

export function useArchiveDonor() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (id: string) => invoke('donors.archive', { id }),
    onSuccess: afterChange,
  });
}

export function useRestoreDonor() {
  const afterChange = useAfterChange();
  return useMutation({
    mutationFn: (id: string) => invoke('donors.restore', { id }),
    onSuccess: afterChange,
  });
}
