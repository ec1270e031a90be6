import { DEAL_ORDERING, DEAL_STATES } from '@crm/contracts';
import type { ListUrlConfig } from '@/components/ui';
import { parseRouteId } from '@/lib/use-route-id';

export type DealsView = 'board' | 'table';

/** The table view's URL state: search, status, ordering, page and page size (`useListUrlState`). */
export const DEAL_LIST_CONFIG: ListUrlConfig<'status'> = {
  orderingFields: DEAL_ORDERING,
  filters: { status: DEAL_STATES },
};

export function readDealsView(params: URLSearchParams): DealsView {
  return params.get('view') === 'table' ? 'table' : 'board';
}

export function readPipelineId(params: URLSearchParams): number | undefined {
  return parseRouteId(params.get('pipeline') ?? undefined) ?? undefined;
}
