import type { Vendor } from '@crm/contracts';
import {
  Badge,
  Card,
  DetailItem,
  DetailList,
  HStack,
  Heading,
  Link,
  RelativeTime,
  Text,
  WebsiteLink,
} from '@/components/ui';
import { VENDOR_TYPE_LABELS, ratingText } from '../lib/vendor-labels';

function addressOf(vendor: Vendor): string {
  const cityLine = [vendor.postal_code, vendor.city].filter(Boolean).join(' ');
  return [vendor.address, cityLine, vendor.state, vendor.country].filter(Boolean).join(', ');
}

export function VendorSummaryCard({ vendor }: { vendor: Vendor }) {
  const rating = ratingText(vendor.rating);
  return (
    <Card.Root variant="outline">
      <Card.Header>
        <Heading as="h2" size="md">
          Details
        </Heading>
      </Card.Header>
      <Card.Body>
        <DetailList>
          <DetailItem label="Company">{vendor.company_name}</DetailItem>
          <DetailItem label="Type">{VENDOR_TYPE_LABELS[vendor.vendor_type]}</DetailItem>
          <DetailItem label="Email">
            {vendor.email && <Link href={`mailto:${vendor.email}`}>{vendor.email}</Link>}
          </DetailItem>
          <DetailItem label="Phone">
            {vendor.phone && <Link href={`tel:${vendor.phone}`}>{vendor.phone}</Link>}
          </DetailItem>
          <DetailItem label="Website">
            <WebsiteLink url={vendor.website} />
          </DetailItem>
          <DetailItem label="Address">{addressOf(vendor)}</DetailItem>
          <DetailItem label="Payment terms">{vendor.payment_terms}</DetailItem>
          <DetailItem label="Rating">
            {rating && (
              <Text as="span" color="yellow.fg" aria-label={`${String(vendor.rating)} of 5 stars`}>
                {rating}
              </Text>
            )}
          </DetailItem>
          <DetailItem label="Tags">
            {vendor.tags.length > 0 && (
              <HStack gap="1" wrap="wrap">
                {vendor.tags.map((tag) => (
                  <Badge key={tag} variant="outline">
                    {tag}
                  </Badge>
                ))}
              </HStack>
            )}
          </DetailItem>
          <DetailItem label="Created">
            <RelativeTime iso={vendor.created_at} />
          </DetailItem>
          <DetailItem label="Updated">
            <RelativeTime iso={vendor.updated_at} />
          </DetailItem>
        </DetailList>
      </Card.Body>
    </Card.Root>
  );
}
