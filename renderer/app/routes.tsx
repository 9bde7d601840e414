// The signed-in app's screens. Hash routing, because Electron loads the renderer from a file.
import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './AppLayout.tsx';
import { DonorListPage } from '../features/donors/DonorListPage.tsx';
import { DonorCreatePage } from '../features/donors/DonorCreatePage.tsx';
import { DonorEditPage } from '../features/donors/DonorEditPage.tsx';
import { DonorPage } from '../features/donors/DonorPage.tsx';
import { UsersPage } from '../features/users/UsersPage.tsx';
import { AuditPage } from '../features/audit/AuditPage.tsx';
import { SettingsPage } from '../features/settings/SettingsPage.tsx';

export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    children: [
      { index: true, element: <Navigate to="/donors" replace /> },
      { path: 'donors', element: <DonorListPage /> },
      { path: 'donors/new', element: <DonorCreatePage /> },
      { path: 'donors/:id', element: <DonorPage /> },
      { path: 'donors/:id/edit', element: <DonorEditPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <Navigate to="/donors" replace /> },
    ],
  },
]);
