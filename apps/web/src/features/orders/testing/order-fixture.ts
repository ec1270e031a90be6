import type { Order } from '@crm/contracts';

/** An order as the API returns it to staff, for tests. */
export function orderFixture(overrides: Partial<Order> = {}): Order {
  return {
    id: 5,
    code: 'ORD-005',
    customer_id: 1,
    customer_name: 'Globex',
    vendor_id: null,
    vendor_name: null,
    title: 'Spring restock',
    status: 'draft',
    order_date: '2026-11-01',
    expected_delivery: null,
    items: [{ product_name: 'Widget', sku: null, quantity: 3, unit_price: '19.99', total: '59.97' }],
    subtotal: '59.97',
    tax_amount: '0.00',
    discount_amount: '0.00',
    total_amount: '59.97',
    amount_paid: '0.00',
    balance_due: '59.97',
    notes: null,
    created_at: '2026-11-01T10:00:00.000Z',
    updated_at: '2026-11-01T10:00:00.000Z',
    created_by: 1,
    permissions: { update: true, delete: true },
    ...overrides,
  };
}
