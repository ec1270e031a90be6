import { LuArrowRightLeft, LuCircleCheck, LuCircleX, LuPencil, LuTrash2, LuUser } from 'react-icons/lu';
import { useNavigate } from 'react-router';
import type { Lead } from '@crm/contracts';
import { MoreMenu } from '@/components/ui';
import type { LeadActionAvailability, LeadDialogKind } from './lead-actions';
import { leadDisplayName } from './lead-labels';

interface LeadRowMenuProps {
  lead: Lead;
  actions: LeadActionAvailability;
  onQualify: () => void;
  onDisqualify: () => void;
  onOpenDialog: (kind: LeadDialogKind) => void;
}

/** A row's actions: qualify, disqualify, convert, edit, delete; a converted lead links to its customer. */
export function LeadRowMenu({ lead, actions, onQualify, onDisqualify, onOpenDialog }: LeadRowMenuProps) {
  const navigate = useNavigate();
  const customerId = lead.converted_to_customer_id;
  return (
    <MoreMenu
      label={`Actions for ${leadDisplayName(lead)}`}
      variant="ghost"
      size="sm"
      minW="48"
      items={[
        customerId !== null && {
          value: 'customer',
          label: 'Open customer',
          icon: <LuUser aria-hidden />,
          onSelect: () => void navigate(`/customers/${String(customerId)}`),
        },
        actions.qualify && {
          value: 'qualify',
          label: 'Qualify',
          icon: <LuCircleCheck aria-hidden />,
          onSelect: onQualify,
        },
        actions.disqualify && {
          value: 'disqualify',
          label: 'Disqualify',
          icon: <LuCircleX aria-hidden />,
          onSelect: onDisqualify,
        },
        actions.convert && {
          value: 'convert',
          label: 'Convert…',
          icon: <LuArrowRightLeft aria-hidden />,
          onSelect: () => onOpenDialog('convert'),
        },
        actions.edit && {
          value: 'edit',
          label: 'Edit…',
          icon: <LuPencil aria-hidden />,
          onSelect: () => onOpenDialog('edit'),
        },
        actions.delete && {
          value: 'delete',
          label: 'Delete…',
          icon: <LuTrash2 aria-hidden />,
          onSelect: () => onOpenDialog('delete'),
          isDestructive: true,
        },
      ]}
    />
  );
}
