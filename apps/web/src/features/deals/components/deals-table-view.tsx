import { DEAL_STATES } from '@crm/contracts';
import { EmptyState, statusLabel, useListUrlState } from '@/components/ui';
import { ListView, NewRecordButton } from '@/components/ui/list-view';
import { useOrganizationCurrency } from '@/features/organizations';
import { useDeals } from '../api/get-deals';
import { DEAL_LIST_CONFIG } from '../lib/deal-table-params';
import { dealColumns, dealPath } from './deal-columns';

const STATUS_OPTIONS = DEAL_STATES.map((state) => ({ value: state, label: statusLabel(state) }));

/** The deals of the selected pipeline as a server-paginated table; its whole state lives in the URL. */
export function DealsTableView({ pipelineId, onCreate }: { pipelineId: number; onCreate?: () => void }) {
  const list = useListUrlState(DEAL_LIST_CONFIG);
  const deals = useDeals(list.apiParams, pipelineId);
  const currency = useOrganizationCurrency();

  return (
    <ListView
      list={list}
      query={deals}
      search={{ label: 'Search deals', placeholder: 'Search by title or code', width: { base: 'full', sm: '72' } }}
      filters={[{ key: 'status', label: 'Status', placeholder: 'All statuses', options: STATUS_OPTIONS, width: '40' }]}
      columns={dealColumns(currency)}
      tableLabel="Deals"
      getRowKey={(deal) => deal.id}
      getRowHref={dealPath}
      itemLabel="deals"
      empty={
        list.hasFilters ? (
          <EmptyState title="No deals match" description="Try another search or status." />
        ) : (
          <EmptyState
            title="No deals yet"
            description="Add your first deal to start tracking it through the pipeline."
            action={onCreate && <NewRecordButton onClick={onCreate}>Add your first deal</NewRecordButton>}
          />
        )
      }
      gap="3"
    />
  );
}
