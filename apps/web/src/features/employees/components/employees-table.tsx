import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Employee } from '@crm/contracts';
import { Badge, RouterLink, SortableColumnHeader, StatusBadge, Table, Text } from '@/components/ui';
import { EMPLOYEE_STATUS_LABELS, formatCalendarDate } from '../lib/employee-labels';

interface EmployeesTableProps {
  employees: readonly Employee[];
  ordering: string | undefined;
  onSort: (ordering: string) => void;
  isStale?: boolean;
}

function isInteractiveTarget(event: MouseEvent): boolean {
  return event.target instanceof Element && event.target.closest('a, button, input, select') !== null;
}

const dash = (
  <Text as="span" color="fg.subtle">
    —
  </Text>
);

/** A click anywhere on a row opens the employee; the name link does so by keyboard. */
export function EmployeesTable({ employees, ordering, onSort, isStale = false }: EmployeesTableProps) {
  const navigate = useNavigate();
  const sortable = { ordering, onSort };
  return (
    <Table.ScrollArea borderWidth="1px" borderRadius="md" opacity={isStale ? 0.6 : 1} transition="opacity 0.2s">
      <Table.Root size="sm" interactive stickyHeader aria-label="Employees">
        <Table.Header>
          <Table.Row>
            <SortableColumnHeader label="Name" field="last_name" {...sortable} />
            <Table.ColumnHeader>Position</Table.ColumnHeader>
            <SortableColumnHeader label="Department" field="department" {...sortable} />
            <Table.ColumnHeader>Manager</Table.ColumnHeader>
            <SortableColumnHeader label="Status" field="status" {...sortable} />
            <SortableColumnHeader label="Hired" field="hire_date" {...sortable} />
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {employees.map((employee) => {
            const href = `/employees/${String(employee.id)}`;
            return (
              <Table.Row
                key={employee.id}
                cursor="pointer"
                onClick={(event) => {
                  if (!isInteractiveTarget(event)) void navigate(href);
                }}
              >
                <Table.Cell maxW="xs">
                  <RouterLink to={href} fontWeight="medium" truncate display="block">
                    {employee.full_name}
                  </RouterLink>
                  {employee.email && (
                    <Text textStyle="xs" color="fg.muted" truncate>
                      {employee.email}
                    </Text>
                  )}
                </Table.Cell>
                <Table.Cell>{employee.position ?? dash}</Table.Cell>
                <Table.Cell>{employee.department ?? dash}</Table.Cell>
                <Table.Cell>
                  {employee.manager_id !== null ? (
                    <RouterLink to={`/employees/${String(employee.manager_id)}`}>{employee.manager_name}</RouterLink>
                  ) : (
                    dash
                  )}
                </Table.Cell>
                <Table.Cell>
                  <StatusBadge status={employee.status} label={EMPLOYEE_STATUS_LABELS[employee.status]} />
                  {employee.has_login && (
                    <Badge size="sm" variant="outline" ms="2" title="Signs in as a member of the team">
                      Member
                    </Badge>
                  )}
                </Table.Cell>
                <Table.Cell color="fg.muted">
                  {employee.hire_date ? formatCalendarDate(employee.hire_date) : dash}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}
