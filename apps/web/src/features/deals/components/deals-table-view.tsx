import { DEAL_STATES, type Stage } from '@crm/contracts';
import { EmptyState, statusLabel, useListUrlState, listFilterParams } from '@/components/ui';
import { ListView, NewRecordButton } from '@/components/ui/list-view';
import { assigneeListFilter } from '@/lib/assignee-filter';
import { ExportButton } from '@/features/data-export';
import { useOrganizationCurrency } from '@/features/organizations';
import { useRecordBulkActions } from '@/features/work';
import { dealKeys } from '../api/deal-keys';
import { useDeals } from '../api/get-deals';
import { DEAL_LIST_CONFIG } from '../lib/deal-table-params';
import { dealColumns, dealPath } from './deal-columns';

const STATUS_OPTIONS = DEAL_STATES.map((state) => ({ value: state, label: statusLabel(state) }));

interface DealsTableViewProps {
  pipelineId: number;
  /** The pipeline's stages: where "Move to stage" may send the selected deals. */
  stages?: readonly Stage[];
  onCreate?: () => void;
}

/** The deals of the selected pipeline as a server-paginated table; its whole state lives in the URL. */
export function DealsTableView({ pipelineId, stages, onCreate }: DealsTableViewProps) {
  const list = useListUrlState(DEAL_LIST_CONFIG);
  const deals = useDeals(list.apiParams, pipelineId);
  const currency = useOrganizationCurrency();
  const filter = { ...listFilterParams(list.apiParams), pipeline: pipelineId };
  const bulk = useRecordBulkActions({
    resource: 'deals',
    noun: ['deal', 'deals'],
    filter,
    rows: deals.data?.results,
    total: deals.data?.count ?? 0,
    describe: (deal) => `${deal.title} (${deal.code})`,
    stageOptions: stages?.map((stage) => ({ value: String(stage.id), label: stage.name })),
    invalidate: [dealKeys.all],
  });

  return (
    <ListView
      list={list}
      query={deals}
      toolbar={<ExportButton resource="deals" filters={filter} />}
      search={{ label: 'Search deals', placeholder: 'Search by title or code', width: { base: 'full', sm: '72' } }}
      filters={[
        { key: 'status', label: 'Status', placeholder: 'All statuses', options: STATUS_OPTIONS, width: '40' },
        assigneeListFilter,
      ]}
      selection={bulk.selection}
      bulkBar={bulk.bulkBar}
      columns={dealColumns(currency)}
      tableLabel="Deals"
      getRowKey={(deal) => deal.id}
      getRowHref={dealPath}
      itemLabel="deals"
      empty={
        list.hasFilters ? (
          <EmptyState title="No deals match" description="Try another search, status or assignee." />
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
