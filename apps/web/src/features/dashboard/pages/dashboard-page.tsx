import type { ReactNode } from 'react';
import { isStaffRole, type Dashboard, type Role } from '@crm/contracts';
import { Grid, PageHeader, SimpleGrid, Skeleton, Stack } from '@/components/ui';
import { QueryView } from '@/components/ui/detail-page';
import { useSession } from '@/lib/auth/session';
import { useOrganizationCurrency } from '@/features/organizations';
import { FunnelChartCard, PeriodPicker, RevenueChartCard, usePeriodUrlState } from '@/features/analytics';
import { useDashboard } from '../api/get-dashboard';
import { FirstSteps } from '../components/first-steps';
import { PeriodKpiCards, StockKpiCards } from '../components/kpi-cards';
import { MyTasksCard } from '../components/my-tasks-card';
import { OrganizationSummary } from '../components/organization-summary';
import { PipelineByStageCard } from '../components/pipeline-by-stage-card';
import { RecentActivityCard } from '../components/recent-activity-card';
import { isNewOrganization } from '../lib/first-steps';

const TWO_COLUMNS = { base: 'minmax(0, 1fr)', xl: 'repeat(2, minmax(0, 1fr))' };

function DashboardSkeleton() {
  return (
    <Stack gap="6" aria-busy="true" aria-label="Loading the dashboard">
      <SimpleGrid columns={{ base: 1, sm: 2, lg: 3, xl: 5 }} gap="4">
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} height="28" />
        ))}
      </SimpleGrid>
      <Grid templateColumns={TWO_COLUMNS} gap="6">
        <Skeleton height="80" />
        <Skeleton height="80" />
      </Grid>
    </Stack>
  );
}

function DashboardContent({ dashboard, role }: { dashboard: Dashboard; role: Role }) {
  const currency = useOrganizationCurrency();
  if (isNewOrganization(dashboard)) return <FirstSteps role={role} />;
  return (
    <>
      <PeriodKpiCards dashboard={dashboard} currency={currency} />
      <SimpleGrid columns={{ base: 1, sm: 2, xl: 4 }} gap="4">
        <StockKpiCards dashboard={dashboard} currency={currency} />
        <MyTasksCard tasks={dashboard.my_tasks} />
      </SimpleGrid>
      <Grid templateColumns={TWO_COLUMNS} gap="6" alignItems="start">
        <RevenueChartCard
          title="Revenue by month"
          description="Won deals over the last 12 months."
          points={dashboard.revenue_by_month}
          currency={currency}
          testId="revenue-by-month-card"
        />
        <FunnelChartCard stages={dashboard.funnel} currency={currency} testId="funnel-card" />
      </Grid>
      <Grid templateColumns={TWO_COLUMNS} gap="6" alignItems="start">
        <PipelineByStageCard stages={dashboard.pipeline_by_stage} currency={currency} />
        <RecentActivityCard activities={dashboard.recent_activities} />
      </Grid>
    </>
  );
}

function DashboardHeader({ actions }: { actions?: ReactNode }) {
  const { user } = useSession();
  const firstName = user.first_name?.trim() || user.username;
  return (
    <Stack gap="2">
      <PageHeader title="Dashboard" description={`Welcome, ${firstName}.`} actions={actions} />
      <OrganizationSummary />
    </Stack>
  );
}

/** The staff dashboard (UX: dashboard): the period's KPIs, the pipeline as of now, charts and recent work. */
function StaffDashboard({ role }: { role: Role }) {
  const period = usePeriodUrlState();
  const dashboard = useDashboard(period.range, period.error === null);
  return (
    <>
      <DashboardHeader actions={<PeriodPicker period={period} />} />
      <QueryView query={dashboard} subject="the dashboard" loading={<DashboardSkeleton />}>
        {(data) => <DashboardContent dashboard={data} role={role} />}
      </QueryView>
    </>
  );
}

/** `/`: the first page after login. A Client's own dashboard belongs to the portal. */
export default function DashboardPage() {
  const { role } = useSession();
  return (
    <Stack gap="6" maxW="7xl">
      {isStaffRole(role) ? <StaffDashboard role={role} /> : <DashboardHeader />}
    </Stack>
  );
}
