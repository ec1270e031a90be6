import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '@crm/contracts';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { boardFixture, dealFixture } from '../testing/deal-fixtures';
import { DealBoard } from './deal-board';
import { DealDetailActions } from './deal-detail-actions';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const READ_ONLY = { update: false, delete: false, assign: false };
const colleaguesDeal = dealFixture({
  id: 8,
  title: 'Colleague’s renewal',
  assigned_to: 9,
  assigned_to_name: 'Sam Lee',
  permissions: READ_ONLY,
});

function answerPipelines() {
  api = mockApi((config) => {
    if (config.url === 'employees/me/') return { status: 200, data: { id: 5, full_name: 'Olivia Stone' } };
    if (config.url === 'deals/8/') return { status: 200, data: { ...colleaguesDeal, assigned_to: 5 } };
    return { status: 200, data: { count: 0, next: null, previous: null, results: [] } };
  });
}

function buttonNames() {
  return screen
    .queryAllByRole('button')
    .map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim());
}

describe('what a deal page offers, from the deal’s own permissions', () => {
  it.each<[Role, string[]]>([
    ['owner', ['Edit', 'Mark lost', 'Mark won', 'More actions']],
    ['employee', ['Edit', 'Mark lost', 'Mark won', 'More actions']],
  ])('offers a %s the actions on a deal they may change', (role, names) => {
    answerPipelines();
    renderPage(withSession(<DealDetailActions deal={dealFixture({ id: 3 })} />, role));
    expect(buttonNames()).toEqual(names);
  });

  it('offers an Employee nothing on a colleague’s deal: no Edit, no Mark won, no menu', () => {
    answerPipelines();
    renderPage(withSession(<DealDetailActions deal={colleaguesDeal} />, 'employee'));
    expect(buttonNames()).toEqual([]);
  });

  it('lets an Employee claim an unassigned deal in one click', async () => {
    answerPipelines();
    const unassigned = { ...colleaguesDeal, assigned_to: null, assigned_to_name: null };
    renderPage(
      withSession(
        <DealDetailActions deal={{ ...unassigned, permissions: { update: false, delete: false, assign: true } }} />,
        'employee',
      ),
    );
    expect(buttonNames()).toEqual(['Claim']);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Claim' }));
    await waitFor(() => expect(api?.requests.some((request) => request.url === 'deals/8/')).toBe(true));
    const patch = api?.requests.find((request) => request.url === 'deals/8/');
    expect(patch?.method).toBe('patch');
    expect(JSON.parse(String(patch?.data))).toEqual({ assigned_to: 5 });
  });

  it('does not offer Claim to a Manager, who assigns through the form', () => {
    answerPipelines();
    const unassigned = dealFixture({ id: 8, assigned_to: null, assigned_to_name: null });
    renderPage(withSession(<DealDetailActions deal={unassigned} />, 'manager'));
    expect(buttonNames()).not.toContain('Claim');
  });
});

describe('the board, from each card’s permissions', () => {
  it('gives an Employee no drag handle and no move or win actions on a colleague’s card', async () => {
    const board = boardFixture();
    const proposal = board.columns[0];
    if (proposal) proposal.deals = [dealFixture({ id: 1, title: 'My own deal' }), colleaguesDeal];
    renderPage(
      withSession(<DealBoard board={board} filters={{}} formatMoney={(amount) => amount} canUpdate />, 'employee'),
    );
    expect(screen.getByRole('button', { name: 'Move deal My own deal' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move deal Colleague’s renewal' })).not.toBeInTheDocument();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Actions for deal Colleague’s renewal' }));
    const menu = await screen.findByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent?.trim()),
    ).toEqual(['Open deal']);
  });

  it('scrolls sideways inside its own region, which keyboard users can focus', () => {
    renderPage(
      withSession(<DealBoard board={boardFixture()} filters={{}} formatMoney={(amount) => amount} canUpdate />),
    );
    const region = screen.getByRole('region', { name: 'Stages of Sales Pipeline' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toHaveAttribute('data-testid', 'deal-board');
  });
});
