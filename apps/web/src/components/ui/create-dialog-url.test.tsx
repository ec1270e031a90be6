import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { Role } from '@crm/contracts';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { useCreateDialog } from './list-view';

function CustomersStub() {
  const dialog = useCreateDialog('customers', 'customer');
  return <p>{dialog.isOpen ? 'Dialog open' : 'Dialog closed'}</p>;
}

function renderAt(initialEntry: string, role: Role = 'owner') {
  return renderPage(withSession(<CustomersStub />, role), { path: '/customers', initialEntry });
}

describe('useCreateDialog and ?new=1', () => {
  it('opens the create dialog on arrival, then takes the flag out of the URL', async () => {
    const { router } = renderAt('/customers?new=1&status=active');
    expect(screen.getByText('Dialog open')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe('?status=active'));
    expect(screen.getByText('Dialog open')).toBeInTheDocument();
  });

  it('stays closed without the flag', () => {
    renderAt('/customers');
    expect(screen.getByText('Dialog closed')).toBeInTheDocument();
  });

  it('stays closed for a role that may not create', async () => {
    const { router } = renderAt('/customers?new=1', 'client');
    expect(screen.getByText('Dialog closed')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});
