// The signed-in app's screens. Hash routing, because Electron loads the renderer from a file.
// Only the donor list (the first screen) is in the main bundle; every other screen is loaded on
// its first visit, so start-up parses less JavaScript (charts, reports, matching come later).
import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './AppLayout.tsx';
import { DonorListPage } from '../features/donors/DonorListPage.tsx';

export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/donors" replace /> },
      { path: 'donors', element: <DonorListPage /> },
      { path: 'donors/new', lazy: async () => ({ Component: (await import('../features/donors/DonorCreatePage.tsx')).DonorCreatePage }) },
      { path: 'donors/import', lazy: async () => ({ Component: (await import('../features/donors/DonorImportPage.tsx')).DonorImportPage }) },
      { path: 'donors/:id', lazy: async () => ({ Component: (await import('../features/donors/DonorPage.tsx')).DonorPage }) },
      { path: 'donors/:id/edit', lazy: async () => ({ Component: (await import('../features/donors/DonorEditPage.tsx')).DonorEditPage }) },
      { path: 'treasury', lazy: async () => ({ Component: (await import('../features/treasury/TreasuryDashboardPage.tsx')).TreasuryDashboardPage }) },
      { path: 'pledges', lazy: async () => ({ Component: (await import('../features/treasury/PledgeListPage.tsx')).PledgeListPage }) },
      { path: 'pledges/new', lazy: async () => ({ Component: (await import('../features/treasury/PledgeCreatePage.tsx')).PledgeCreatePage }) },
      { path: 'pledges/:id', lazy: async () => ({ Component: (await import('../features/treasury/PledgePage.tsx')).PledgePage }) },
      { path: 'payments', lazy: async () => ({ Component: (await import('../features/treasury/PaymentListPage.tsx')).PaymentListPage }) },
      { path: 'payments/new', lazy: async () => ({ Component: (await import('../features/treasury/PaymentRecordPage.tsx')).PaymentRecordPage }) },
      { path: 'payments/import', lazy: async () => ({ Component: (await import('../features/treasury/PaymentImportPage.tsx')).PaymentImportPage }) },
      { path: 'reports', lazy: async () => ({ Component: (await import('../features/treasury/ReportsPage.tsx')).ReportsPage }) },
      { path: 'reminders', lazy: async () => ({ Component: (await import('../features/treasury/RemindersPage.tsx')).RemindersPage }) },
      { path: 'households', lazy: async () => ({ Component: (await import('../features/households/HouseholdListPage.tsx')).HouseholdListPage }) },
      { path: 'households/new', lazy: async () => ({ Component: (await import('../features/households/HouseholdCreatePage.tsx')).HouseholdCreatePage }) },
      { path: 'households/:id', lazy: async () => ({ Component: (await import('../features/households/HouseholdPage.tsx')).HouseholdPage }) },
      { path: 'households/:id/edit', lazy: async () => ({ Component: (await import('../features/households/HouseholdEditPage.tsx')).HouseholdEditPage }) },
      { path: 'projects', lazy: async () => ({ Component: (await import('../features/projects/ProjectListPage.tsx')).ProjectListPage }) },
      { path: 'projects/board', lazy: async () => ({ Component: (await import('../features/projects/ProjectBoardPage.tsx')).ProjectBoardPage }) },
      { path: 'projects/new', lazy: async () => ({ Component: (await import('../features/projects/ProjectCreatePage.tsx')).ProjectCreatePage }) },
      { path: 'projects/:id', lazy: async () => ({ Component: (await import('../features/projects/ProjectPage.tsx')).ProjectPage }) },
      { path: 'projects/:id/edit', lazy: async () => ({ Component: (await import('../features/projects/ProjectEditPage.tsx')).ProjectEditPage }) },
      { path: 'matching', lazy: async () => ({ Component: (await import('../features/households/MatchingPage.tsx')).MatchingPage }) },
      { path: 'exchange', lazy: async () => ({ Component: (await import('../features/exchange/ExchangePage.tsx')).ExchangePage }) },
      { path: 'agency', lazy: async () => ({ Component: (await import('../features/exchange/AgencyPage.tsx')).AgencyPage }) },
      { path: 'duplicates', lazy: async () => ({ Component: (await import('../features/exchange/DuplicatesPage.tsx')).DuplicatesPage }) },
      { path: 'users', lazy: async () => ({ Component: (await import('../features/users/UsersPage.tsx')).UsersPage }) },
      { path: 'audit', lazy: async () => ({ Component: (await import('../features/audit/AuditPage.tsx')).AuditPage }) },
      { path: 'settings', lazy: async () => ({ Component: (await import('../features/settings/SettingsPage.tsx')).SettingsPage }) },
      { path: '*', element: <Navigate to="/donors" replace /> },
    ],
  },
]);
