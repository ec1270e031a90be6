import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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

const CREATED = '2026-01-05T09:00:00.000Z';
const stage = (id: number, name: string, kind: 'open' | 'won' | 'lost' = 'open') => ({
  id,
  pipeline_id: id < 10 ? 1 : 2,
  name,
  order: id,
  probability: 20,
  kind,
  created_at: CREATED,
  updated_at: CREATED,
});
const pipeline = (id: number, name: string, stages: ReturnType<typeof stage>[]) => ({
  id,
  name,
  is_default: id === 1,
  stages,
  created_at: CREATED,
  updated_at: CREATED,
  created_by: 1,
});
const PIPELINES = {
  count: 2,
  next: null,
  previous: null,
  results: [
    pipeline(1, 'Sales', [stage(2, 'Lead'), stage(3, 'Proposal'), stage(5, 'Won', 'won')]),
    pipeline(2, 'Renewals', [stage(12, 'Due'), stage(13, 'Signed', 'won')]),
  ],
};

const convertRequests = () => api?.requests.filter((request) => request.url === 'leads/4/convert/') ?? [];
const bodyOf = (request: { data?: unknown } | undefined) => JSON.parse(String(request?.data));

describe('ConvertLeadDialog', () => {
  it('offers the lead’s defaults and sends the deal only when asked for', async () => {
    api = mockApi((config) =>
      config.url === 'pipelines/' ? { status: 200, data: PIPELINES } : { status: 201, data: converted },
    );
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
    expect(convertRequests()).toHaveLength(1);
    expect(bodyOf(convertRequests()[0])).toEqual({
      customer_type: 'business',
      create_deal: true,
      deal_title: 'Initech',
      deal_value: '75000',
      pipeline_id: 1,
      stage_id: 2,
    });
  });

  it('converts without a deal when the box is unticked, and shows a deal field error from the API', async () => {
    api = mockApi((config) => {
      if (config.url === 'pipelines/') return { status: 200, data: PIPELINES };
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
    expect(bodyOf(convertRequests()[1])).toEqual({ customer_type: 'business', create_deal: false });
  });

  it('sends the owner, pipeline, stage and expected close in the one convert request', async () => {
    const owned = leadFixture({ assigned_to: 7, assigned_to_name: 'Sam Lee' });
    api = mockApi((config) =>
      config.url === 'pipelines/' ? { status: 200, data: PIPELINES } : { status: 201, data: converted },
    );
    const onConverted = vi.fn();
    renderPage(<ConvertLeadDialog lead={owned} open onOpenChange={() => undefined} onConverted={onConverted} />);
    const dialog = await screen.findByRole('dialog', { name: 'Convert Ann Lee' });
    const user = userEvent.setup();

    expect(within(dialog).getByRole('combobox', { name: /owner of the customer and deal/i })).toHaveValue('Sam Lee');
    expect(await within(dialog).findByRole('combobox', { name: /^pipeline/i })).toHaveValue('1');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^stage/i }), '3');
    fireEvent.change(within(dialog).getByLabelText(/^expected close/i), { target: { value: '2026-12-31' } });
    await user.click(within(dialog).getByRole('button', { name: 'Convert lead' }));

    await waitFor(() => expect(onConverted).toHaveBeenCalled());
    expect(bodyOf(convertRequests()[0])).toMatchObject({
      assigned_to: 7,
      pipeline_id: 1,
      stage_id: 3,
      expected_close_date: '2026-12-31',
    });
    expect(api.requests.filter((request) => request.method !== 'get')).toHaveLength(1);
  });

  it('starts the deal in the first open stage of another pipeline when that pipeline is chosen', async () => {
    api = mockApi((config) =>
      config.url === 'pipelines/' ? { status: 200, data: PIPELINES } : { status: 201, data: converted },
    );
    renderPage(<ConvertLeadDialog lead={lead} open onOpenChange={() => undefined} onConverted={vi.fn()} />);
    const dialog = await screen.findByRole('dialog', { name: 'Convert Ann Lee' });
    const user = userEvent.setup();
    await user.selectOptions(await within(dialog).findByRole('combobox', { name: /^pipeline/i }), '2');
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: /^stage/i })).toHaveValue('12'));
    expect(within(dialog).getByRole('option', { name: /^Due/ })).toBeInTheDocument();
    expect(within(dialog).queryByRole('option', { name: /^Signed/ })).not.toBeInTheDocument();
  });
});
