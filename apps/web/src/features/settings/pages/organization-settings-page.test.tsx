import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RequestConfig } from '@/lib/api-client';
import type { Role } from '@crm/contracts';
import { toaster } from '@/components/ui';
import { ORGANIZATION } from '@/test/fixtures';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import OrganizationSettingsPage from './organization-settings-page';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

/** The organization as the API keeps it: a PATCH merges its partial record_visibility. */
function serveOrganization() {
  let organization = { ...ORGANIZATION };
  api = mockApi((config: RequestConfig) => {
    if (config.method === 'patch') {
      const body = JSON.parse(String(config.data)) as {
        record_visibility: Partial<typeof ORGANIZATION.record_visibility>;
      };
      organization = {
        ...organization,
        record_visibility: { ...organization.record_visibility, ...body.record_visibility },
      };
    }
    return { status: 200, data: organization };
  });
  return api;
}

function renderSettings(role: Role) {
  return renderPage(withSession(<OrganizationSettingsPage />, role), { path: '/settings/organization' });
}

describe('record visibility', () => {
  it('lets the Owner choose what Employees and Managers see, and saves it', async () => {
    const toast = vi.spyOn(toaster, 'create');
    const requests = serveOrganization().requests;
    renderSettings('owner');
    const section = await screen.findByRole('region', { name: 'Record visibility' });
    const employees = within(section).getByRole('combobox', { name: 'Employees see' });
    const managers = within(section).getByRole('combobox', { name: 'Managers see' });
    expect(employees).toHaveValue('all');
    expect(managers).toHaveValue('all');
    const save = within(section).getByRole('button', { name: 'Save visibility' });
    expect(save).toBeDisabled();

    const user = userEvent.setup();
    await user.selectOptions(employees, 'Only their own');
    await user.selectOptions(managers, "Their team's (people who report to them)");
    await user.click(save);

    await waitFor(() => expect(requests.some((request) => request.method === 'patch')).toBe(true));
    const patch = requests.find((request) => request.method === 'patch');
    expect(patch?.url).toBe('organizations/1/');
    expect(JSON.parse(String(patch?.data))).toEqual({ record_visibility: { employee: 'own', manager: 'team' } });
    await waitFor(() =>
      expect(toast).toHaveBeenCalledWith(
        expect.objectContaining({ type: 'success', title: 'Record visibility saved' }),
      ),
    );
    await waitFor(() => expect(employees).toHaveValue('own'));
    expect(save).toBeDisabled();
  });

  it('shows an Employee the rule as text, with nothing to change', async () => {
    serveOrganization();
    renderSettings('employee');
    const section = await screen.findByRole('region', { name: 'Record visibility' });
    expect(within(section).getByText('Employees see')).toBeInTheDocument();
    expect(within(section).getAllByText('All records')).toHaveLength(2);
    expect(within(section).queryByRole('combobox')).not.toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });
});
