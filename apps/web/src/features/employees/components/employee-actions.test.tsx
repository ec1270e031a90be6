import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { Employee, Role } from '@crm/contracts';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { RecordActions } from '@/components/ui/record-actions';

const EMPLOYEE: Employee = {
  id: 8,
  user_id: null,
  has_login: false,
  first_name: 'Sam',
  last_name: 'Reed',
  full_name: 'Sam Reed',
  email: null,
  phone: null,
  department: 'Sales',
  position: null,
  hire_date: null,
  manager_id: null,
  manager_name: null,
  status: 'active',
  created_at: '2026-11-01T10:00:00.000Z',
  updated_at: '2026-11-01T10:00:00.000Z',
  created_by: 1,
};

describe('the actions of an employee page', () => {
  it.each<[Role, string[]]>([
    ['owner', ['Edit', 'More actions for Sam Reed']],
    ['admin', ['Edit', 'More actions for Sam Reed']],
    ['manager', []],
    ['employee', []],
  ])('offers a %s %j', (role, labels) => {
    renderPage(
      withSession(
        <RecordActions
          resource="employees"
          kind="employee"
          name={EMPLOYEE.full_name}
          onEdit={vi.fn()}
          onDelete={vi.fn()}
        />,
        role,
      ),
    );
    expect(
      screen.queryAllByRole('button').map((button) => button.getAttribute('aria-label') ?? button.textContent?.trim()),
    ).toEqual(labels);
  });
});
