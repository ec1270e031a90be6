import { LuEllipsis, LuPencil, LuTrash2 } from 'react-icons/lu';
import { can, type Customer } from '@crm/contracts';
import { Button, IconButton, Menu, Portal } from '@/components/ui';
import { useSession } from '@/lib/auth/session';

interface CustomerActionsProps {
  customer: Customer;
  onEdit: () => void;
  onDelete: () => void;
}

/** Edit up front; Delete in the "more" menu, and only for roles that may delete. */
export function CustomerActions({ customer, onEdit, onDelete }: CustomerActionsProps) {
  const { role } = useSession();
  const canUpdate = can(role, 'customers', 'update');
  const canDelete = can(role, 'customers', 'delete');
  return (
    <>
      {canUpdate && (
        <Button variant="outline" onClick={onEdit}>
          <LuPencil aria-hidden /> Edit
        </Button>
      )}
      {canDelete && (
        <Menu.Root positioning={{ placement: 'bottom-end' }}>
          <Menu.Trigger asChild>
            <IconButton variant="outline" aria-label={`More actions for ${customer.name}`}>
              <LuEllipsis />
            </IconButton>
          </Menu.Trigger>
          <Portal>
            <Menu.Positioner>
              <Menu.Content>
                <Menu.Item
                  value="delete"
                  color="fg.error"
                  _hover={{ bg: 'bg.error', color: 'fg.error' }}
                  onSelect={onDelete}
                >
                  <LuTrash2 aria-hidden /> Delete customer
                </Menu.Item>
              </Menu.Content>
            </Menu.Positioner>
          </Portal>
        </Menu.Root>
      )}
    </>
  );
}
