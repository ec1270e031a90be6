import { DEAL_ORDERING, DEAL_STATES } from '@crm/contracts';
import type { ListUrlConfig } from '@/components/ui';
import { ASSIGNEE_FILTER_VALUES, isAssigneeFilterValue } from '@/lib/assignee-filter';
import { parseRouteId } from '@/lib/use-route-id';
import type { BoardFilters } from '../api/deal-keys';

export type DealsView = 'board' | 'table';

/** The table view's URL state: search, status, assignee, ordering, page and page size (`useListUrlState`). */
export const DEAL_LIST_CONFIG: ListUrlConfig<'status' | 'assigned_to'> = {
  orderingFields: DEAL_ORDERING,
  filters: { status: DEAL_STATES, assigned_to: ASSIGNEE_FILTER_VALUES },
};

/** The board's filters from the URL: the search and the assignee the table uses too. */
export function readBoardFilters(params: URLSearchParams): BoardFilters {
  const search = params.get('search')?.trim() ?? '';
  const assignee = params.get('assigned_to');
  return {
    ...(search ? { search } : {}),
    ...(isAssigneeFilterValue(assignee) ? { assigned_to: assignee } : {}),
  };
}

export function readDealsView(params: URLSearchParams): DealsView {
  return params.get('view') === 'table' ? 'table' : 'board';
}

export function readPipelineId(params: URLSearchParams): number | undefined {
  return parseRouteId(params.get('pipeline') ?? undefined) ?? undefined;
}
