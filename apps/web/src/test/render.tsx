import type { ReactElement } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { UiProvider } from '@/components/ui';

/** Renders a page under the real providers, at `path`, with a stub at every other route. */
interface RenderPageOptions {
  path?: string;
  initialEntry?: string;
}

export function renderPage(page: ReactElement, options: RenderPageOptions = {}) {
  const path = options.path ?? '/';
  const initialEntry = options.initialEntry ?? path;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const router = createMemoryRouter(
    [
      { path, element: page },
      { path: '*', element: <p>Elsewhere</p> },
    ],
    { initialEntries: [initialEntry] },
  );
  const result = render(
    <QueryClientProvider client={queryClient}>
      <UiProvider>
        <RouterProvider router={router} />
      </UiProvider>
    </QueryClientProvider>,
  );
  return { ...result, router, queryClient };
}
