import { Card, ErrorPanel, Heading, HStack, List, RouterLink, SkeletonText, StatusBadge, Text } from '@/components/ui';
import { useEmployeeReports } from '../api/get-employee-reports';
import { EMPLOYEE_STATUS_LABELS } from '../lib/employee-labels';

/** The employee's direct reports, each a link; the whole list opens in the employees table. */
export function EmployeeReportsCard({ employeeId }: { employeeId: number }) {
  const reports = useEmployeeReports(employeeId);

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
    <Card.Root variant="outline">
      <Card.Header>
        <HStack justify="space-between">
          <Heading as="h2" size="md">
            Reports
            {reports.data && reports.data.count > 0 && (
              <Text as="span" color="fg.muted" fontWeight="normal" ms="2">
                {reports.data.count}
              </Text>
            )}
          </Heading>
          {reports.data && reports.data.count > 0 && (
            <RouterLink to={`/employees?manager=${String(employeeId)}`} textStyle="sm">
              Show in the list
            </RouterLink>
          )}
        </HStack>
      </Card.Header>
      <Card.Body>{body()}</Card.Body>
    </Card.Root>
  );
}
