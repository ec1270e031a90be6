import { LuArrowRightLeft, LuCircleCheck, LuCircleX, LuEllipsis, LuPencil, LuTrash2, LuUser } from 'react-icons/lu';
import { useNavigate } from 'react-router';
import type { Lead } from '@crm/contracts';
import { IconButton, Menu, Portal } from '@/components/ui';
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
    <Menu.Root positioning={{ placement: 'bottom-end' }} lazyMount>
      <Menu.Trigger asChild>
        <IconButton variant="ghost" size="sm" aria-label={`Actions for ${leadDisplayName(lead)}`}>
          <LuEllipsis />
        </IconButton>
      </Menu.Trigger>
      <Portal>
        <Menu.Positioner>
          <Menu.Content minW="48">
            {customerId !== null && (
              <Menu.Item value="customer" onSelect={() => void navigate(`/customers/${String(customerId)}`)}>
                <LuUser aria-hidden /> Open customer
              </Menu.Item>
            )}
            {actions.qualify && (
              <Menu.Item value="qualify" onSelect={onQualify}>
                <LuCircleCheck aria-hidden /> Qualify
              </Menu.Item>
            )}
            {actions.disqualify && (
              <Menu.Item value="disqualify" onSelect={onDisqualify}>
                <LuCircleX aria-hidden /> Disqualify
              </Menu.Item>
            )}
            {actions.convert && (
              <Menu.Item value="convert" onSelect={() => onOpenDialog('convert')}>
                <LuArrowRightLeft aria-hidden /> Convert…
              </Menu.Item>
            )}
            {actions.edit && (
              <Menu.Item value="edit" onSelect={() => onOpenDialog('edit')}>
                <LuPencil aria-hidden /> Edit…
              </Menu.Item>
            )}
            {actions.delete && (
              <Menu.Item
                value="delete"
                color="fg.error"
                _hover={{ bg: 'bg.error', color: 'fg.error' }}
                onSelect={() => onOpenDialog('delete')}
              >
                <LuTrash2 aria-hidden /> Delete…
              </Menu.Item>
            )}
          </Menu.Content>
        </Menu.Positioner>
      </Portal>
    </Menu.Root>
  );
}
