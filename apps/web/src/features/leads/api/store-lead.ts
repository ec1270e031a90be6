import type { QueryClient } from '@tanstack/react-query';
import type { Lead } from '@crm/contracts';
import { timelineKeys } from '@/features/activities';
import { leadKeys } from './lead-keys';

/** After any write to a lead: the detail from the answer, lists and its timeline refetched. */
export async function storeLead(queryClient: QueryClient, lead: Lead): Promise<void> {
  queryClient.setQueryData(leadKeys.detail(lead.id), lead);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: leadKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: timelineKeys.of({ kind: 'leads', id: lead.id }) }),
  ]);
}
