import type { Customer } from '@crm/contracts';
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
    <Card.Root as="section" aria-labelledby="customer-summary-heading">
      <Card.Header>
        <Heading as="h2" size="md" id="customer-summary-heading">
          Summary
        </Heading>
      </Card.Header>
      <Card.Body gap="5">
        <Stack gap="0">
          <Text textStyle="sm" color="fg.muted">
            Total value (won deals)
          </Text>
          <MoneyText
            amount={customer.total_value}
            currency={currency}
            textStyle="2xl"
            fontWeight="semibold"
            data-testid="customer-total-value"
          />
        </Stack>
        <DetailList>
          <DetailItem label="Email">
            {customer.email && <Link href={`mailto:${customer.email}`}>{customer.email}</Link>}
          </DetailItem>
          <DetailItem label="Phone">
            {customer.phone && <Link href={`tel:${customer.phone}`}>{customer.phone}</Link>}
          </DetailItem>
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
          <DetailItem label="Tags">
            {customer.tags.length > 0 && (
              <HStack gap="1" wrap="wrap">
                {customer.tags.map((tag) => (
                  <Badge key={tag} variant="outline">
                    {tag}
                  </Badge>
                ))}
              </HStack>
            )}
          </DetailItem>
          {customer.converted_from_lead_id !== null && (
            <DetailItem label="Source">
              <RouterLink to={`/leads/${String(customer.converted_from_lead_id)}`}>Converted from a lead</RouterLink>
            </DetailItem>
          )}
          <DetailItem label="Created">{formatDateTime(customer.created_at)}</DetailItem>
        </DetailList>
        {customer.notes && (
          <Stack gap="1">
            <Text textStyle="sm" color="fg.muted">
              Notes
            </Text>
            <Text whiteSpace="pre-wrap" wordBreak="break-word">
              {customer.notes}
            </Text>
          </Stack>
        )}
      </Card.Body>
    </Card.Root>
  );
}
