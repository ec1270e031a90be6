import type { Vendor } from '@crm/contracts';
import {
  ContactDetailItems,
  DetailItem,
  DetailList,
  RelativeTime,
  SectionCard,
  TagsDetailItem,
  WebsiteLink,
} from '@/components/ui';
import { VENDOR_TYPE_LABELS } from '../lib/vendor-labels';
import { VendorRating } from './vendor-rating';

function addressOf(vendor: Vendor): string {
  const cityLine = [vendor.postal_code, vendor.city].filter(Boolean).join(' ');
  return [vendor.address, cityLine, vendor.state, vendor.country].filter(Boolean).join(', ');
}

export function VendorSummaryCard({ vendor }: { vendor: Vendor }) {
  return (
    <SectionCard title="Details">
      <DetailList>
        <DetailItem label="Company">{vendor.company_name}</DetailItem>
        <DetailItem label="Type">{VENDOR_TYPE_LABELS[vendor.vendor_type]}</DetailItem>
        <ContactDetailItems email={vendor.email} phone={vendor.phone} />
        <DetailItem label="Website">
          <WebsiteLink url={vendor.website} />
        </DetailItem>
        <DetailItem label="Address">{addressOf(vendor)}</DetailItem>
        <DetailItem label="Payment terms">{vendor.payment_terms}</DetailItem>
        <DetailItem label="Rating">{vendor.rating !== null && <VendorRating rating={vendor.rating} />}</DetailItem>
        <TagsDetailItem tags={vendor.tags} />
        <DetailItem label="Created">
          <RelativeTime iso={vendor.created_at} />
        </DetailItem>
        <DetailItem label="Updated">
          <RelativeTime iso={vendor.updated_at} />
        </DetailItem>
      </DetailList>
    </SectionCard>
  );
}
