// Server state of the exchange area: this centre's key and settings, trusted senders, the imports
// history, the agency's figures and the duplicate review. An import changes households, the bank
// and the duplicates at once, so it refreshes all of them.
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api/client.ts';
import type { InputOf } from '../../../shared/contract/index.ts';
import type { AgencyPeriod } from '../../../shared/domain/agencyReport.ts';

export const exchangeKeys = {
  all: ['exchange'] as const,
  settings: ['exchange', 'settings'] as const,
  trusted: ['exchange', 'trusted'] as const,
  history: (offset: number) => ['exchange', 'history', offset] as const,
  figures: (period: AgencyPeriod) => ['exchange', 'figures', period] as const,
  duplicates: (status: 'open' | 'decided', offset: number) => ['duplicates', status, offset] as const,
  // Under 'households' so that a change to the household (or an import) asks again.
  elsewhere: (householdId: string) => ['households', 'elsewhere', householdId] as const,
};

export function useExchangeSettings() {
  return useQuery({ queryKey: exchangeKeys.settings, queryFn: () => invoke('exchange.getSettings', {}) });
}

export function useSetExchangeSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'exchange.setSettings'>) => invoke('exchange.setSettings', input),
    onSuccess: (settings) => queryClient.setQueryData(exchangeKeys.settings, settings),
  });
}

export function useTrustedKeys() {
  return useQuery({ queryKey: exchangeKeys.trusted, queryFn: () => invoke('trust.list', {}) });
}

export function useRemoveTrust() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (centreId: string) => invoke('trust.remove', { centreId }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: exchangeKeys.trusted }),
  });
}

export function useImportHistory(offset: number, limit: number) {
  return useQuery({ queryKey: exchangeKeys.history(offset), queryFn: () => invoke('exchange.history', { offset, limit }), placeholderData: keepPreviousData });
}

export function useInspect() {
  return useMutation({ mutationFn: (base64: string) => invoke('exchange.inspect', { base64 }) });
}

/** The running import's phase and count, asked every quarter second while `running`. */
export function useImportProgress(running: boolean) {
  return useQuery({
    queryKey: [...exchangeKeys.all, 'importProgress'],
    queryFn: () => invoke('exchange.importProgress', {}),
    enabled: running,
    refetchInterval: running ? 250 : false,
    gcTime: 0,
  });
}

/** After an import every screen that shows households, the bank or duplicates may be stale. */
export function useImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { base64: string; trustKey: boolean }) => invoke('exchange.import', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.all });
      void queryClient.invalidateQueries({ queryKey: ['households'] });
      void queryClient.invalidateQueries({ queryKey: ['duplicates'] });
    },
  });
}

export function useAgencyFigures(period: AgencyPeriod) {
  return useQuery({ queryKey: exchangeKeys.figures(period), queryFn: () => invoke('agency.figures', { period }), placeholderData: keepPreviousData, staleTime: 0 });
}

export function useDuplicates(status: 'open' | 'decided', offset: number, limit: number) {
  return useQuery({
    queryKey: exchangeKeys.duplicates(status, offset),
    queryFn: () => invoke('duplicates.list', { status, offset, limit }),
    placeholderData: keepPreviousData,
  });
}

export function useDecideDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'duplicates.decide'>) => invoke('duplicates.decide', input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['duplicates'] });
      // a pair marked "same household" shows the aid histories together
      void queryClient.invalidateQueries({ queryKey: ['households'] });
    },
  });
}

export function useHelpedElsewhere(householdId: string, enabled: boolean) {
  return useQuery({ queryKey: exchangeKeys.elsewhere(householdId), queryFn: () => invoke('bank.helpedElsewhere', { householdId }), enabled });
}

export const exchangeCalls = {
  export: (input: InputOf<'exchange.export'>) => invoke('exchange.export', input),
  agencyReport: (input: InputOf<'reports.agency'>) => invoke('reports.agency', input),
  provinceReport: (input: InputOf<'reports.province'>) => invoke('reports.province', input),
};
