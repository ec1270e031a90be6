import type { Deal } from '@crm/contracts';
import { Card, DetailItem, DetailList, Heading, RelativeTime, RouterLink, Text } from '@/components/ui';

interface DealSummaryCardProps {
  deal: Deal;
  formatMoney: (amount: string) => string;
}

const formatDate = (date: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** The deal's key fields: customer, money, probability, dates, owner and, when lost, why. */
export function DealSummaryCard({ deal, formatMoney }: DealSummaryCardProps) {
  return (
    <Card.Root as="section" aria-labelledby="deal-summary-heading">
      <Card.Header>
        <Heading as="h2" size="md" id="deal-summary-heading">
          Summary
        </Heading>
      </Card.Header>
      <Card.Body>
        <DetailList>
          <DetailItem label="Customer">
            <RouterLink to={`/customers/${String(deal.customer_id)}`}>{deal.customer_name}</RouterLink>
          </DetailItem>
          <DetailItem label="Value">
            <Text as="span" fontVariantNumeric="tabular-nums" data-testid="deal-value">
              {formatMoney(deal.value)}
            </Text>
          </DetailItem>
          <DetailItem label="Weighted value">
            <Text as="span" fontVariantNumeric="tabular-nums">
              {formatMoney(deal.weighted_value)}
            </Text>
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
            {deal.expected_close_date ? formatDate(deal.expected_close_date) : null}
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
      </Card.Body>
    </Card.Root>
  );
}
