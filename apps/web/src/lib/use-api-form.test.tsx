import { describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { z } from 'zod';
import { Button } from '@/components/ui';
import { ApiFormView } from '@/components/ui/api-form';
import { FormDialog } from '@/components/ui/form-dialog';
import { TextField } from '@/components/ui/form-fields';
import { renderPage } from '@/test/render';
import { ApiError } from './api-error';
import { useApiForm } from './use-api-form';

const schema = z.object({
  name: z.string().trim().min(1, 'Enter a name.'),
  email: z.string().trim(),
});

function NameForm({
  submit,
  onSuccess,
}: {
  submit: (values: z.output<typeof schema>) => Promise<string>;
  onSuccess?: (saved: string) => void;
}) {
  const form = useApiForm({ schema, defaultValues: { name: '', email: '' }, submit, onSuccess });
  return (
    <ApiFormView form={form} label="Person">
      <TextField name="name" label="Name" required />
      <TextField name="email" label="Email" optional />
      <Button type="submit" loading={form.isPending}>
        Save
      </Button>
    </ApiFormView>
  );
}

async function fillAndSave(name: string) {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /^name/i }), name);
  await user.click(screen.getByRole('button', { name: 'Save' }));
}

describe('useApiForm', () => {
  it('checks the schema first and sends nothing when it fails', async () => {
    const submit = vi.fn();
    renderPage(<NameForm submit={submit} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(submit).not.toHaveBeenCalled();
  });

  it('sends the parsed values, shows progress while sending, then hands over the result', async () => {
    let finish: (value: string) => void = () => undefined;
    const submit = vi.fn(() => new Promise<string>((resolve) => (finish = resolve)));
    const onSuccess = vi.fn();
    renderPage(<NameForm submit={submit} onSuccess={onSuccess} />);
    await fillAndSave('  Ann  ');

    // Chakra hides the label behind a spinner while loading, so the button is found by its type.
    const button = () => screen.getByRole('form', { name: 'Person' }).querySelector('button[type="submit"]');
    await waitFor(() => expect(button()).toHaveAttribute('data-loading'));
    expect(button()).toBeDisabled();
    expect(submit).toHaveBeenCalledWith({ name: 'Ann', email: '' });
    finish('saved #7');
    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith('saved #7', { name: 'Ann', email: '' }));
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });

  it('puts the API’s field errors on their fields and the rest in the form’s alert', async () => {
    const refusal = new ApiError(400, 'validation_error', 'Validation error.', {
      email: ['This email is taken.'],
      non_field_errors: ['Names must be unique per organization.'],
    });
    const onSuccess = vi.fn();
    renderPage(<NameForm submit={() => Promise.reject(refusal)} onSuccess={onSuccess} />);
    await fillAndSave('Ann');

    expect(await screen.findByText('This email is taken.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^email/i })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Names must be unique per organization.');
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it('shows a refusal without field errors (a rate limit, a conflict) in the alert', async () => {
    const refusal = new ApiError(429, 'rate_limited', 'Too many attempts. Try again in 30 s.');
    renderPage(<NameForm submit={() => Promise.reject(refusal)} />);
    await fillAndSave('Ann');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many attempts. Try again in 30 s.');
  });

  it('starts a dialog again from its record each time it opens, without the last error', async () => {
    const refusal = new ApiError(409, 'conflict', 'Someone else changed it.');
    let show: (state: { open: boolean; name: string }) => void = () => undefined;
    function Dialog() {
      const [state, setState] = useState({ open: true, name: 'Ann' });
      show = setState;
      const form = useApiForm({
        schema,
        defaultValues: { name: state.name, email: '' },
        open: state.open,
        submit: () => Promise.reject(refusal),
      });
      return (
        <FormDialog form={form} open={state.open} onOpenChange={() => undefined} title="Edit" submitLabel="Save">
          <TextField name="name" label="Name" required />
        </FormDialog>
      );
    }
    renderPage(<Dialog />);
    const user = userEvent.setup();
    await user.clear(await screen.findByRole('textbox', { name: /^name/i }));
    await user.type(screen.getByRole('textbox', { name: /^name/i }), 'Bob');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Someone else changed it.')).toBeInTheDocument();

    act(() => show({ open: false, name: 'Ann' }));
    act(() => show({ open: true, name: 'Anne' }));
    expect(await screen.findByRole('textbox', { name: /^name/i })).toHaveValue('Anne');
    expect(screen.queryByText('Someone else changed it.')).not.toBeInTheDocument();
  });
});
