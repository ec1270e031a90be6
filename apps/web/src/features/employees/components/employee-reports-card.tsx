import { ErrorPanel, HStack, List, RouterLink, SectionCard, SkeletonText, StatusBadge, Text } from '@/components/ui';
import { useEmployeeReports } from '../api/get-employee-reports';
import { EMPLOYEE_STATUS_LABELS } from '../lib/employee-labels';

/** The employee's direct reports, each a link; the whole list opens in the employees table. */
export function EmployeeReportsCard({ employeeId }: { employeeId: number }) {
  const reports = useEmployeeReports(employeeId);
  const hasReports = reports.data !== undefined && reports.data.count > 0;

  const body = () => {
    if (reports.isPending) return <SkeletonText noOfLines={3} aria-label="Loading reports" />;
    if (reports.isError) {
      return (
        <ErrorPanel
          title="Reports could not be loaded"
          message={reports.error.message}
          onRetry={() => void reports.refetch()}
          isRetrying={reports.isFetching}
        />
      );
    }
    if (reports.data.count === 0) return <Text color="fg.muted">Nobody reports to this employee.</Text>;
    return (
      <List.Root variant="plain" gap="2" aria-label="Direct reports">
        {reports.data.results.map((report) => (
          <List.Item key={report.id}>
            <HStack gap="2" justify="space-between" width="full">
              <RouterLink to={`/employees/${String(report.id)}`}>{report.full_name}</RouterLink>
              <HStack gap="2">
                {report.position && (
                  <Text textStyle="sm" color="fg.muted">
                    {report.position}
                  </Text>
                )}
                {report.status !== 'active' && (
                  <StatusBadge status={report.status} label={EMPLOYEE_STATUS_LABELS[report.status]} />
                )}
              </HStack>
            </HStack>
          </List.Item>
        ))}
      </List.Root>
    );
  };

  return (
    <SectionCard
      title="Reports"
      titleExtra={hasReports && <Text color="fg.muted">{reports.data.count}</Text>}
      headerAction={
        hasReports && (
          <RouterLink to={`/employees?manager=${String(employeeId)}`} textStyle="sm">
            Show in the list
          </RouterLink>
        )
      }
    >
      {body()}
    </SectionCard>
  );
}
