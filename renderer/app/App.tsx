import { useEffect } from 'react';
import { DirectionProvider, MantineProvider, Center, Loader, useDirection } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { useTranslation } from 'react-i18next';
import { theme } from './theme.ts';
import { SessionProvider, useSession } from './session.tsx';
import { router } from './routes.tsx';
import { directionOf } from '../i18n/index.ts';
import { SetupWizard } from '../features/setup/SetupWizard.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 } },
});

/** Keeps Mantine's direction in step with the language. */
function DirectionSync() {
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => {
    setDirection(directionOf(i18n.language === 'en' ? 'en' : 'fa'));
  }, [i18n.language, setDirection]);
  return null;
}

function Gate() {
  const session = useSession();
  if (session.status === 'loading') {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (session.status === 'setup') return <SetupWizard />;
  if (session.status === 'signedOut') return <SignInPage />;
  return <RouterProvider router={router} />;
}

export function App() {
  const { i18n } = useTranslation();
  return (
    <DirectionProvider initialDirection={directionOf(i18n.language === 'en' ? 'en' : 'fa')}>
      <MantineProvider theme={theme}>
        <DirectionSync />
        <Notifications position="top-center" />
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <Gate />
          </SessionProvider>
        </QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
