import { SimpleGrid } from '@/components/ui';
// Imported on its own, not through the index, which is on the first screen.
import { StatCard } from '@/components/ui/stat-card';
import { useVendorStats } from '../api/get-vendor-stats';

/** Totals across the organization, above the list; a failure here leaves the list usable. */
export function VendorStatsCards() {
  const stats = useVendorStats();
  const value = (pick: (data: NonNullable<typeof stats.data>) => number) => (stats.data ? pick(stats.data) : '—');
  return (
    <SimpleGrid columns={{ base: 1, sm: 3 }} gap="4" aria-label="Vendor totals" role="group">
      <StatCard label="Total vendors" value={value((data) => data.total)} isLoading={stats.isPending} />
      <StatCard label="Active" value={value((data) => data.by_status.active ?? 0)} isLoading={stats.isPending} />
      <StatCard label="New this month" value={value((data) => data.new_this_month)} isLoading={stats.isPending} />
    </SimpleGrid>
  );
}
