import { can } from '@crm/contracts';
import { CountBadge } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import { useMyWorkCount } from '../api/my-work';

/**
 * The sidebar's count next to My work: tasks overdue or due today. The app shell loads this on
 * the first screen, so it stays light (no activities feature, no forms).
 */
export function MyWorkNavBadge() {
  const { role } = useSession();
  const count = useMyWorkCount(can(role, 'activities', 'read'));
  return <CountBadge count={count ?? 0} description="overdue or due today" />;
}
