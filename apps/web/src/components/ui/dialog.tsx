import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { CloseButton, Dialog, Portal } from '@chakra-ui/react';

export interface AppDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  size?: Dialog.RootProps['size'];
}

/**
 * The control that had focus when the dialog opened, for focus to return to when it closes. The
 * dialogs open from state, not from a Dialog.Trigger, and most load their code on first open, so
 * the focus trap cannot tell on its own where the user came from.
 */
function useFocusedWhenOpened(open: boolean) {
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null;
  }, [open]);
  return opener;
}

/** A modal dialog: Escape and the close button dismiss it, focus stays inside while open. */
export function AppDialog({ open, onOpenChange, title, children, footer, size = 'sm' }: AppDialogProps) {
  const opener = useFocusedWhenOpened(open);
  return (
    <Dialog.Root
      open={open}
      onOpenChange={(details) => onOpenChange(details.open)}
      size={size}
      placement="center"
      lazyMount
      unmountOnExit
      finalFocusEl={() => (opener.current?.isConnected ? opener.current : null)}
    >
      <Portal>
        <Dialog.Backdrop />
        <Dialog.Positioner>
          <Dialog.Content>
            <Dialog.Header>
              <Dialog.Title>{title}</Dialog.Title>
            </Dialog.Header>
            <Dialog.Body>{children}</Dialog.Body>
            {footer && <Dialog.Footer>{footer}</Dialog.Footer>}
            <Dialog.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close dialog" />
            </Dialog.CloseTrigger>
          </Dialog.Content>
        </Dialog.Positioner>
      </Portal>
    </Dialog.Root>
  );
}
