import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import type { Employee, Role } from '@crm/contracts';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { AssigneeField, type AssignedRecord } from './assignee-field';
import { assigneeOptions } from './assignee-picker';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

function employee(id: number, firstName: string, lastName: string): Employee {
  return {
    id,
    user_id: id,
    has_login: true,
    first_name: firstName,
    last_name: lastName,
    full_name: `${firstName} ${lastName}`,
    email: null,
    phone: null,
    department: 'Sales',
    position: 'Account executive',
    hire_date: null,
    manager_id: null,
    manager_name: null,
    status: 'active',
    created_at: '2026-11-01T10:00:00.000Z',
    updated_at: '2026-11-01T10:00:00.000Z',
    created_by: 1,
  };
}

const ME = employee(5, 'Olivia', 'Stone');
const SAM = employee(6, 'Sam', 'Lee');
const ANN = employee(7, 'Ann', 'Park');

function mockEmployees() {
  api = mockApi((config) => {
    if (config.url === 'employees/me/') return { status: 200, data: ME };
    return { status: 200, data: { count: 3, next: null, previous: null, results: [ANN, SAM, ME] } };
  });
}

function Harness({ record, onValue }: { record?: AssignedRecord; onValue: (value: number | null) => void }) {
  const methods = useForm<{ assigned_to: number | null }>({
    defaultValues: { assigned_to: record?.assigned_to ?? null },
  });
  const value = useWatch({ control: methods.control, name: 'assigned_to' });
  onValue(value);
  return (
    <FormProvider {...methods}>
      <form aria-label="Record">
        <AssigneeField resource="leads" record={record} />
      </form>
    </FormProvider>
  );
}

function renderField(role: Role, record?: AssignedRecord) {
  const onValue = vi.fn();
  renderPage(withSession(<Harness record={record} onValue={onValue} />, role));
  return onValue;
}

async function openOptions() {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Show options' }));
  await screen.findByRole('option', { name: /^Me \(Olivia Stone\)/ });
  return user;
}

describe('AssigneeField', () => {
  it('lets an Employee choose only themself; everyone else is listed, saying why not', async () => {
    mockEmployees();
    const onValue = renderField('employee');
    expect(api?.requests).toHaveLength(0);
    expect(screen.getByText(/Only Owners, Admins and Managers assign records to others/)).toBeInTheDocument();

    const user = await openOptions();
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('Me (Olivia Stone)');
    expect(options[0]).not.toHaveAttribute('aria-disabled', 'true');
    for (const name of ['Ann Park', 'Sam Lee']) {
      const option = screen.getByRole('option', { name: new RegExp(name) });
      expect(option).toHaveAttribute('aria-disabled', 'true');
      expect(within(option).getByText('Only Owners, Admins and Managers assign records to others')).toBeVisible();
    }

    await user.click(screen.getByRole('option', { name: /Sam Lee/ }));
    expect(onValue).toHaveBeenLastCalledWith(null);
    await user.click(screen.getByRole('option', { name: /^Me/ }));
    await waitFor(() => expect(onValue).toHaveBeenLastCalledWith(5));
  });

  it('lets a Manager choose anyone, "Me" first', async () => {
    mockEmployees();
    const onValue = renderField('manager');
    const user = await openOptions();
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      expect.stringContaining('Me (Olivia Stone)'),
      expect.stringContaining('Ann Park'),
      expect.stringContaining('Sam Lee'),
    ]);
    expect(screen.getByRole('option', { name: /Sam Lee/ })).not.toHaveAttribute('aria-disabled', 'true');
    await user.click(screen.getByRole('option', { name: /Sam Lee/ }));
    await waitFor(() => expect(onValue).toHaveBeenLastCalledWith(6));
  });

  it('is read-only, and says why, on a record whose permissions do not allow assigning', () => {
    mockEmployees();
    renderField('employee', { assigned_to: 6, assigned_to_name: 'Sam Lee', permissions: { assign: false } });
    expect(screen.getByRole('combobox', { name: /assigned to/i })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: /assigned to/i })).toHaveValue('Sam Lee');
    expect(screen.getByText(/you may claim only unassigned records/)).toBeInTheDocument();
  });
});

describe('assigneeOptions', () => {
  it('puts "Me" first when the search could mean me, and lists everyone once', () => {
    expect(assigneeOptions(ME, [ANN, ME], '').map((option) => [option.full_name, option.isMe])).toEqual([
      ['Olivia Stone', true],
      ['Ann Park', false],
    ]);
    expect(assigneeOptions(ME, [ANN], 'ann').map((option) => option.full_name)).toEqual(['Ann Park']);
    expect(assigneeOptions(ME, [], 'oli').map((option) => option.full_name)).toEqual(['Olivia Stone']);
  });
});
