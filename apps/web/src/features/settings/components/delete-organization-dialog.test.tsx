import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Organization } from '@crm/contracts';
import { mockApi } from '@/test/mock-api';
import { ORGANIZATION as ORGANIZATION_FIXTURE } from '@/test/fixtures';
import { renderPage } from '@/test/render';
import { DeleteOrganizationDialog } from './delete-organization-dialog';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const ORGANIZATION: Organization = { ...ORGANIZATION_FIXTURE, id: 4, name: 'Acme Ltd', slug: 'acme-ltd' };

describe('DeleteOrganizationDialog', () => {
  it('enables the delete button only once the exact name is typed, then sends it', async () => {
    api = mockApi(() => ({ status: 204 }));
    renderPage(<DeleteOrganizationDialog organization={ORGANIZATION} onClose={vi.fn()} />);
    const dialog = await screen.findByRole('dialog', { name: 'Delete Acme Ltd?' });
    const input = within(dialog).getByRole('textbox', { name: /type “acme ltd” to confirm/i });
    const confirm = within(dialog).getByRole('button', { name: 'Delete this organization' });
    const user = userEvent.setup();

    expect(confirm).toBeDisabled();
    await user.type(input, 'acme ltd');
    expect(confirm).toBeDisabled();
    await user.clear(input);
    await user.type(input, 'Acme');
    expect(confirm).toBeDisabled();
    await user.type(input, ' Ltd');
    expect(confirm).toBeEnabled();

    await user.click(confirm);
    await waitFor(() => expect(api?.requests).toHaveLength(1));
    expect(api.requests[0]?.method).toBe('delete');
    expect(api.requests[0]?.url).toBe('organizations/4/');
    expect(JSON.parse(String(api.requests[0]?.data))).toEqual({ confirm: 'Acme Ltd' });
  });

  it('sends nothing when Enter is pressed before the name matches', async () => {
    api = mockApi(() => ({ status: 204 }));
    renderPage(<DeleteOrganizationDialog organization={ORGANIZATION} onClose={vi.fn()} />);
    const dialog = await screen.findByRole('dialog', { name: 'Delete Acme Ltd?' });
    await userEvent.setup().type(within(dialog).getByRole('textbox'), 'Acme{Enter}');
    expect(api.requests).toHaveLength(0);
  });
});
