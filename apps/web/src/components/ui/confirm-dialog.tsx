import type { ReactNode } from 'react';
import { Button, HStack } from './primitives';
import { AppDialog } from './dialog';

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  /** Says what will happen, naming the record. */
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  isPending?: boolean;
  /** Red confirm button for deletions and other actions that cannot be undone. */
  isDestructive?: boolean;
  /** Disables the confirm button while the dialog still needs an answer (e.g. a choice below). */
  isConfirmDisabled?: boolean;
}

/** Asks before an action; the confirm button shows progress and the dialog stays until it is done. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  children,
  confirmLabel,
  onConfirm,
  isPending = false,
  isDestructive = false,
  isConfirmDisabled = false,
}: ConfirmDialogProps) {
  return (
    <AppDialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={() => onOpenChange(false)} disabled={isPending}>
            Cancel
          </Button>
          <Button
            colorPalette={isDestructive ? 'red' : 'brand'}
            onClick={onConfirm}
            loading={isPending}
            disabled={isConfirmDisabled}
          >
            {confirmLabel}
          </Button>
        </HStack>
      }
    >
      {children}
    </AppDialog>
  );
}
