// The signed-in app's screens. Hash routing, because Electron loads the renderer from a file.
import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './AppLayout.tsx';
import { DonorListPage } from '../features/donors/DonorListPage.tsx';
import { DonorCreatePage } from '../features/donors/DonorCreatePage.tsx';
import { DonorEditPage } from '../features/donors/DonorEditPage.tsx';
import { DonorPage } from '../features/donors/DonorPage.tsx';
import { DonorImportPage } from '../features/donors/DonorImportPage.tsx';
import { UsersPage } from '../features/users/UsersPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';
import { TreasuryDashboardPage } from '../features/treasury/TreasuryDashboardPage.tsx';
import { PledgeListPage } from '../features/treasury/PledgeListPage.tsx';
import { PledgeCreatePage } from '../features/treasury/PledgeCreatePage.tsx';
import { PledgePage } from '../features/treasury/PledgePage.tsx';
import { PaymentListPage } from '../features/treasury/PaymentListPage.tsx';
import { PaymentRecordPage } from '../features/treasury/PaymentRecordPage.tsx';
import { ReportsPage } from '../features/treasury/ReportsPage.tsx';
import { RemindersPage } from '../features/treasury/RemindersPage.tsx';
import { HouseholdListPage } from '../features/households/HouseholdListPage.tsx';
import { HouseholdCreatePage } from '../features/households/HouseholdCreatePage.tsx';
import { HouseholdPage } from '../features/households/HouseholdPage.tsx';
import { HouseholdEditPage } from '../features/households/HouseholdEditPage.tsx';
import { MatchingPage } from '../features/households/MatchingPage.tsx';

export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/donors" replace /> },
      { path: 'donors', element: <DonorListPage /> },
      { path: 'donors/new', element: <DonorCreatePage /> },
      { path: 'donors/import', element: <DonorImportPage /> },
      { path: 'donors/:id', element: <DonorPage /> },
      { path: 'donors/:id/edit', element: <DonorEditPage /> },
      { path: 'treasury', element: <TreasuryDashboardPage /> },
      { path: 'pledges', element: <PledgeListPage /> },
      { path: 'pledges/new', element: <PledgeCreatePage /> },
      { path: 'pledges/:id', element: <PledgePage /> },
      { path: 'payments', element: <PaymentListPage /> },
      { path: 'payments/new', element: <PaymentRecordPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'reminders', element: <RemindersPage /> },
      { path: 'households', element: <HouseholdListPage /> },
      { path: 'households/new', element: <HouseholdCreatePage /> },
      { path: 'households/:id', element: <HouseholdPage /> },
      { path: 'households/:id/edit', element: <HouseholdEditPage /> },
      { path: 'matching', element: <MatchingPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to="/donors" replace /> },
    ],
  },
]);
