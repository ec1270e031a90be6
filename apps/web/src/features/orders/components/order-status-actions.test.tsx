import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { OrderStatus } from '@crm/contracts';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { orderFixture } from '../testing/order-fixture';
import { OrderStatusActions } from './order-status-actions';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

function renderActions(status: OrderStatus, update = true) {
  const order = orderFixture({ status, permissions: { update, delete: update } });
  api = mockApi((config) => {
    const body = JSON.parse(String(config.data ?? '{}')) as { status?: OrderStatus };
    return { status: 200, data: { ...order, status: body.status ?? order.status } };
  });
  return renderPage(withSession(<OrderStatusActions order={order} />, update ? 'manager' : 'employee'));
}

const buttonNames = () => screen.queryAllByRole('button').map((button) => button.textContent);

describe('OrderStatusActions', () => {
  it.each<[OrderStatus, string[]]>([
    ['draft', ['Submit', 'Cancel order']],
    ['pending', ['Confirm', 'Back to draft', 'Cancel order']],
    ['confirmed', ['Start work', 'Back to pending', 'Cancel order']],
    ['in_progress', ['Complete', 'Back to confirmed', 'Cancel order']],
    ['completed', ['Back to in progress']],
    ['cancelled', []],
  ])('offers from %s only the moves the API allows', (status, expected) => {
    renderActions(status);
    expect(buttonNames()).toEqual(expected);
  });

  it('moves one step with PATCH {status}', async () => {
    renderActions('pending');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(api?.requests).toHaveLength(1));
    const request = api?.requests[0];
    expect(request?.method).toBe('patch');
    expect(request?.url).toBe('orders/5/');
    expect(JSON.parse(String(request?.data))).toEqual({ status: 'confirmed' });
  });

  it('asks before cancelling, naming the order', async () => {
    renderActions('confirmed');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Cancel order' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cancel ORD-005?' });
    expect(api?.requests).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    await waitFor(() => expect(JSON.parse(String(api?.requests[0]?.data))).toEqual({ status: 'cancelled' }));
  });

  it('offers nothing to a role that may not change orders', () => {
    renderActions('pending', false);
    expect(buttonNames()).toEqual([]);
  });
});
