import type { Employee } from '@crm/contracts';
import { Card, DetailItem, DetailList, Heading, Link, RelativeTime, RouterLink } from '@/components/ui';
import { formatCalendarDate } from '../lib/employee-labels';

export function EmployeeSummaryCard({ employee }: { employee: Employee }) {
  return (
    <Card.Root variant="outline">
      <Card.Header>
        <Heading as="h2" size="md">
          Details
        </Heading>
      </Card.Header>
      <Card.Body>
        <DetailList>
          <DetailItem label="Email">
            {employee.email && <Link href={`mailto:${employee.email}`}>{employee.email}</Link>}
          </DetailItem>
          <DetailItem label="Phone">
            {employee.phone && <Link href={`tel:${employee.phone}`}>{employee.phone}</Link>}
          </DetailItem>
          <DetailItem label="Position">{employee.position}</DetailItem>
          <DetailItem label="Department">
            {employee.department && (
              <RouterLink to={`/employees?department=${encodeURIComponent(employee.department)}`}>
                {employee.department}
              </RouterLink>
            )}
          </DetailItem>
          <DetailItem label="Manager">
            {employee.manager_id !== null && (
              <RouterLink to={`/employees/${String(employee.manager_id)}`} data-testid="employee-manager">
                {employee.manager_name}
              </RouterLink>
            )}
          </DetailItem>
          <DetailItem label="Hire date">{employee.hire_date && formatCalendarDate(employee.hire_date)}</DetailItem>
          <DetailItem label="Team login">{employee.has_login ? 'Yes, a member of the team' : 'No'}</DetailItem>
          <DetailItem label="Added">
            <RelativeTime iso={employee.created_at} />
          </DetailItem>
        </DetailList>
      </Card.Body>
    </Card.Root>
  );
}
