import { LuEllipsis, LuPencil, LuTrash2 } from 'react-icons/lu';
import { can, type Employee } from '@crm/contracts';
import { Button, IconButton, Menu, Portal } from '@/components/ui';
import { useSession } from '@/lib/auth/session';

interface EmployeeActionsProps {
  employee: Employee;
  onEdit: () => void;
  onDelete: () => void;
}

/** Edit up front, Delete in the "more" menu; each only for roles that may use it. */
export function EmployeeActions({ employee, onEdit, onDelete }: EmployeeActionsProps) {
  const { role } = useSession();
  return (
    <>
      {can(role, 'employees', 'update') && (
        <Button variant="outline" onClick={onEdit}>
          <LuPencil aria-hidden /> Edit
        </Button>
      )}
      {can(role, 'employees', 'delete') && (
        <Menu.Root positioning={{ placement: 'bottom-end' }}>
          <Menu.Trigger asChild>
            <IconButton variant="outline" aria-label={`More actions for ${employee.full_name}`}>
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
                  <LuTrash2 aria-hidden /> Delete employee
                </Menu.Item>
              </Menu.Content>
            </Menu.Positioner>
          </Portal>
        </Menu.Root>
      )}
    </>
  );
}
