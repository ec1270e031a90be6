import { can } from '@crm/contracts';
import { Grid, NoAccessPanel, PageHeader, Stack } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import { useUserTimeZone } from '@/lib/format';
import { useOrganizationCurrency } from '@/features/organizations';
import { useEmployeePerformance } from '../api/get-employee-performance';
import { useForecast } from '../api/get-forecast';
import { ForecastCard } from '../components/forecast-card';
import { LeaderboardCard } from '../components/leaderboard-card';
import { PeriodPicker } from '../components/period-picker';
import { RevenueByPeriodCard } from '../components/revenue-by-period-card';
import { SalesFunnelCard } from '../components/sales-funnel-card';
import { chartQueryState } from '../lib/chart-query-state';
import { addMonths, endOfMonth, todayIn } from '../lib/period';
import { usePeriodUrlState, type PeriodUrlState } from '../lib/use-period-url-state';

/** Forecast months: the last five, this one and the next six, so forecasts meet what was won. */
function useForecastRange() {
  const today = todayIn(useUserTimeZone());
  return { start: addMonths(today, -5), end: endOfMonth(addMonths(today, 6)) };
}

function AnalyticsContent({ period }: { period: PeriodUrlState }) {
  const currency = useOrganizationCurrency();
  const forecast = useForecast(useForecastRange());
  const performance = useEmployeePerformance(period.range, period.error === null);
  return (
    <>
      <RevenueByPeriodCard period={period} currency={currency} />
      <Grid templateColumns={{ base: 'minmax(0, 1fr)', xl: 'repeat(2, minmax(0, 1fr))' }} gap="6" alignItems="start">
        <SalesFunnelCard period={period} currency={currency} />
        <ForecastCard
          forecast={forecast.data}
          currency={currency}
          {...chartQueryState(forecast)}
          description="Open deals by expected close month, from five months back to six ahead."
        />
      </Grid>
      <LeaderboardCard rows={performance.data} currency={currency} {...chartQueryState(performance)} />
    </>
  );
}

/** `/analytics` (Owner, Admin, Manager): revenue, the funnel, the forecast and the leaderboard. */
export default function AnalyticsPage() {
  const { role } = useSession();
  const period = usePeriodUrlState();
  if (!can(role, 'analytics', 'read_team')) {
    return <NoAccessPanel message={(roleName) => `As ${roleName}, you cannot see the team's analytics.`} />;
  }
  return (
    <Stack gap="6" maxW="7xl">
      <PageHeader
        title="Analytics"
        description="How the team sells: revenue, the funnel, the forecast and each employee's results."
        actions={<PeriodPicker period={period} />}
      />
      <AnalyticsContent period={period} />
    </Stack>
  );
}
