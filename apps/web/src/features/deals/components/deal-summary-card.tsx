import type { Deal } from '@crm/contracts';
import { DetailItem, DetailList, MoneyText, RelativeTime, RouterLink, SectionCard, Text } from '@/components/ui';
import { formatCalendarDate } from '@/lib/format';

interface DealSummaryCardProps {
  deal: Deal;
  currency: string | undefined;
}

/** The deal's key fields: customer, money, probability, dates, owner and, when lost, why. */
export function DealSummaryCard({ deal, currency }: DealSummaryCardProps) {
  return (
    <SectionCard title="Summary">
      <DetailList>
        <DetailItem label="Customer">
          <RouterLink to={`/customers/${String(deal.customer_id)}`}>{deal.customer_name}</RouterLink>
        </DetailItem>
        <DetailItem label="Value">
          <MoneyText amount={deal.value} currency={currency} data-testid="deal-value" />
        </DetailItem>
        <DetailItem label="Weighted value">
          <MoneyText amount={deal.weighted_value} currency={currency} />
        </DetailItem>
        <DetailItem label="Probability">
          <Text as="span">
            {`${String(deal.effective_probability)}% `}
            <Text as="span" color="fg.muted">
              {deal.probability === null ? '(from the stage)' : '(set on the deal)'}
            </Text>
          </Text>
        </DetailItem>
        <DetailItem label="Pipeline">{`${deal.pipeline_name} · ${deal.stage_name}`}</DetailItem>
        <DetailItem label="In stage since">
          <RelativeTime iso={deal.stage_entered_at} />
        </DetailItem>
        <DetailItem label="Expected close">
          {deal.expected_close_date ? formatCalendarDate(deal.expected_close_date, 'long') : null}
        </DetailItem>
        <DetailItem label="Owner">{deal.assigned_to_name}</DetailItem>
        {deal.closed_at && (
          <DetailItem label={deal.is_won ? 'Won' : 'Lost'}>
            <RelativeTime iso={deal.closed_at} />
          </DetailItem>
        )}
        {deal.is_lost && <DetailItem label="Lost reason">{deal.lost_reason}</DetailItem>}
        <DetailItem label="Description">
          {deal.description ? <Text whiteSpace="pre-wrap">{deal.description}</Text> : null}
        </DetailItem>
      </DetailList>
    </SectionCard>
  );
}
