import type { Lead } from '@crm/contracts';
import {
  Badge,
  Card,
  DetailItem,
  DetailList,
  formatDateTime,
  Heading,
  HStack,
  Link,
  MoneyText,
  RouterLink,
  Stack,
  Text,
} from '@/components/ui';
import { LEAD_SOURCE_LABELS } from './lead-labels';
import { LeadScoreBadge } from './lead-score-badge';

/** Contact data, what the score is made of, and where a converted lead went. */
export function LeadSummaryCard({ lead, currency }: { lead: Lead; currency: string | undefined }) {
  return (
    <Card.Root as="section" aria-labelledby="lead-summary-heading">
      <Card.Header>
        <Heading as="h2" size="md" id="lead-summary-heading">
          Summary
        </Heading>
      </Card.Header>
      <Card.Body gap="5">
        <HStack gap="6" wrap="wrap">
          <Stack gap="1">
            <Text textStyle="sm" color="fg.muted">
              Score
            </Text>
            <LeadScoreBadge score={lead.score} size="lg" alignSelf="flex-start" />
          </Stack>
          <Stack gap="0">
            <Text textStyle="sm" color="fg.muted">
              Estimated value
            </Text>
            <MoneyText amount={lead.estimated_value} currency={currency} textStyle="2xl" fontWeight="semibold" />
          </Stack>
        </HStack>
        <DetailList>
          <DetailItem label="Email">{lead.email && <Link href={`mailto:${lead.email}`}>{lead.email}</Link>}</DetailItem>
          <DetailItem label="Phone">{lead.phone && <Link href={`tel:${lead.phone}`}>{lead.phone}</Link>}</DetailItem>
          <DetailItem label="Company">{lead.company}</DetailItem>
          <DetailItem label="Job title">{lead.job_title}</DetailItem>
          <DetailItem label="Source">{LEAD_SOURCE_LABELS[lead.source]}</DetailItem>
          <DetailItem label="Assigned to">{lead.assigned_to_name}</DetailItem>
          <DetailItem label="Tags">
            {lead.tags.length > 0 && (
              <HStack gap="1" wrap="wrap">
                {lead.tags.map((tag) => (
                  <Badge key={tag} variant="outline">
                    {tag}
                  </Badge>
                ))}
              </HStack>
            )}
          </DetailItem>
          {lead.converted_to_customer_id !== null && (
            <DetailItem label="Converted">
              <RouterLink to={`/customers/${String(lead.converted_to_customer_id)}`}>Open the customer</RouterLink>
              {lead.converted_at && (
                <Text as="span" color="fg.muted">
                  {' '}
                  · {formatDateTime(lead.converted_at)}
                </Text>
              )}
            </DetailItem>
          )}
          <DetailItem label="Created">{formatDateTime(lead.created_at)}</DetailItem>
        </DetailList>
        {lead.notes && (
          <Stack gap="1">
            <Text textStyle="sm" color="fg.muted">
              Notes
            </Text>
            <Text whiteSpace="pre-wrap" wordBreak="break-word">
              {lead.notes}
            </Text>
          </Stack>
        )}
      </Card.Body>
    </Card.Root>
  );
}
