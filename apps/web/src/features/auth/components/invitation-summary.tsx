import type { InvitationPreview } from '@crm/contracts';
import { DetailItem, DetailList, RelativeTime, RoleBadge } from '@/components/ui';

export function InvitationSummary({ invitation }: { invitation: InvitationPreview }) {
  return (
    <DetailList>
      <DetailItem label="Organization">
        <span data-testid="invitation-organization">{invitation.organization.name}</span>
      </DetailItem>
      <DetailItem label="Role">
        <RoleBadge role={invitation.role} />
      </DetailItem>
      <DetailItem label="Invited email">{invitation.email}</DetailItem>
      <DetailItem label="Expires">
        <RelativeTime iso={invitation.expires_at} />
      </DetailItem>
    </DetailList>
  );
}
