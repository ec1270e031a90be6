import type { Customer } from '@crm/contracts';
import {
  ContactDetailItems,
  DateTimeText,
  DetailItem,
  DetailList,
  KeyFigure,
  MoneyText,
  NotesBlock,
  RouterLink,
  SectionCard,
  TagsDetailItem,
  Text,
  WebsiteLink,
} from '@/components/ui';
import { CUSTOMER_TYPE_LABELS } from './customer-labels';

function addressLines(customer: Customer): string | null {
  const cityLine = [customer.postal_code, customer.city].filter(Boolean).join(' ');
  const lines = [customer.address, cityLine, customer.state, customer.country].filter(Boolean);
  return lines.length > 0 ? lines.join('\n') : null;
}

/** Contact data, classification and the value of the customer's won deals. */
export function CustomerSummaryCard({ customer, currency }: { customer: Customer; currency: string | undefined }) {
  const address = addressLines(customer);
  return (
    <SectionCard title="Summary" bodyGap="5">
      <KeyFigure label="Total value (won deals)">
        <MoneyText
          amount={customer.total_value}
          currency={currency}
          textStyle="2xl"
          fontWeight="semibold"
          data-testid="customer-total-value"
        />
      </KeyFigure>
      <DetailList>
        <ContactDetailItems email={customer.email} phone={customer.phone} />
        <DetailItem label="Contact">
          {[customer.first_name, customer.last_name].filter(Boolean).join(' ') || null}
        </DetailItem>
        <DetailItem label="Company">{customer.company_name}</DetailItem>
        <DetailItem label="Type">{CUSTOMER_TYPE_LABELS[customer.customer_type]}</DetailItem>
        <DetailItem label="Industry">{customer.industry}</DetailItem>
        <DetailItem label="Website">
          <WebsiteLink url={customer.website} />
        </DetailItem>
        <DetailItem label="Address">{address && <Text whiteSpace="pre-line">{address}</Text>}</DetailItem>
        <DetailItem label="Assigned to">{customer.assigned_to_name}</DetailItem>
        <TagsDetailItem tags={customer.tags} />
        {customer.converted_from_lead_id !== null && (
          <DetailItem label="Source">
            <RouterLink to={`/leads/${String(customer.converted_from_lead_id)}`}>Converted from a lead</RouterLink>
          </DetailItem>
        )}
        <DetailItem label="Created">
          <DateTimeText iso={customer.created_at} />
        </DetailItem>
      </DetailList>
      <NotesBlock notes={customer.notes} />
    </SectionCard>
  );
}
