import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { errorBody, mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { customerFixture } from '@/test/fixtures';
import { leadFixture } from '../test/lead-fixture';
import { ConvertLeadDialog } from './convert-lead-dialog';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const lead = leadFixture();
const converted = {
  lead: { ...lead, status: 'converted', converted_to_customer_id: 9 },
  customer: customerFixture({ id: 9, code: 'CUST-009', name: 'Ann Lee' }),
  deal: null,
};

describe('ConvertLeadDialog', () => {
  it('offers the lead’s defaults and sends the deal only when asked for', async () => {
    api = mockApi(() => ({ status: 201, data: converted }));
    const onConverted = vi.fn();
    renderPage(<ConvertLeadDialog lead={lead} open onOpenChange={() => undefined} onConverted={onConverted} />);
    const dialog = await screen.findByRole('dialog', { name: 'Convert Ann Lee' });
    const user = userEvent.setup();

    expect(within(dialog).getByRole('combobox', { name: /customer type/i })).toHaveValue('business');
    expect(within(dialog).getByRole('textbox', { name: /deal title/i })).toHaveValue('Initech');
    expect(within(dialog).getByRole('textbox', { name: /deal value/i })).toHaveValue('60000.00');

    await user.clear(within(dialog).getByRole('textbox', { name: /deal value/i }));
    await user.type(within(dialog).getByRole('textbox', { name: /deal value/i }), '75000');
    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));

    await waitFor(() => expect(onConverted).toHaveBeenCalledWith(converted));
    expect(api.requests[0]?.url).toBe('leads/4/convert/');
    expect(JSON.parse(String(api.requests[0]?.data))).toEqual({
      customer_type: 'business',
      create_deal: true,
      deal_title: 'Initech',
      deal_value: '75000',
    });
  });

  it('converts without a deal when the box is unticked, and shows a deal field error from the API', async () => {
    api = mockApi((config) => {
      const body = JSON.parse(String(config.data)) as { create_deal: boolean };
      return body.create_deal
        ? { status: 400, data: errorBody('validation_error', 'Validation error.', { deal_value: ['Too large.'] }) }
        : { status: 201, data: converted };
    });
    const onConverted = vi.fn();
    renderPage(<ConvertLeadDialog lead={lead} open onOpenChange={() => undefined} onConverted={onConverted} />);
    const dialog = await screen.findByRole('dialog', { name: 'Convert Ann Lee' });
    const user = userEvent.setup();

    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));
    expect(await within(dialog).findByText('Too large.')).toBeInTheDocument();
    expect(onConverted).not.toHaveBeenCalled();

    await user.click(within(dialog).getByText('Also create a deal'));
    expect(within(dialog).queryByRole('textbox', { name: /deal title/i })).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));
    await waitFor(() => expect(onConverted).toHaveBeenCalled());
    expect(JSON.parse(String(api.requests[1]?.data))).toEqual({ customer_type: 'business', create_deal: false });
  });
});
