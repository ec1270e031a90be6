import type { Deal } from '@crm/contracts';
import { MoneyText } from '@/components/ui';
import { EmptyValue, RecordLinkCell, type ListColumn } from '@/components/ui/list-view';
import { formatCalendarDate } from '@/lib/format';
import { describeDaysInStage, formatDaysInStage } from '../lib/days-in-stage';
import { DealStageBadge } from './deal-stage-badge';

export const dealPath = (deal: Pick<Deal, 'id'>) => `/deals/${String(deal.id)}`;

/** The deals table: title, customer, stage, value, expected close, owner and days in stage. */
export function dealColumns(currency: string | undefined): ListColumn<Deal>[] {
  return [
    {
      id: 'title',
      header: 'Deal',
      sortField: 'title',
      cell: (deal) => (
        <RecordLinkCell to={dealPath(deal)} subtitle={deal.code} color="fg">
          {deal.title}
        </RecordLinkCell>
      ),
    },
    { id: 'customer', header: 'Customer', cell: (deal) => deal.customer_name },
    { id: 'stage', header: 'Stage', cell: (deal) => <DealStageBadge deal={deal} /> },
    {
      id: 'value',
      header: 'Value',
      sortField: 'value',
      align: 'end',
      cell: (deal) => <MoneyText amount={deal.value} currency={currency} />,
    },
    {
      id: 'expected_close',
      header: 'Expected close',
      sortField: 'expected_close_date',
      cell: (deal) => (deal.expected_close_date ? formatCalendarDate(deal.expected_close_date) : <EmptyValue />),
    },
    { id: 'owner', header: 'Owner', cell: (deal) => deal.assigned_to_name ?? <EmptyValue>Unassigned</EmptyValue> },
    {
      id: 'in_stage',
      header: 'In stage',
      sortField: 'stage_entered_at',
      cell: (deal) => (
        <span title={describeDaysInStage(deal.stage_entered_at)}>{formatDaysInStage(deal.stage_entered_at)}</span>
      ),
    },
  ];
}
