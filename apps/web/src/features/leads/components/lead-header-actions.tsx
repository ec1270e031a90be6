import { LuArrowRightLeft, LuPencil, LuTrash2, LuUser } from 'react-icons/lu';
import type { Lead } from '@crm/contracts';
import { Button, MoreMenu, RouterLink } from '@/components/ui';
import type { LeadActionAvailability, LeadDialogKind } from './lead-actions';
import { leadDisplayName } from './lead-labels';

interface LeadHeaderActionsProps {
  lead: Lead;
  actions: LeadActionAvailability;
  isStatusPending: boolean;
  onQualify: () => void;
  onDisqualify: () => void;
  onOpenDialog: (kind: LeadDialogKind) => void;
}

/** Qualify, disqualify and convert up front (convert is the goal), Edit, and Delete in the "more" menu. */
export function LeadHeaderActions({
  lead,
  actions,
  isStatusPending,
  onQualify,
  onDisqualify,
  onOpenDialog,
}: LeadHeaderActionsProps) {
  const customerId = lead.converted_to_customer_id;
  return (
    <>
      {customerId !== null && (
        <Button asChild variant="outline">
          <RouterLink to={`/customers/${String(customerId)}`} textDecoration="none" color="fg">
            <LuUser aria-hidden /> Open customer
          </RouterLink>
        </Button>
      )}
      {actions.edit && (
        <Button variant="outline" onClick={() => onOpenDialog('edit')}>
          <LuPencil aria-hidden /> Edit
        </Button>
      )}
      {actions.disqualify && (
        <Button variant="outline" onClick={onDisqualify} disabled={isStatusPending}>
          Disqualify
        </Button>
      )}
      {actions.qualify && (
        <Button variant="outline" onClick={onQualify} disabled={isStatusPending}>
          Qualify
        </Button>
      )}
      {actions.convert && (
        <Button colorPalette="brand" onClick={() => onOpenDialog('convert')}>
          <LuArrowRightLeft aria-hidden /> Convert
        </Button>
      )}
      {actions.delete && (
        <MoreMenu
          label={`More actions for ${leadDisplayName(lead)}`}
          items={[
            {
              value: 'delete',
              label: 'Delete lead',
              icon: <LuTrash2 aria-hidden />,
              onSelect: () => onOpenDialog('delete'),
              isDestructive: true,
            },
          ]}
        />
      )}
    </>
  );
}
