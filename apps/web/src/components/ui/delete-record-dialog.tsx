import { useEffect, useState, type ReactNode } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { FormAlert } from './error-panel';
import { Stack, Text } from './primitives';
import { notifyError, notifySuccess } from './toaster';

export interface DeleteRefusal {
  /** True when the server refused because something depends on the record (409): shown in the dialog. */
  blocked: boolean;
  message: string;
}

interface DeleteRecordDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** "customer", "vendor"…: used in the button, the toasts and the refusal title. */
  kind: string;
  /** How the record is named to the person, e.g. "Acme (CUST-001)". */
  name: string;
  title: string;
  description: ReactNode;
  remove: () => Promise<unknown>;
  isPending: boolean;
  onDeleted: () => void;
  explainError: (error: unknown) => DeleteRefusal;
}

/**
 * Deletes one record after naming it. A refusal because of dependants stays in the dialog with the
 * server's explanation (and disables the button); any other failure is a toast.
 */
export function DeleteRecordDialog(props: DeleteRecordDialogProps) {
  const { open, onOpenChange, kind, name, title, description, remove, isPending, onDeleted, explainError } = props;
  const [blockedReason, setBlockedReason] = useState<string | null>(null);

  useEffect(() => {
    if (open) setBlockedReason(null);
  }, [open]);

  const confirm = async () => {
    try {
      await remove();
      onOpenChange(false);
      notifySuccess(`${kind.charAt(0).toUpperCase()}${kind.slice(1)} deleted`, `${name} was deleted.`);
      onDeleted();
    } catch (error) {
      const refusal = explainError(error);
      if (refusal.blocked) setBlockedReason(refusal.message);
      else notifyError(`Could not delete the ${kind}`, refusal.message);
    }
  };

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      confirmLabel={`Delete ${kind}`}
      onConfirm={() => void confirm()}
      isPending={isPending}
      isDestructive
      isConfirmDisabled={blockedReason !== null}
    >
      <Stack gap="3">
        <Text>{description}</Text>
        {blockedReason && <FormAlert title={`This ${kind} cannot be deleted yet`} message={blockedReason} />}
      </Stack>
    </ConfirmDialog>
  );
}
