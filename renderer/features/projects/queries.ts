// Server state of the projects area: the list, the board, one project and everything hanging off
// it (stages, funding, expenses, equipment, attachments). Every change refreshes the 'projects'
// queries, and money changes the treasury's too (a project's pledges live there).
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { invoke } from '../../api/client.ts';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract/index.ts';
import type { ProjectDetail } from '../../../shared/contract/projects.ts';

export type ProjectSearchInput = InputOf<'projects.search'>;

export const projectKeys = {
  all: ['projects'] as const,
  search: (input: ProjectSearchInput) => ['projects', 'search', input] as const,
  detail: (id: string) => ['projects', 'detail', id] as const,
  board: ['projects', 'board'] as const,
  settings: ['projects', 'settings'] as const,
  handovers: (lotId: string, offset: number) => ['projects', 'handovers', lotId, offset] as const,
  // Outside 'projects': a change to the project must not download every photo again.
  attachment: (id: string) => ['attachments', id] as const,
  householdOptions: (query: string) => ['households', 'options', query] as const,
  openNeeds: (householdId: string) => ['households', 'needs', householdId] as const,
};

// A project's money moves with pledges and payments recorded on the treasury's screens, which
// do not know the projects' queries: the list, the board and a project are asked again each
// time they are opened (staleTime 0) rather than shown from a cache up to ten seconds old.
const FRESH = { staleTime: 0 } as const;

export function useProjectSearch(input: ProjectSearchInput) {
  return useQuery({ queryKey: projectKeys.search(input), queryFn: () => invoke('projects.search', input), placeholderData: keepPreviousData, ...FRESH });
}

export function useProject(id: string | undefined) {
  return useQuery({ queryKey: projectKeys.detail(id ?? ''), queryFn: () => invoke('projects.get', { id: id! }), enabled: !!id, ...FRESH });
}

export function useBoard() {
  return useQuery({ queryKey: projectKeys.board, queryFn: () => invoke('projects.board', {}), ...FRESH });
}

export function useProjectSettings() {
  return useQuery({ queryKey: projectKeys.settings, queryFn: () => invoke('projects.getSettings', {}) });
}

export function useHandovers(lotId: string, offset: number, limit: number) {
  return useQuery({
    queryKey: projectKeys.handovers(lotId, offset),
    queryFn: () => invoke('equipment.handovers', { lotId, limit, offset }),
    placeholderData: keepPreviousData,
  });
}

/** An attachment's bytes, fetched once and kept: photos do not change once uploaded. */
export function useAttachmentData(id: string, enabled = true) {
  return useQuery({ queryKey: projectKeys.attachment(id), queryFn: () => invoke('attachments.get', { id }), enabled, staleTime: Infinity, gcTime: 5 * 60_000 });
}

/** Households matching what is typed into a picker (searched and normalised in SQL). */
export function useHouseholdOptions(query: string) {
  return useQuery({
    queryKey: projectKeys.householdOptions(query),
    queryFn: () => invoke('households.search', { query: query.slice(0, 100), limit: 20 }),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useOpenNeeds(householdId: string | null) {
  return useQuery({
    queryKey: projectKeys.openNeeds(householdId ?? ''),
    queryFn: () => invoke('needs.list', { householdId: householdId!, includeClosed: false }),
    enabled: !!householdId,
  });
}

/** After any change: every projects query, the treasury's lists (pledges name projects) and the
 *  households' pages (a handover writes aid history and may meet a need). */
export function useRefreshProjects() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: projectKeys.all });
    void queryClient.invalidateQueries({ queryKey: ['pledges'] });
    void queryClient.invalidateQueries({ queryKey: ['treasury'] });
    void queryClient.invalidateQueries({ queryKey: ['households'] });
  };
}

/** A mutation on one channel that refreshes the projects area afterwards; a channel answering
 *  with the whole project also replaces the cached page at once. */
export function useProjectMutation<K extends ChannelName>(channel: K) {
  const queryClient = useQueryClient();
  const refresh = useRefreshProjects();
  return useMutation({
    mutationFn: (input: InputOf<K>) => invoke(channel, input),
    onSuccess: (out: OutputOf<K>) => {
      if (isProjectDetail(out)) queryClient.setQueryData(projectKeys.detail(out.id), out);
      refresh();
    },
  });
}

function isProjectDetail(v: unknown): v is ProjectDetail {
  return typeof v === 'object' && v !== null && 'money' in v && 'funding' in v && 'expenses' in v;
}

export function useSetProjectSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'projects.setSettings'>) => invoke('projects.setSettings', input),
    onSuccess: (s) => {
      queryClient.setQueryData(projectKeys.settings, s);
      void queryClient.invalidateQueries({ queryKey: projectKeys.all });
    },
  });
}

/** The project report channels, each returning a file. */
export const projectReportCalls = {
  housingProgress: (input: InputOf<'reports.housingProgress'>) => invoke('reports.housingProgress', input),
  projectsSummary: (input: InputOf<'reports.projectsSummary'>) => invoke('reports.projectsSummary', input),
  projectSheet: (input: InputOf<'reports.projectSheet'>) => invoke('reports.projectSheet', input),
  handoverReceipt: (handoverId: string) => invoke('equipment.printReceipt', { handoverId }),
};
