import type { Employee } from '@crm/contracts';
import { ContactDetailItems, DetailItem, DetailList, RelativeTime, RouterLink, SectionCard } from '@/components/ui';
import { formatCalendarDate } from '@/lib/format';

export function EmployeeSummaryCard({ employee }: { employee: Employee }) {
  return (
    <SectionCard title="Details">
      <DetailList>
        <ContactDetailItems email={employee.email} phone={employee.phone} />
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
    </SectionCard>
  );
}
