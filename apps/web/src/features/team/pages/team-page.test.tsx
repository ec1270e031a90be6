import { afterEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Member } from '@crm/contracts';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import TeamPage from './team-page';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const member = (userId: number, fullName: string, role: Member['role']): Member => ({
  user_id: userId,
  username: fullName.split(' ')[0]?.toLowerCase() ?? 'x',
  email: `${String(userId)}@example.com`,
  full_name: fullName,
  role,
  status: 'active',
  joined_at: '2026-01-02T10:00:00.000Z',
  employee_id: userId,
  customer_id: null,
});

// The session's user is id 1 (Olivia Stone).
const MEMBERS = [member(1, 'Olivia Stone', 'owner'), member(2, 'Sam Reed', 'employee')];

function serveTeam() {
  api = mockApi((config) =>
    config.url === 'organizations/1/members/'
      ? { status: 200, data: { count: MEMBERS.length, next: null, previous: null, results: MEMBERS } }
      : { status: 200, data: { count: 0, next: null, previous: null, results: [] } },
  );
}

describe('TeamPage', () => {
  it('gives the Owner invitations and actions on other members, none on their own row', async () => {
    serveTeam();
    renderPage(withSession(<TeamPage />, 'owner'), { path: '/settings/team' });
    const table = await screen.findByRole('table', { name: 'Members' });
    expect(screen.getByRole('button', { name: /^invite$/i })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Actions for Sam Reed' })).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: 'Actions for Olivia Stone' })).not.toBeInTheDocument();
    // The Owner must hand ownership on before leaving: the dialog says so and cannot be confirmed.
    await userEvent.setup().click(screen.getByRole('button', { name: /leave organization/i }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave Acme?' });
    expect(within(dialog).getByText(/transfer ownership to another member first/i)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Leave organization' })).toBeDisabled();
  });

  it('shows an Employee the team read-only, with only the way to leave', async () => {
    serveTeam();
    renderPage(withSession(<TeamPage />, 'employee'), { path: '/settings/team' });
    const table = await screen.findByRole('table', { name: 'Members' });
    expect(within(table).getAllByTestId('member-row')).toHaveLength(2);
    expect(within(table).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /^invite$/i })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: /leave organization/i })).toBeEnabled();
  });
});
