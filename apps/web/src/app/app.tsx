import { useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { Toaster, UiProvider, notifyError } from '@/components/ui';
import { configureApiClient, isPublicPage, loginPathWithNext } from '@/lib/api-client';
import { currentUserQueryKey } from '@/lib/auth/get-current-user';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

function createApp() {
  const queryClient = createQueryClient();
  const router = createAppRouter();
  configureApiClient({
    onUnauthorized: () => {
      if (isPublicPage(router.state.location.pathname)) return;
      void router.navigate(loginPathWithNext(router.state.location), { replace: true }).then(() => queryClient.clear());
    },
    onOrganizationRevoked: () => {
      notifyError('You no longer have access to that organization', 'Showing another of your organizations.');
      void queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
    },
  });
  return { queryClient, router };
}

export function App() {
  const [{ queryClient, router }] = useState(createApp);
  return (
    <QueryClientProvider client={queryClient}>
      <UiProvider>
        <RouterProvider router={router} />
        <Toaster />
      </UiProvider>
    </QueryClientProvider>
  );
}
