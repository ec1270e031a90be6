// Import this file directly, not through the index, which is on the first screen.
import { useState, type ReactNode } from 'react';
import { LuPencil, LuTrash2 } from 'react-icons/lu';
import { useNavigate } from 'react-router';
import { can, type RecordPermissions, type Resource } from '@crm/contracts';
import { useSession } from '@/lib/auth/session';
import { MoreMenu } from './more-menu';
import { Button } from './primitives';

export interface RecordActionsProps {
  /** Whose permissions decide what is offered: "customers". */
  resource: Resource;
  /** "customer": the delete item reads "Delete customer". */
  kind: string;
  /** How the record is named: "More actions for Acme". */
  name: string;
  onEdit: () => void;
  onDelete: () => void;
  /** What the caller may do with this record (the API's `permissions`); the role's rights otherwise. */
  permissions?: Pick<RecordPermissions, 'update' | 'delete'>;
  /** Before Edit: the record's own actions (Claim). */
  children?: ReactNode;
}

/**
 * A detail page's actions: Edit up front, Delete in the "more" menu; each only where the caller may
 * use it — the record's own `permissions` when it carries them, so an Employee is never offered a
 * form the server would refuse.
 */
export function RecordActions({ resource, kind, name, onEdit, onDelete, permissions, children }: RecordActionsProps) {
  const { role } = useSession();
  const mayUpdate = permissions ? permissions.update : can(role, resource, 'update');
  const mayDelete = permissions ? permissions.delete : can(role, resource, 'delete');
  return (
    <>
      {children}
      {mayUpdate && (
        <Button variant="outline" onClick={onEdit}>
          <LuPencil aria-hidden /> Edit
        </Button>
      )}
      {mayDelete && (
        <MoreMenu
          label={`More actions for ${name}`}
          items={[
            {
              value: 'delete',
              label: `Delete ${kind}`,
              icon: <LuTrash2 aria-hidden />,
              onSelect: onDelete,
              isDestructive: true,
            },
          ]}
        />
      )}
    </>
  );
}

/**
 * The open state of a detail page's edit and delete dialogs, in the shapes RecordActions and the
 * dialogs take; after a delete the page goes back to the list (`listPath`).
 */
export function useRecordDialogs(listPath: string) {
  const navigate = useNavigate();
  const [openDialog, setOpenDialog] = useState<'edit' | 'delete' | null>(null);
  const stateOf = (kind: 'edit' | 'delete') => ({
    open: openDialog === kind,
    onOpenChange: (open: boolean) => setOpenDialog(open ? kind : null),
  });
  return {
    actions: { onEdit: () => setOpenDialog('edit'), onDelete: () => setOpenDialog('delete') },
    edit: stateOf('edit'),
    remove: { ...stateOf('delete'), onDeleted: () => void navigate(listPath, { replace: true }) },
  };
}
