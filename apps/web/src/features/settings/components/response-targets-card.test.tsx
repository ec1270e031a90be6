import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RequestConfig } from '@/lib/api-client';
import type { Role } from '@crm/contracts';
import { ORGANIZATION } from '@/test/fixtures';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { ResponseTargetsCard, describeHours } from './response-targets-card';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

/** The API merges a partial `response_targets` into the current value. */
function serveOrganization() {
  let organization = { ...ORGANIZATION };
  api = mockApi((config: RequestConfig) => {
    const body = JSON.parse(String(config.data)) as { response_targets: Partial<typeof ORGANIZATION.response_targets> };
    organization = {
      ...organization,
      response_targets: { ...organization.response_targets, ...body.response_targets },
    };
    return { status: 200, data: organization };
  });
}

const renderCard = (role: Role) =>
  renderPage(withSession(<ResponseTargetsCard organization={ORGANIZATION} />, role), {
    path: '/settings/organization',
  });

describe('ResponseTargetsCard', () => {
  it.each<Role>(['owner', 'admin'])('lets the %s change the hours per priority', async (role) => {
    serveOrganization();
    renderCard(role);
    const section = screen.getByRole('region', { name: 'Response targets' });
    const urgent = within(section).getByRole('textbox', { name: /^Urgent/ });
    const save = within(section).getByRole('button', { name: 'Save targets' });
    expect(urgent).toHaveValue('4');
    expect(within(section).getByRole('textbox', { name: /^Low/ })).toHaveValue('120');
    expect(save).toBeDisabled();

    const user = userEvent.setup();
    await user.clear(urgent);
    await user.type(urgent, '2');
    await user.click(save);

    await waitFor(() => expect(api?.requests).toHaveLength(1));
    const patch = api?.requests[0];
    expect(patch?.method).toBe('patch');
    expect(patch?.url).toBe('organizations/1/');
    expect(JSON.parse(String(patch?.data))).toEqual({
      response_targets: { urgent: 2, high: 24, medium: 48, low: 120 },
    });
    await waitFor(() => expect(save).toBeDisabled());
  });

  it('refuses hours the API would refuse, without sending', async () => {
    serveOrganization();
    renderCard('owner');
    const user = userEvent.setup();
    const high = screen.getByRole('textbox', { name: /^High/ });
    await user.clear(high);
    await user.type(high, '1.5');
    await user.click(screen.getByRole('button', { name: 'Save targets' }));
    expect(await screen.findByText(/Enter whole hours from 1 to 8,760/)).toBeInTheDocument();
    expect(api?.requests).toHaveLength(0);
  });

  it.each<Role>(['manager', 'employee'])('shows the %s the targets as text, with nothing to change', (role) => {
    serveOrganization();
    renderCard(role);
    const section = screen.getByRole('region', { name: 'Response targets' });
    expect(within(section).getByText('4 hours')).toBeInTheDocument();
    expect(within(section).getByText('48 hours (2 days)')).toBeInTheDocument();
    expect(within(section).getByText('120 hours (5 days)')).toBeInTheDocument();
    expect(within(section).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('words hours and days', () => {
    expect(describeHours(1)).toBe('1 hour');
    expect(describeHours(24)).toBe('24 hours');
    expect(describeHours(72)).toBe('72 hours (3 days)');
    expect(describeHours(50)).toBe('50 hours');
  });
});
