import type { Lead } from '@crm/contracts';
import {
  ContactDetailItems,
  DateTimeText,
  DetailItem,
  DetailList,
  HStack,
  KeyFigure,
  MoneyText,
  NotesBlock,
  RouterLink,
  SectionCard,
  TagsDetailItem,
  Text,
} from '@/components/ui';
import { LEAD_SOURCE_LABELS } from './lead-labels';
import { LeadScoreBadge } from './lead-score-badge';

/** Contact data, what the score is made of, and where a converted lead went. */
export function LeadSummaryCard({ lead, currency }: { lead: Lead; currency: string | undefined }) {
  return (
    <SectionCard title="Summary" bodyGap="5">
      <HStack gap="6" wrap="wrap">
        <KeyFigure label="Score" gap="1">
          <LeadScoreBadge score={lead.score} size="lg" alignSelf="flex-start" />
        </KeyFigure>
        <KeyFigure label="Estimated value">
          <MoneyText amount={lead.estimated_value} currency={currency} textStyle="2xl" fontWeight="semibold" />
        </KeyFigure>
      </HStack>
      <DetailList>
        <ContactDetailItems email={lead.email} phone={lead.phone} />
        <DetailItem label="Company">{lead.company}</DetailItem>
        <DetailItem label="Job title">{lead.job_title}</DetailItem>
        <DetailItem label="Source">{LEAD_SOURCE_LABELS[lead.source]}</DetailItem>
        <DetailItem label="Assigned to">{lead.assigned_to_name}</DetailItem>
        <TagsDetailItem tags={lead.tags} />
        {lead.converted_to_customer_id !== null && (
          <DetailItem label="Converted">
            <RouterLink to={`/customers/${String(lead.converted_to_customer_id)}`}>Open the customer</RouterLink>
            {lead.converted_at && (
              <Text as="span" color="fg.muted">
                {' '}
                · <DateTimeText iso={lead.converted_at} />
              </Text>
            )}
          </DetailItem>
        )}
        <DetailItem label="Created">
          <DateTimeText iso={lead.created_at} />
        </DetailItem>
      </DetailList>
      <NotesBlock notes={lead.notes} />
    </SectionCard>
  );
}
