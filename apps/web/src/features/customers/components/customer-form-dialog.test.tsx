import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { errorBody, mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { customerFixture } from '@/test/fixtures';
import { CustomerFormDialog } from './customer-form-dialog';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const noop = () => undefined;

describe('CustomerFormDialog', () => {
  it('shows the API’s field errors at the fields and keeps the dialog open', async () => {
    api = mockApi(() => ({
      status: 400,
      data: errorBody('validation_error', 'Validation error.', {
        phone: ['Ensure this field has no more than 50 characters.'],
        website: ['Enter a valid URL.'],
      }),
    }));
    renderPage(<CustomerFormDialog open onOpenChange={noop} />);
    const dialog = await screen.findByRole('dialog', { name: 'New customer' });
    const user = userEvent.setup();

    await user.type(within(dialog).getByRole('textbox', { name: /^name/i }), '  Globex  ');
    await user.type(within(dialog).getByRole('textbox', { name: /^phone/i }), '555 0100');
    await user.type(within(dialog).getByRole('textbox', { name: /^website/i }), 'globex.example');
    await user.type(within(dialog).getByRole('textbox', { name: /^tags/i }), 'wholesale, priority,');
    await user.click(within(dialog).getByRole('button', { name: 'Create customer' }));

    expect(await within(dialog).findByText('Ensure this field has no more than 50 characters.')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter a valid URL.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /^phone/i })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('textbox', { name: /^website/i })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).getByRole('textbox', { name: /^name/i })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog', { name: 'New customer' })).toBeInTheDocument();

    // The body went out as the contract parses it: trimmed, blanks as null, tags split.
    expect(JSON.parse(String(api.requests[0]?.data))).toMatchObject({
      name: 'Globex',
      phone: '555 0100',
      email: null,
      customer_type: 'individual',
      status: 'active',
      tags: ['wholesale', 'priority'],
    });
  });

  it('checks the contract’s rules before sending', async () => {
    api = mockApi(() => ({ status: 500 }));
    renderPage(<CustomerFormDialog open onOpenChange={noop} />);
    const dialog = await screen.findByRole('dialog', { name: 'New customer' });
    const user = userEvent.setup();
    await user.type(within(dialog).getByRole('textbox', { name: /^email/i }), 'not-an-email');
    await user.click(within(dialog).getByRole('button', { name: 'Create customer' }));

    expect(await within(dialog).findByText('This field is required.')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter a valid email address.')).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });

  it('edits with a PATCH of the changed form and closes on success', async () => {
    const customer = customerFixture({ id: 7, tags: ['vip'], city: 'Springfield' });
    api = mockApi((config) => ({ status: 200, data: { ...customer, ...JSON.parse(String(config.data)) } }));
    let isOpen = true;
    renderPage(<CustomerFormDialog open onOpenChange={(open) => (isOpen = open)} customer={customer} />);
    const dialog = await screen.findByRole('dialog', { name: 'Edit Globex' });
    const user = userEvent.setup();

    expect(within(dialog).getByRole('textbox', { name: /^city/i })).toHaveValue('Springfield');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /^status/i }), 'vip');
    await user.clear(within(dialog).getByRole('textbox', { name: /^city/i }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(isOpen).toBe(false));
    expect(api.requests[0]?.method).toBe('patch');
    expect(api.requests[0]?.url).toBe('customers/7/');
    expect(JSON.parse(String(api.requests[0]?.data))).toMatchObject({ status: 'vip', city: null, tags: ['vip'] });
  });
});
