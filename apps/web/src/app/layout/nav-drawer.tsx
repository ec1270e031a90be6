import { CloseButton, Drawer, Portal } from '@/components/ui';
import { SidebarContent } from './sidebar';

interface NavDrawerProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** The sidebar on a phone: a drawer that closes on navigation, Escape or a tap outside. */
export function NavDrawer({ open, onOpenChange }: NavDrawerProps) {
  return (
    <Drawer.Root open={open} onOpenChange={(details) => onOpenChange(details.open)} placement="start" size="xs">
      <Portal>
        <Drawer.Backdrop />
        <Drawer.Positioner>
          <Drawer.Content aria-label="Navigation">
            <Drawer.Body pt="6" px="3">
              <SidebarContent onNavigate={() => onOpenChange(false)} />
            </Drawer.Body>
            <Drawer.CloseTrigger asChild>
              <CloseButton size="sm" aria-label="Close navigation" />
            </Drawer.CloseTrigger>
          </Drawer.Content>
        </Drawer.Positioner>
      </Portal>
    </Drawer.Root>
  );
}
