// Server state of the households area: searches, one household, its needs and aid, offers,
// matching. Every change invalidates the 'households' queries, so lists and pages refresh.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Household } from '../../../shared/contract/households.ts';
import { invoke } from '../../api/client.ts';
import type { InputOf } from '../../../shared/contract/index.ts';

export type HouseholdSearchInput = InputOf<'households.search'>;

export const hhKeys = {
  all: ['households'] as const,
  search: (input: HouseholdSearchInput) => ['households', 'search', input] as const,
  detail: (id: string) => ['households', 'detail', id] as const,
  needs: (id: string) => ['households', 'needs', id] as const,
  aid: (id: string) => ['households', 'aid', id] as const,
  offers: ['households', 'offers'] as const,
  suggest: (offerId: string) => ['households', 'suggest', offerId] as const,
  weights: ['households', 'weights'] as const,
};

export function useHouseholdSearch(input: HouseholdSearchInput) {
  return useQuery({ queryKey: hhKeys.search(input), queryFn: () => invoke('households.search', input), placeholderData: keepPreviousData });
}

export function useHousehold(id: string | undefined) {
  return useQuery({ queryKey: hhKeys.detail(id ?? ''), queryFn: () => invoke('households.get', { id: id! }), enabled: !!id });
}

export function useNeeds(householdId: string) {
  return useQuery({ queryKey: hhKeys.needs(householdId), queryFn: () => invoke('needs.list', { householdId, includeClosed: true }) });
}

export function useAid(householdId: string, enabled: boolean) {
  return useQuery({ queryKey: hhKeys.aid(householdId), queryFn: () => invoke('aid.list', { householdId }), enabled });
}

export function useOffers(includeUsedUp: boolean) {
  return useQuery({ queryKey: [...hhKeys.offers, includeUsedUp], queryFn: () => invoke('offers.list', { includeUsedUp }) });
}

export function useSuggest(offerId: string | null) {
  return useQuery({
    queryKey: hhKeys.suggest(offerId ?? ''),
    queryFn: () => invoke('matching.suggest', { offerId: offerId!, limit: 30 }),
    enabled: !!offerId,
  });
}

export function useWeights() {
  return useQuery({ queryKey: hhKeys.weights, queryFn: () => invoke('matching.getWeights', {}) });
}

/** After any change: refresh every households query (lists, pages, needs, offers, matching). */
function useRefresh() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: hhKeys.all });
}

function useHouseholdChange() {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return (h: Household) => {
    queryClient.setQueryData(hhKeys.detail(h.id), h);
    refresh();
  };
}

export function useCreateHousehold() {
  const onSuccess = useHouseholdChange();
  return useMutation({ mutationFn: (input: InputOf<'households.create'>) => invoke('households.create', input), onSuccess });
}

export function useUpdateHousehold() {
  const onSuccess = useHouseholdChange();
  return useMutation({ mutationFn: (input: InputOf<'households.update'>) => invoke('households.update', input), onSuccess });
}

export function useArchiveHousehold(archive: boolean) {
  const onSuccess = useHouseholdChange();
  return useMutation({ mutationFn: (id: string) => invoke(archive ? 'households.archive' : 'households.restore', { id }), onSuccess });
}

export function useAddNeed() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: InputOf<'needs.add'>) => invoke('needs.add', input), onSuccess });
}

export function useCancelNeed() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: InputOf<'needs.cancel'>) => invoke('needs.cancel', input), onSuccess });
}

export function useRecordAid() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: InputOf<'aid.record'>) => invoke('aid.record', input), onSuccess });
}

export function useCreateOffer() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: InputOf<'offers.create'>) => invoke('offers.create', input), onSuccess });
}

export function useApprove() {
  const onSuccess = useRefresh();
  return useMutation({ mutationFn: (input: InputOf<'matching.approve'>) => invoke('matching.approve', input), onSuccess });
}

export function useSetWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'matching.setWeights'>) => invoke('matching.setWeights', input),
    onSuccess: (w) => {
      queryClient.setQueryData(hhKeys.weights, w);
      void queryClient.invalidateQueries({ queryKey: hhKeys.all });
    },
  });
}

/** Active case workers (for the household form and the list filter); only case roles may ask. */
export function useCaseWorkers(enabled: boolean) {
  return useQuery({ queryKey: ['users', 'caseWorkers'], queryFn: () => invoke('users.caseWorkers', {}), enabled, staleTime: 60_000 });
}
